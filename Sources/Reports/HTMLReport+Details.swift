import WebcareModel

extension HTMLReport {
    /// The definitions every output states, and where each result came from.
    func definitionsSection() -> String {
        let first = summaries[0].definitions
        var out = "<section id=\"definitions\">\n<h2>Definitions and provenance</h2>\n<dl>\n"
        func item(_ term: String, _ text: String) {
            out += "<dt>\(HTMLText.escape(term))</dt><dd>\(HTMLText.escape(text))</dd>\n"
        }
        item("Response time (wait)", first.metrics[Metric.waitMean.rawValue] ?? Metric.waitMean.definition)
        if summaries.allSatisfy({ $0.definitions.serviceLevel == first.serviceLevel }) {
            item("Service level", first.serviceLevel)
        } else {
            for summary in summaries { item("Service level (\(summary.scenario))", summary.definitions.serviceLevel) }
        }
        if summaries.allSatisfy({ $0.definitions.shiftEndRule == first.shiftEndRule }) {
            item("Shift end", first.shiftEndRule)
        } else {
            for summary in summaries { item("Shift end (\(summary.scenario))", summary.definitions.shiftEndRule) }
        }
        item("Urgent messages", "an urgent message that waits longer than \(urgentThresholdText) counts as late")
        item("Warm-up and clock", first.clock)
        item("Intervals", first.confidence)
        if let definition = input.differenceDefinition { item("Differences", definition) }
        item("Units", first.units)
        out += "</dl>\n"
        out += "<table class=\"keep\">\n<thead><tr><th>Scenario</th><th>Replications</th><th>Seed</th>"
        out += "<th>Warm-up (days, not counted)</th><th>Counted (days)</th></tr></thead>\n<tbody>\n"
        for (index, summary) in summaries.enumerated() {
            out += "<tr><td>\(swatchName(index))</td><td>\(summary.replications)</td><td>\(summary.seed)</td>"
            out += "<td>\(HTMLText.escape(summary.definitions.warmupDays.formatted))</td>"
            out += "<td>\(HTMLText.escape(summary.definitions.horizonDays.formatted))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<table class=\"keep\">\n<thead><tr><th>Scenario</th><th class=\"text\">Scenario file</th>"
        out += "<th class=\"text\">SHA-256 of the file</th><th class=\"text\">Changed with --set</th>"
        out += "<th class=\"text\">Simulated with</th></tr></thead>\n<tbody>\n"
        for (index, summary) in summaries.enumerated() {
            let provenance = summary.provenance
            out += "<tr><td>\(swatchName(index))</td><td class=\"text\">\(HTMLText.escape(provenance?.scenarioFile ?? "not recorded"))</td>"
            out += provenance.map { "<td class=\"text hash\">\(HTMLText.escape($0.scenarioSHA256))</td>" } ?? "<td class=\"text\">not recorded</td>"
            let changes = provenance.map { $0.overrides.isEmpty ? "nothing" : $0.overrides.joined(separator: "; ") }
            out += "<td class=\"text\">\(HTMLText.escape(changes ?? "not recorded"))</td>"
            out += "<td class=\"text\">\(HTMLText.escape(provenance.map { "webcare-sim " + $0.toolVersion } ?? "not recorded"))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for summary in summaries {
            if let stopping = summary.stopping {
                out += "<p class=\"note\">\(HTMLText.escape(summary.scenario)): stopped, \(HTMLText.escape(stopping.reason)), "
                out += "after \(stopping.replications) replications (\(HTMLText.escape(stopping.target))).</p>\n"
            }
        }
        out += "<p class=\"note\">Every measure is defined beside its figures in the last table, All measures.</p>\n"
        return out + "</section>\n"
    }
}
