import Stochastics
import WebcareModel

/// Plain-text verdicts of the goals of run summaries: per scenario and goal the whole week's
/// estimate with its status, and for the per-hour service level how many hours are met,
/// unclear and missed, with the missed hours as ranges of the week.
public enum GoalTable {
    /// The goals' lines, or an empty text when no summary has goals.
    public static func render(_ summaries: [Summary]) -> String {
        let judged = summaries.filter { $0.goals != nil }
        guard let first = judged.first?.goals else { return "" }
        var out = "\nGoals (\(first.definition)):\n"
        for summary in judged {
            out += "  \(summary.scenario)\n"
            for result in summary.goals?.goals ?? [] {
                let style = Metric(rawValue: result.metric)?.style ?? .count
                out += "    \(result.goal): whole week \(SummaryTable.cell(result.week, style)) \(result.status.rawValue)"
                if let hours = result.perHour {
                    out += "; per hour (\(hours.scope.rawValue)): \(hours.status.rawValue), \(hours.met) met, \(hours.unclear) unclear, \(hours.missed) missed"
                    let missed = hours.hours.indices.filter { hours.hours[$0] == .missed }
                    if !missed.isEmpty { out += " (\(HourNames.ranges(missed, limit: 8)))" }
                }
                out += "\n"
            }
        }
        return out
    }
}
