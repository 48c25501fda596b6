import Reports
import Staffing
import Stochastics
import WebcareModel

/// The report pages of `staff` and `roster` (`--report FILE`), built from their results.
enum StaffingPages {
    /// The staffing page: the totals, then officers, Erlang C/A and service level per hour.
    static func staffing(_ report: StaffingReport) -> StaffingPage {
        let hours = report.hours
        let most = Double(max(1, hours.map(\.officers).max() ?? 1, hours.compactMap(\.erlangOfficers).max() ?? 1))
        let week = report.week[Metric.serviceLevel.rawValue].map { SummaryTable.cell($0, .share) } ?? "-"
        let unsure = hours.filter { hour in
            hour.counted && (hour.serviceLevel.ci95Low ?? 1) < report.targetShare
        }.map(\.hourOfWeek)
        return StaffingPage(
            title: "Staffing advice", subtitle: report.scenario,
            lines: [
                "The fewest officers per hour that meet \(report.target) within \(report.targetMinutes.formatted) minutes (per hour: \(report.scope.rawValue)): \(report.officerHoursPerWeek) officer hours per week; the stationary Erlang C/A answer per hour adds up to \(report.erlangOfficerHoursPerWeek).",
                "Whole week (all messages, also those of hours the target does not count): service level \(week).",
                unsure.isEmpty ? "Every counted hour's 95% interval lies above the target."
                    : "Every counted hour's mean meets the target; in \(unsure.count) hours the 95% interval reaches below it (\(HourNames.ranges(unsure)))",
                "Found in \(report.simulations) simulations of \(report.replications) replications (seed \(report.seed)), common random numbers throughout.",
            ],
            grids: [
                .init(title: "Officers per hour (simulation)", note: "the staffing that meets the target; . : an hour that is not staffed",
                      cells: hours.map { $0.officers == 0 && !$0.counted ? "." : String($0.officers) },
                      shades: hours.map { Double($0.officers) / most }),
                .init(title: "Erlang C/A per hour", note: "each hour on its own, stationary, no backlog from earlier hours",
                      cells: hours.map { hour in hour.counted ? hour.erlangOfficers.map(String.init) ?? "-" : "." },
                      shades: hours.map { hour in hour.counted ? hour.erlangOfficers.map { Double($0) / most } : nil }),
                .init(title: "Service level per hour, %", note: "simulation mean; . : not counted",
                      cells: hours.map { hour in
                          guard hour.counted, let mean = hour.serviceLevel.mean else { return "." }
                          return String(Int((mean * 100).rounded(.down)))
                      },
                      shades: hours.map { $0.counted ? $0.serviceLevel.mean : nil }),
            ],
            definitions: [report.method, "Service level: the share of the messages that arrive in an hour answered (handling started) within the target minutes; abandoned and still-waiting messages count as missed."])
    }

    /// The roster page: the current and the new roster side by side, the templates, and both
    /// rosters' service level per hour on the confirmation replications.
    static func roster(_ report: RosterReport, levels: [Int], counted: [Bool]) -> StaffingPage {
        func week(_ judged: RosterReport.Judged) -> String {
            judged.week[Metric.serviceLevel.rawValue].map { SummaryTable.cell($0, .share) } ?? "-"
        }
        func hours(_ list: [Int]) -> String { list.isEmpty ? "0" : "\(list.count): \(HourNames.ranges(list, limit: 4))" }
        func grid(_ judged: RosterReport.Judged, _ title: String) -> StaffingPage.Grid {
            .init(title: title, note: "mean over the \(report.confirmationReplications) confirmation replications; . : not counted",
                  cells: judged.serviceLevelByHour.enumerated().map { hour, estimate in
                      guard counted[hour], let mean = estimate.mean else { return "." }
                      return String(Int((mean * 100).rounded(.down)))
                  },
                  shades: judged.serviceLevelByHour.enumerated().map { counted[$0] ? $1.mean : nil })
        }
        let most = Double(max(1, levels.max() ?? 1))
        return StaffingPage(
            title: "Roster advice", subtitle: report.scenario,
            lines: [
                "The cheapest roster of the templates that meets \(report.target) within \(report.targetMinutes.formatted) minutes in every counted hour (per hour: \(report.scope.rawValue)) costs \(report.roster.cost.formatted); the current roster costs \(report.current.cost.formatted) (\(report.current.costBasis)).",
                "Solver \(report.solver.name): \(report.solver.status.rawValue), gap \(String(format: "%.4f", report.solver.gap)); \(report.repairs) repairs, \(report.removals) officers removed after, \(report.simulations) simulations.",
            ] + report.templates.filter { $0.officers > 0 }.map { "\($0.name): \($0.days) \($0.start)-\($0.end), \($0.officers) officer\($0.officers == 1 ? "" : "s")" },
            headers: ["On \(report.confirmationReplications) fresh replications (seed \(report.confirmationSeed))", "current roster", "new roster"],
            rows: [
                ["scheduled officer hours per week", report.current.scheduledHoursPerWeek.formatted, report.roster.scheduledHoursPerWeek.formatted],
                ["service level, whole week", week(report.current), week(report.roster)],
                ["hours below target (mean)", hours(report.current.hoursBelowTarget), hours(report.roster.hoursBelowTarget)],
                ["hours missed (95% interval below)", hours(report.current.hoursMissed), hours(report.roster.hoursMissed)],
            ],
            grids: [
                .init(title: "Officers on duty at the start of each hour (new roster)", note: "from the chosen templates",
                      cells: levels.map(String.init), shades: levels.map { Double($0) / most }),
                grid(report.roster, "Service level per hour, %, new roster"),
                grid(report.current, "Service level per hour, %, current roster"),
            ],
            definitions: [report.method, "Service level: the share of the messages that arrive in an hour answered (handling started) within the target minutes; abandoned and still-waiting messages count as missed."])
    }
}
