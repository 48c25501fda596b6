import Reports
import Staffing
import WebcareModel

/// The printed result of `roster`: the current and the new roster side by side on the
/// confirmation replications, then the new roster's templates.
enum RosterTable {
    /// The printed result; when the side-by-side lines are wider than `layout` allows, each
    /// row is its label and then the two rosters' values on lines of their own.
    static func render(_ report: RosterReport, layout: TextLayout = .wide) -> String {
        var out = "\(report.scenario): roster for \(report.target) within \(report.targetMinutes.formatted) minutes, per hour (\(report.scope.rawValue)); found on \(report.sampleReplications) replications (seed \(report.sampleSeed)), confirmed on \(report.confirmationReplications) fresh ones (seed \(report.confirmationSeed))\n\n"
        func hours(_ list: [Int]) -> String { list.isEmpty ? "0" : "\(list.count): \(HourNames.ranges(list, limit: 3))" }
        func week(_ judged: RosterReport.Judged) -> String {
            judged.week[Metric.serviceLevel.rawValue].map { SummaryTable.cell($0, .share) } ?? "-"
        }
        let rows: [(String, String, String)] = [
            ("cost", report.current.cost.formatted + " (\(report.current.costBasis))", report.roster.cost.formatted),
            ("scheduled officer hours per week", report.current.scheduledHoursPerWeek.formatted, report.roster.scheduledHoursPerWeek.formatted),
            ("service level, whole week", week(report.current), week(report.roster)),
            ("hours below target (mean)", hours(report.current.hoursBelowTarget), hours(report.roster.hoursBelowTarget)),
            ("hours missed (95% interval below)", hours(report.current.hoursMissed), hours(report.roster.hoursMissed)),
        ]
        let first = max(34, rows.map(\.0.count).max() ?? 0)
        let second = max(16, rows.map(\.1.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        if let width = layout.width, first + second + 4 + max(10, rows.map(\.2.count).max() ?? 0) > width {
            for row in rows { out += "\(row.0)\n    current roster: \(row.1)\n    new roster: \(row.2)\n" }
        } else {
            out += pad("", first) + "  " + pad("current roster", second) + "  new roster\n"
            for row in rows { out += pad(row.0, first) + "  " + pad(row.1, second) + "  " + row.2 + "\n" }
        }
        let solver = report.solver
        out += "\nNew roster (\(solver.name): \(solver.status.rawValue), gap \(String(format: "%.4f", solver.gap)); \(report.repairs) repairs, \(report.removals) officers removed after, \(report.simulations) simulations):\n"
        let used = report.templates.filter { $0.officers > 0 }
        let width = used.map(\.name.count).max() ?? 0
        for template in used {
            out += "  \(pad(template.name, width))  \(pad(template.days, 9)) \(template.start)-\(template.end)  \(template.officers) officer\(template.officers == 1 ? "" : "s")  (cost \(template.costPerOfficer.formatted) each)\n"
        }
        return out
    }
}
