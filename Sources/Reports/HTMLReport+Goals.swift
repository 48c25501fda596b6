import Stochastics
import WebcareModel

extension HTMLReport {
    /// The goals and their verdicts, on the first page after the answer: per scenario and
    /// goal the whole week's estimate and status, and for the per-hour service level the count
    /// of hours met, unclear and missed with the missed hours named. Empty without goals.
    func goalsSection() -> String {
        let judged = summaries.filter { $0.goals != nil }
        guard let definition = judged.first?.goals?.definition else { return "" }
        var out = "<section id=\"goals\">\n<h2>Goals</h2>\n<table class=\"keep\">\n<thead><tr><th>Scenario</th>"
        out += "<th class=\"text\">Goal</th><th>Whole week</th><th class=\"text\">Verdict</th><th class=\"text\">Per hour of the week</th></tr></thead>\n<tbody>\n"
        for summary in judged {
            for result in summary.goals?.goals ?? [] {
                let style = Metric(rawValue: result.metric)?.style ?? .count
                out += "<tr><td>\(HTMLText.escape(summary.scenario))</td><td class=\"text\"><code>\(HTMLText.escape(result.goal))</code></td>"
                out += Self.estimateCell(result.week, style)
                out += "<td class=\"text\"><strong>\(result.status.rawValue)</strong></td><td class=\"text\">"
                if let hours = result.perHour {
                    out += "<strong>\(hours.status.rawValue)</strong> (\(hours.scope.rawValue) hours): \(hours.met) met, \(hours.unclear) unclear, \(hours.missed) missed"
                    let missed = hours.hours.indices.filter { hours.hours[$0] == .missed }
                    if !missed.isEmpty { out += "; missed: \(HTMLText.escape(HourNames.ranges(missed, limit: 8)))" }
                } else {
                    out += "-"
                }
                out += "</td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n<p class=\"note\">\(HTMLText.escape(definition))</p>\n"
        return out + "</section>\n"
    }
}
