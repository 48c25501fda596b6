import Stochastics
import WebcareModel

/// The report of a sweep (`sweep --report FILE.html`): one self-contained HTML page (inline CSS
/// and SVG, no JavaScript, nothing fetched) that leads with the answer (which grid point meets
/// the goals at the least cost, or which is best without goals), then the grid points' key
/// figures and differences from the baseline as charts, every measure per grid point with its
/// 95% interval, and the definitions. The same input gives the same bytes; every string from a
/// scenario or the command line is escaped.
public struct SweepReport {
    public let sweep: SweepResult
    /// The version of webcare-sim writing the report.
    public let toolVersion: String

    public init(_ sweep: SweepResult, toolVersion: String) {
        self.sweep = sweep
        self.toolVersion = toolVersion
    }

    /// The title: "Webcare sweep report".
    public static let title = "Webcare sweep report"

    var summaries: [Summary] { sweep.result.summaries }

    /// The measures of the answer and the key-figure charts.
    static let keyMetrics: [Metric] = [.serviceLevel, .waitMean, .waitP90, .abandonShare, .urgentLatePerWeek, .officerHoursPerWeek]

    /// What was varied, in one line.
    var subtitle: String {
        "\(summaries.count) grid points varying \(sweep.paths.joined(separator: ", ")); baseline: \(summaries.first?.scenario ?? "none")"
    }

    /// The whole page.
    public func render() -> String {
        var page = ReportStyle.pageStart(title: Self.title, subtitle: subtitle, toolVersion: toolVersion)
        guard !summaries.isEmpty else {
            return page + "<p>The sweep holds no grid points.</p>\n</main>\n</body>\n</html>\n"
        }
        page += answerSection()
        page += gridSection()
        page += chartsSection()
        page += measuresSection()
        page += definitionsSection()
        page += "<footer>Written by webcare-sim \(HTMLText.escape(toolVersion)); no JavaScript, nothing loaded from the network.</footer>\n"
        return page + "</main>\n</body>\n</html>\n"
    }

    /// The answer in a few sentences, with the figures that carry it.
    func answerSection() -> String {
        let answer = SweepAnswer(summaries)
        let chosen = summaries[answer.chosen]
        let name = "<strong>\(HTMLText.escape(chosen.scenario))</strong>"
        var lines: [String] = []
        switch answer.basis {
        case .meetsGoalsAtLeastCost:
            lines.append("Of the \(summaries.count) grid points, \(answer.meetingGoals.count) meet every goal (\(goalNames)); the one with the fewest officer hours is \(name).")
        case .closestToGoals:
            lines.append("<span class=\"warning\">No grid point meets every goal (\(goalNames)).</span> The closest is \(name), which meets \(chosen.goals?.goals.filter(SweepAnswer.isMet).count ?? 0) of \(answer.goalCount).")
        case .bestServiceLevel:
            lines.append("No goals were given (a <code>goals</code> section in the file, or <code>--target</code>): the grid point with the best service level is \(name).")
        }
        lines.append("It has " + [Metric.officerHoursPerWeek, .serviceLevel, .waitMean, .urgentLatePerWeek].map { metric in
            "\(HTMLText.escape(Self.label(metric))) \(HTMLText.escape(SummaryTable.cell(chosen[metric], metric.style)))"
        }.joined(separator: ", ") + ".")
        if answer.chosen > 0 {
            let differences = sweep.result.differences[answer.chosen - 1]
            lines.append("Against the baseline (\(HTMLText.escape(summaries[0].scenario))), on the same messages: " + [Metric.officerHoursPerWeek, .serviceLevel].map { metric in
                "\(HTMLText.escape(Self.label(metric))) \(HTMLText.escape(ReportNumbers.difference(differences[metric], metric.style)))\(differences[metric].significant ? " *" : "")"
            }.joined(separator: ", ") + ".")
        } else {
            lines.append("That is the baseline itself.")
        }
        var out = "<section class=\"keep\">\n<h2>The answer</h2>\n"
        out += lines.map { "<p>\($0)</p>\n" }.joined()
        out += "<p class=\"note\">\(HTMLText.escape(readingGuide))</p>\n"
        return out + "</section>\n"
    }

    /// The goals judged, as written ("service_level>=0.8, wait_p90_min<=120").
    var goalNames: String {
        HTMLText.escape((summaries.first?.goals?.goals ?? []).map(\.goal).joined(separator: ", "))
    }

    /// How to read a figure, once.
    var readingGuide: String {
        "Each figure is the mean over \(sweep.result.replications) replications with its 95% interval in brackets; "
            + "a difference is the grid point minus the baseline, replication by replication on the same messages, "
            + "marked * when its interval excludes zero. Shares are in %, differences of shares in percentage points (pp)."
    }

    /// A measure's name in words for the sentences of the answer.
    static func label(_ metric: Metric) -> String {
        switch metric {
        case .officerHoursPerWeek: "officer hours per week"
        case .serviceLevel: "service level"
        case .waitMean: "mean wait (min)"
        case .waitP90: "90th percentile wait (min)"
        case .abandonShare: "abandoned"
        case .urgentLatePerWeek: "late urgent messages per week"
        default: metric.rawValue
        }
    }
}
