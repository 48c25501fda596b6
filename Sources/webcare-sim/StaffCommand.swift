import ArgumentParser
import Foundation
import Reports
import Scenarios
import Staffing
import WebcareModel

/// `webcare-sim staff FILE`: the fewest officers in each hour of the week that meet the
/// per-hour service-level target, by simulation, beside the stationary Erlang C/A answer.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Officers per hour of the week that meet the per-hour service level, by simulation (iterative staffing), beside Erlang C/A.",
        discussion: "The target is service_level.target_share of the scenario or --target 'service_level>=X'; goals.per_hour: open staffs only the scenario's own opening hours. Writes DIR/staffing.json and DIR/staffing.yaml (a scenario with that staffing as shifts, keeping the input's breaks) with --out DIR. With routing separate or overflow and several sites, each site is staffed for its own queue (staffing-SITE.json per site)."
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @OptionGroup var goals: TargetOptions

    @OptionGroup var options: StaffingOptions

    /// One site's search and what it found (the whole team when the sites share one queue).
    struct SiteResult {
        let name: String?
        /// Share of the scenario's messages in this queue.
        let share: Double
        let search: StaffingSearch
        let report: StaffingReport
        var shifts: [Shift]
    }

    func run() throws {
        let (scenario, target, sample) = try options.problem(file, goals: goals)
        let verbose = isatty(STDERR_FILENO) != 0
        var results: [SiteResult] = []
        for site in sample.staffsSites ? Array(scenario.team.sites.indices) : [0] {
            let name = sample.staffsSites ? scenario.team.sites[site].name : nil
            let siteSample = sample.staffsSites ? sample.site(site) : sample
            let siteTarget = sample.staffsSites ? HourTarget(scenario: siteSample.scenario, goals: scenario.goals) ?? target : target
            let search = StaffingSearch(sample: siteSample, target: siteTarget, maximumSimulations: options.maxSimulations, site: site)
            do {
                let outcome = try search.run { line in if verbose { Console.error((name.map { "\($0): " } ?? "") + line) } }
                results.append(SiteResult(name: name, share: sample.share(ofSite: site), search: search, report: StaffingReport(outcome: outcome, target: siteTarget, sample: siteSample),
                                          shifts: search.shifts(outcome.levels, prefix: name.map { "staffed-\($0)" } ?? "staffed")))
            } catch {
                Console.error("\(file): \(name.map { "site \($0): " } ?? "")\(error)")
                throw ExitCode.failure
            }
        }
        if options.out != nil { try write(results, scenario: scenario, target: target, sample: sample) }
        for result in results {
            try options.write(StaffingPages.staffing(result.report), site: result.name)
        }
        Console.output(options.layout.fit(results.map { result in
            let heading = result.name.map { "Site \($0) (its own queue, \(Int((result.share * 100).rounded()))% of the messages):\n" } ?? ""
            return heading + Self.text(result.report, target: result.search.target, layout: options.layout)
        }.joined(separator: "\n")))
    }

    /// Writes staffing.json (per site: staffing-SITE.json) and staffing.yaml with every site's shifts.
    func write(_ results: [SiteResult], scenario: Scenario, target: HourTarget, sample: SimulationSample) throws {
        let report = results[0].report
        let perSite = sample.staffsSites
            ? "\nEach site is staffed for its own queue (routing \(scenario.team.routing == .separate ? "separate" : "overflow, staffed as if separate")), from its regions' share of the messages."
            : ""
        let comment = """
            Written by webcare-sim staff from \(file): the fewest officers per hour for \(report.target)
            within \(target.minutes.formatted) minutes (per hour: \(target.scope.rawValue)), \(sample.replications) replications, seed \(sample.seed).
            Everything but the shifts is the input's; officers stay on for whole runs of hours.\(perSite)
            Breaks: a shift takes, on each day, the breaks of every input shift no longer than it whose window lies
            within its hours (overlapping windows once); staff counted officers on duty, breaks included, and simulated the breaks.
            """
        let yaml: String
        let overrides = try options.parsedOverrides() + target.overrides
        do {
            yaml = try ScenarioWriter.yaml(from: file, overrides: overrides,
                                           name: "\(scenario.name) (staffed)", comment: comment, shifts: results.flatMap(\.shifts),
                                           sites: scenario.team.sites.map(\.name))
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        var files = try results.map { result in
            (name: result.name.map { "staffing-\($0).json" } ?? "staffing.json", data: try StaffingOptions.json(result.report))
        }
        files.append(("staffing.yaml", Data(yaml.utf8)))
        try options.write(files)
    }

    /// The printed result: the 7 × 24 tables (officers, Erlang C/A, service level and the lower
    /// end of its interval) and the totals, the tables fitted to `layout`.
    static func text(_ report: StaffingReport, target: HourTarget, layout: TextLayout) -> String {
        let hours = report.hours
        var out = "\(report.scenario): staffing for \(report.target) within \(report.targetMinutes.formatted) minutes, per hour (\(report.scope.rawValue)); \(report.replications) replications, seed \(report.seed), \(report.simulations) simulations\n\n"
        out += WeekGrid.render(title: "Officers per hour (simulation):", cells: hours.map { $0.officers == 0 && !$0.counted ? "." : String($0.officers) }, layout: layout)
        out += "\n" + WeekGrid.render(title: "Erlang C/A per hour (each hour stationary, no backlog, breaks as their share of the hour; - none reaches the target):",
                                       cells: hours.map { hour in hour.counted ? hour.erlangOfficers.map(String.init) ?? "-" : "." }, layout: layout)
        out += "\n" + WeekGrid.render(title: "Service level per hour, % (simulation mean; . not counted):", cells: hours.map { hour in
            guard hour.counted, let mean = hour.serviceLevel.mean else { return "." }
            return String(Int((mean * 100).rounded(.down)))
        }, layout: layout)
        out += "\n" + WeekGrid.render(title: "Lower end of its 95% interval, %:", cells: hours.map { hour in
            guard hour.counted, let low = hour.serviceLevel.ci95Low else { return "." }
            return String(Int((max(0, low) * 100).rounded(.down)))
        }, layout: layout)
        let unsure = hours.filter { $0.counted && ($0.serviceLevel.ci95Low ?? 1) < target.share }.map(\.hourOfWeek)
        let week = report.week[Metric.serviceLevel.rawValue].map { SummaryTable.cell($0, .share) } ?? "-"
        out += "\nWhole week: service level \(week); \(report.officerHoursPerWeek) officer hours per week (Erlang C/A: \(report.erlangOfficerHoursPerWeek)).\n"
        out += "Every counted hour's mean service level is at or above \(SummaryTable.cell(.init(mean: target.share, ci95Low: nil, ci95High: nil), .share)) on this sample"
        out += unsure.isEmpty ? "; every hour's 95% interval lies above it too.\n"
            : "; in \(unsure.count) hours the 95% interval reaches below it (\(HourNames.ranges(unsure))).\n"
        return out
    }
}
