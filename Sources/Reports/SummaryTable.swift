import Stochastics
import WebcareModel

/// Plain-text tables of run summaries for the terminal: one column per scenario, the headline
/// measures grouped under short headings (rows of unused team features left out), each cell
/// the mean with its 95% interval; then the measures by site and by first message/follow-up
/// when they say something, and (for one scenario) per message kind and per channel.
public enum SummaryTable {
    /// The tables and their notes; `layout` says how wide they may be.
    public static func render(_ summaries: [Summary], layout: TextLayout = .wide) -> String {
        var out = warningLines(summaries)
        let headers = ["measure"] + summaries.map(\.scenario)
        let body = sections(summaries) { metric in summaries.map { cell($0[metric], metric.style) } }
        out += TextGrid(headers: headers, body: body).text(width: layout.width)
        out += groupTables(summaries, layout: layout)
        if summaries.count == 1, let summary = summaries.first {
            out += "\n" + groups("message kind", summary.byKind, layout: layout)
            out += "\n" + groups("channel", summary.byChannel, layout: layout)
        }
        for summary in summaries {
            if let stopping = summary.stopping {
                out += "\n\(summary.scenario): stopped, \(stopping.reason), after \(stopping.replications) replications (\(stopping.target)).\n"
            }
        }
        let first = summaries.first
        out += "\nEach cell: mean [95% interval] over \(summaries.map { String($0.replications) }.joined(separator: "/")) replications; \(intervalNote).\n"
        if let definitions = first?.definitions {
            out += "Service level: \(definitions.serviceLevel).\n"
            if summaries.allSatisfy({ $0.definitions.shiftEndRule == definitions.shiftEndRule }) {
                out += "Shift end: \(definitions.shiftEndRule).\n"
            } else {
                for summary in summaries { out += "Shift end (\(summary.scenario)): \(summary.definitions.shiftEndRule).\n" }
            }
            out += "Warm-up \(definitions.warmupDays.formatted) days (not counted), then \(definitions.horizonDays.formatted) days counted.\n"
        }
        out += omittedLine(summaries)
        return out
    }

    /// The table body: each shown section's heading, then its rows (the metric's name indented,
    /// then `cells`).
    static func sections(_ summaries: [Summary], cells: (Metric) -> [String]) -> [TextGrid.Row] {
        MetricSection.shown(in: summaries).flatMap { section in
            [TextGrid.Row.heading(section.title)] + section.metrics.map { .cells(["  " + label($0)] + cells($0)) }
        }
    }

    /// The by-site table (when a scenario has more than one site) and the first-message /
    /// follow-up table (when a scenario has follow-ups), each after a blank line.
    static func groupTables(_ summaries: [Summary], layout: TextLayout = .wide) -> String {
        var out = ""
        if MetricSection.hasSites(summaries) {
            out += "\n" + groups("site (of the message's region)", summaries: summaries, \.bySite, layout: layout)
        }
        if MetricSection.hasFollowUps(summaries) {
            out += "\n" + groups("thread", summaries: summaries, \.byThread, layout: layout)
        }
        return out
    }

    /// "Not shown (zero or undefined in every scenario): …", or nothing.
    static func omittedLine(_ summaries: [Summary]) -> String {
        let omitted = MetricSection.omitted(in: summaries)
        guard !omitted.isEmpty else { return "" }
        return "Not shown (zero or undefined in every scenario): \(omitted.map(\.rawValue).joined(separator: ", ")).\n"
    }

    static func groups(_ title: String, _ rows: [GroupRow], layout: TextLayout = .wide) -> String {
        let headers = [title] + GroupMetric.allCases.map(\.rawValue)
        let body = rows.map { row in [row.name] + GroupMetric.allCases.map { cell(row[$0], $0.style) } }
        return TextGrid(headers: headers, rows: body).text(width: layout.width)
    }

    /// The group rows of several scenarios: one row per scenario and group (the scenario's
    /// name in the first column when there are several).
    static func groups(_ title: String, summaries: [Summary], _ rows: KeyPath<Summary, [GroupRow]>,
                       layout: TextLayout = .wide) -> String {
        guard summaries.count > 1 else { return groups(title, summaries.first?[keyPath: rows] ?? [], layout: layout) }
        let headers = ["scenario", title] + GroupMetric.allCases.map(\.rawValue)
        let body = summaries.flatMap { summary in
            summary[keyPath: rows].map { row in [summary.scenario, row.name] + GroupMetric.allCases.map { cell(row[$0], $0.style) } }
        }
        return TextGrid(headers: headers, rows: body, leftColumns: 2).text(width: layout.width)
    }

    static func label(_ metric: Metric) -> String { metric.rawValue }

    /// How a cell's interval is built, in a table's footer (`IntervalScale`).
    static let intervalNote = "shares on the logit scale, other measures (all >= 0) on the log scale, so an interval never leaves the measure's range"

    /// One cell: "mean [low, high]" in the measure's style; "-" when undefined.
    public static func cell(_ estimate: Estimate, _ style: NumberStyle) -> String {
        guard let mean = estimate.mean else { return "-" }
        guard let low = estimate.ci95Low, let high = estimate.ci95High else { return style.format(mean) }
        return "\(style.format(mean)) [\(style.format(low)), \(style.format(high))]"
    }
}
