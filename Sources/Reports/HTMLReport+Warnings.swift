import WebcareModel

extension HTMLReport {
    /// The scenarios' warnings (`Summary.allWarnings`, e.g. `demand_above_capacity`) in one
    /// clearly marked box at the top of the page, each with the scenario it concerns; nothing
    /// when there are none.
    func warningsSection() -> String {
        let items = summaries.flatMap { summary in
            summary.allWarnings.map { warning in
                "<li data-code=\"\(HTMLText.escape(warning.code))\"><strong>\(HTMLText.escape(summary.scenario))</strong>: "
                    + "\(HTMLText.escape(warning.text)).</li>\n"
            }
        }
        guard !items.isEmpty else { return "" }
        return "<section class=\"warning\" id=\"warnings\">\n<h2>Warnings: read these before the figures</h2>\n<ul>\n"
            + items.joined() + "</ul>\n</section>\n"
    }
}
