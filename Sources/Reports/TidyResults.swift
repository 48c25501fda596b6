import Stochastics
import WebcareModel

/// The results as one tidy CSV table for pandas: one row per figure (a mean with its 95%
/// interval), with the section it belongs to and its keys. Sections: `headline` (metric),
/// `hour` (hour_of_week, day, hour), `channel`, `kind`, `site` (by the site of the message's
/// region) and `thread` (first messages, follow-ups) (group), `wait_distribution`
/// (minutes; metric answered_within) and, for a comparison, `difference` (the scenario minus
/// the baseline, with `significant`). Scenario and group names appear only as quoted data.
enum TidyResults {
    static let header = ["section", "scenario_index", "scenario", "group", "hour_of_week", "day", "hour", "minutes",
                         "metric", "mean", "ci95_low", "ci95_high", "significant"]

    /// The CSV text, header first, one line per row, "\n" line ends.
    static func csv(_ input: ReportInput) -> String {
        var lines = [header.joined(separator: ",")]
        func add(_ section: String, _ index: Int, group: String = "", hour: HourRow? = nil, minutes: Double? = nil,
                 metric: String, _ estimate: Estimate, significant: Bool? = nil) {
            let fields = [section, String(index), input.summaries[index].scenario, group,
                          hour.map { String($0.hourOfWeek) } ?? "", hour?.day ?? "", hour.map { String($0.hour) } ?? "",
                          number(minutes), metric, number(estimate.mean), number(estimate.ci95Low), number(estimate.ci95High),
                          significant.map { $0 ? "true" : "false" } ?? ""]
            lines.append(fields.map(field).joined(separator: ","))
        }
        for (index, summary) in input.summaries.enumerated() {
            for metric in Metric.allCases { add("headline", index, metric: metric.rawValue, summary[metric]) }
            for row in summary.byHourOfWeek {
                for metric in HourMetric.allCases { add("hour", index, hour: row, metric: metric.rawValue, row[metric]) }
            }
            for (section, rows) in [("channel", summary.byChannel), ("kind", summary.byKind),
                                   ("site", summary.bySite), ("thread", summary.byThread)] {
                for row in rows {
                    for metric in GroupMetric.allCases {
                        add(section, index, group: row.name, metric: metric.rawValue, row[metric])
                    }
                }
            }
            for point in summary.waitDistribution {
                add("wait_distribution", index, minutes: point.minutes, metric: "answered_within", point.answeredWithin)
            }
        }
        for (offset, set) in input.differences.enumerated() where offset + 1 < input.summaries.count {
            for metric in Metric.allCases {
                let difference = set[metric]
                add("difference", offset + 1, metric: metric.rawValue, difference.estimate, significant: difference.significant)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A number in its shortest exact form; empty when missing or not finite.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return String(value)
    }

    /// A CSV field, quoted when it holds a comma, quote, line break or leading/trailing space.
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
