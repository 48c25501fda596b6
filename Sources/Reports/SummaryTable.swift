import Stochastics
import WebcareModel

/// Plain-text tables of run summaries for the terminal: one column per scenario, one row per
/// measure, each cell the mean with its 95% interval.
public enum SummaryTable {
    /// The headline measures of one or more scenarios side by side, then (for one scenario)
    /// the measures per message kind and per channel, and the definitions.
    public static func render(_ summaries: [Summary]) -> String {
        var out = ""
        let headers = ["measure"] + summaries.map(\.scenario)
        var rows: [[String]] = []
        for metric in Metric.allCases {
            rows.append([label(metric)] + summaries.map { cell($0[metric], metric.style) })
        }
        out += TextGrid(headers: headers, rows: rows).text
        if summaries.count == 1, let summary = summaries.first {
            out += "\n" + groups("message kind", summary.byKind)
            out += "\n" + groups("channel", summary.byChannel)
        }
        for summary in summaries {
            if let stopping = summary.stopping {
                out += "\n\(summary.scenario): stopped, \(stopping.reason), after \(stopping.replications) replications (\(stopping.target)).\n"
            }
        }
        let first = summaries.first
        out += "\nEach cell: mean [95% interval] over \(summaries.map { String($0.replications) }.joined(separator: "/")) replications (Student t).\n"
        if let definitions = first?.definitions {
            out += "Service level: \(definitions.serviceLevel).\n"
            out += "Shift end: \(definitions.shiftEndRule).\n"
            out += "Warm-up \(definitions.warmupDays.formatted) days (not counted), then \(definitions.horizonDays.formatted) days counted.\n"
        }
        return out
    }

    static func groups(_ title: String, _ rows: [GroupRow]) -> String {
        let headers = [title] + GroupMetric.allCases.map(\.rawValue)
        let body = rows.map { row in [row.name] + GroupMetric.allCases.map { cell(row[$0], $0.style) } }
        return TextGrid(headers: headers, rows: body).text
    }

    static func label(_ metric: Metric) -> String { metric.rawValue }

    /// One cell: "mean [low, high]" in the measure's style; "-" when undefined.
    public static func cell(_ estimate: Estimate, _ style: NumberStyle) -> String {
        guard let mean = estimate.mean else { return "-" }
        guard let low = estimate.ci95Low, let high = estimate.ci95High else { return style.format(mean) }
        return "\(style.format(mean)) [\(style.format(low)), \(style.format(high))]"
    }
}
