import ArgumentParser
import Foundation
import Reports
import Scenarios
import Staffing
import WebcareModel

/// `webcare-sim roster FILE --shifts TEMPLATES.yaml`: the cheapest roster of the allowed shift
/// templates that meets the per-hour service level in simulation, confirmed on fresh
/// replications and printed beside the current roster.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "The cheapest roster of allowed shift templates that meets the per-hour service level: CBC integer program, repaired and confirmed by simulation.",
        discussion: "TEMPLATES.yaml lists `templates:` written as the scenario's shifts without officers, with optional cost, min and max; optional max_officers and max_officer_hours. With --out DIR writes DIR/roster.yaml (the scenario with these shifts) and DIR/roster.json. With routing separate or overflow and several sites, each site's roster is chosen from the templates at that site (roster-SITE.json per site)."
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(name: .customLong("shifts"), help: "The shift templates (YAML).")
    var templatesFile: String

    @OptionGroup var goals: TargetOptions

    @OptionGroup var options: StaffingOptions

    @Option(help: "Seconds the solver may take per integer program.")
    var timeLimit: Double = 30

    @Option(help: "Fresh replications the roster is confirmed on.")
    var confirmReplications: Int = 100

    @Option(help: "Master seed of the confirmation (default: the sample's seed + 1).")
    var confirmSeed: UInt64?

    func validate() throws {
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if confirmReplications < 2 { throw ValidationError("--confirm-replications must be at least 2") }
    }

    /// One site's roster (the whole team's when the sites share one queue).
    struct SiteRoster {
        let name: String?
        let report: RosterReport
        let shifts: [Shift]
        let levels: [Int]
        let counted: [Bool]
    }

    func run() throws {
        let (scenario, target, sample) = try options.problem(file, goals: goals)
        let templates: ShiftTemplateSet
        do {
            templates = try ScenarioLoader.templates(path: templatesFile, sites: scenario.team.sites,
                                                     sitesGiven: scenario.team.sites != Team().sites)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        if sample.staffsSites && (templates.maximumOfficers != nil || templates.maximumOfficerHours != nil) {
            Console.error("\(templatesFile): max_officers and max_officer_hours limit one pooled queue's roster; with a queue per site each site's roster is searched on its own, so leave them out")
            throw ExitCode.failure
        }
        var results: [SiteRoster] = []
        for site in sample.staffsSites ? Array(scenario.team.sites.indices) : [0] {
            let name = sample.staffsSites ? scenario.team.sites[site].name : nil
            let siteSample = sample.staffsSites ? sample.site(site) : sample
            let siteTarget = sample.staffsSites ? HourTarget(scenario: siteSample.scenario, goals: scenario.goals) ?? target : target
            let siteTemplates = sample.staffsSites ? ShiftTemplateSet(templates: templates.templates.filter { $0.shift.site == site }) : templates
            let current = sample.staffsSites ? scenario.roster.shifts.filter { $0.site == site } : scenario.roster.shifts
            do {
                results.append(try roster(site: site, name: name, sample: siteSample, target: siteTarget, templates: siteTemplates, current: current))
            } catch {
                Console.error("\(file): \(name.map { "site \($0): " } ?? "")\(error)")
                throw ExitCode.failure
            }
        }
        if options.out != nil { try write(results, scenario: scenario, target: target) }
        for result in results {
            try options.write(StaffingPages.roster(result.report, levels: result.levels, counted: result.counted), site: result.name)
        }
        Console.output(options.layout.fit(results.map { result in
            result.name.map { "Site \($0) (its own queue; templates at this site):\n" } ?? ""
        }.enumerated().map { $1 + RosterTable.render(results[$0].report, layout: options.layout) }.joined(separator: "\n")))
    }

    /// Staffing, roster search and confirmation of one queue, beside its current `current` shifts.
    func roster(site: Int, name: String?, sample: SimulationSample, target: HourTarget, templates: ShiftTemplateSet,
                current: [Shift]) throws -> SiteRoster {
        let verbose = isatty(STDERR_FILENO) != 0
        let progress: (String) -> Void = { line in if verbose { Console.error((name.map { "\($0): " } ?? "") + line) } }
        let solver = CBCSolver()
        let search = RosterSearch(sample: sample, target: target, problem: RosterProblem(templates: templates), solver: solver,
                                  timeLimitSeconds: timeLimit, maximumSimulations: options.maxSimulations)
        let staffing = try StaffingSearch(sample: sample, target: target, maximumSimulations: options.maxSimulations, site: site)
            .run(progress: progress)
        let outcome = try search.run(required: staffing.available, progress: progress)
        let confirmation = sample.fresh(replications: confirmReplications, seed: confirmSeed ?? sample.seed &+ 1)
        let shifts = search.problem.shifts(outcome.counts)
        let judgedRoster = RosterReport.Judged(summary: try confirmation.run(shifts), cost: search.problem.cost(outcome.counts),
                                               costBasis: "template costs", shifts: shifts, target: target)
        let judgedCurrent = RosterReport.Judged(summary: try confirmation.run(current), cost: templates.cost(of: current).cost,
                                                costBasis: templates.costBasis(of: current), shifts: current, target: target)
        let report = RosterReport(outcome: outcome, search: search, solverName: solver.name, staffingSimulations: staffing.simulations,
                                  confirmation: confirmation, roster: judgedRoster, current: judgedCurrent)
        let minutes = Roster(shifts: shifts).levelByMinute
        return SiteRoster(name: name, report: report, shifts: shifts, levels: (0..<168).map { minutes[$0 * 60] }, counted: target.counted)
    }

    /// Writes roster.json (per site: roster-SITE.json) and roster.yaml with every site's shifts.
    func write(_ results: [SiteRoster], scenario: Scenario, target: HourTarget) throws {
        let report = results[0].report
        let perSite = results.count > 1 ? "\nEach site's roster is searched for its own queue, from the templates at that site." : ""
        let comment = """
            Written by webcare-sim roster from \(file) and \(templatesFile): the cheapest roster of the templates for
            \(report.target) within \(target.minutes.formatted) minutes (per hour: \(target.scope.rawValue)); confirmed on \(report.confirmationReplications) replications, seed \(report.confirmationSeed).
            Everything but the shifts is the input's.\(perSite)
            """
        let overrides = try options.parsedOverrides() + target.overrides
        let yaml: String
        do {
            yaml = try ScenarioWriter.yaml(from: file, overrides: overrides, name: "\(scenario.name) (roster)", comment: comment,
                                           shifts: results.flatMap(\.shifts), sites: scenario.team.sites.map(\.name))
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        var files = try results.map { result in
            (name: result.name.map { "roster-\($0).json" } ?? "roster.json", data: try StaffingOptions.json(result.report))
        }
        files.append(("roster.yaml", Data(yaml.utf8)))
        try options.write(files)
    }
}
