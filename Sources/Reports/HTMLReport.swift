import Stochastics
import WebcareModel

/// The report for management: one self-contained HTML page (inline CSS and inline SVG, no
/// JavaScript, nothing fetched). Its first page holds the question, the answer with the figures
/// that carry it, the goals' verdicts and the warnings; then the key figures with 95% intervals
/// (and, for a comparison, the paired differences marked where significant) and the hour-of-week
/// heat maps; then an appendix: the scenarios in plain words, charts, the urgent messages,
/// officer time, the groups by site and thread, and the definitions and provenance. The same
/// input gives the same bytes. Every string from a scenario or results file is escaped.
public struct HTMLReport {
    public let input: ReportInput
    /// The version of webcare-sim writing the report.
    public let toolVersion: String

    public init(_ input: ReportInput, toolVersion: String) {
        self.input = input
        self.toolVersion = toolVersion
    }

    var summaries: [Summary] { input.summaries }

    /// The title: "Webcare simulation report".
    public static let title = "Webcare simulation report"

    /// What the report covers, in one line: the scenario, or the scenarios compared.
    var subtitle: String {
        let names = summaries.map(\.scenario)
        guard let first = names.first else { return "no scenarios" }
        if names.count == 1 { return first }
        if input.isComparison {
            return "\(names.dropFirst().joined(separator: "; ")) compared with the baseline \(first)"
        }
        return "\(names.count) scenarios side by side: \(names.joined(separator: "; "))"
    }

    /// The whole page.
    public func render() -> String {
        var page = ReportStyle.pageStart(title: Self.title, subtitle: subtitle, toolVersion: toolVersion)
        guard !summaries.isEmpty else {
            return page + "<p>The results hold no scenarios.</p>\n</main>\n</body>\n</html>\n"
        }
        page += answerSection()
        page += findingsSection()
        page += weekSection()
        page += "<section id=\"appendix\">\n<h2>Appendix: the detail</h2>\n<p class=\"note\">The scenarios as the results "
        page += "describe them, the queue and response times, urgent messages, officer time, groups, definitions and every measure.</p>\n</section>\n"
        page += scenariosSection()
        page += chartsSection()
        page += urgentSection()
        page += officerTimeSection()
        page += groupsSection()
        page += definitionsSection()
        page += allMeasuresSection()
        page += "<footer>Written by webcare-sim \(HTMLText.escape(toolVersion)) from the results files; "
        page += "no JavaScript, nothing loaded from the network.</footer>\n"
        return page + "</main>\n</body>\n</html>\n"
    }

    /// How to read a figure, once, at the top.
    var readingGuide: String {
        let replications = Set(summaries.map(\.replications)).sorted().map(String.init).joined(separator: "/")
        return "Each figure is the mean over \(replications) simulated runs (replications) with its 95% interval in brackets: "
            + "the true long-run value lies in that interval with 95% confidence. Times are in minutes."
    }

    /// A scenario's colour swatch and escaped name, as in the charts' legend.
    func swatchName(_ index: Int) -> String {
        "<span class=\"swatch\" style=\"background:\(SVGChart.color(index))\"></span>\(HTMLText.escape(summaries[index].scenario))"
    }

    /// A table cell with a mean and its interval beneath it.
    static func estimateCell(_ estimate: Estimate, _ style: NumberStyle) -> String {
        guard let mean = estimate.mean else { return "<td>-</td>" }
        var cell = "<td><span class=\"m\">\(HTMLText.escape(style.format(mean)))</span>"
        if let low = estimate.ci95Low, let high = estimate.ci95High {
            cell += "<span class=\"ci\">[\(HTMLText.escape(style.format(low))), \(HTMLText.escape(style.format(high)))]</span>"
        }
        return cell + "</td>"
    }

    /// A table cell with a paired difference, bold and starred when significant.
    static func differenceCell(_ difference: Difference, _ style: NumberStyle) -> String {
        guard let mean = difference.mean else { return "<td>-</td>" }
        let mark = difference.significant ? " <span class=\"mark\" title=\"significant\">*</span>" : ""
        var cell = "<td class=\"\(difference.significant ? "sig" : "ns")\"><span class=\"m\">"
        cell += HTMLText.escape(ReportNumbers.signed(mean, style)) + "</span>\(mark)"
        if let interval = ReportNumbers.interval(difference, style) {
            cell += "<span class=\"ci\">\(HTMLText.escape(interval))</span>"
        }
        return cell + "</td>"
    }
}
