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
        discussion: "TEMPLATES.yaml lists `templates:` written as the scenario's shifts without officers, with optional cost, min and max; optional max_officers and max_officer_hours. With --out DIR writes DIR/roster.yaml (the scenario with these shifts) and DIR/roster.json."
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

    func run() throws {
        let (scenario, target, sample) = try options.problem(file, goals: goals)
        if sample.staffsSites {
            let routing = scenario.team.routing == .separate ? "separate" : "overflow"
            Console.error("\(file): roster needs one pooled queue: with routing \(routing) each site has its own queue, and rosters per site are not searched yet (staff staffs each site); use routing: pooled")
            throw ExitCode.failure
        }
        let templates: ShiftTemplateSet
        do {
            templates = try ScenarioLoader.templates(path: templatesFile, sites: scenario.team.sites,
                                                     sitesGiven: scenario.team.sites != Team().sites)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        let verbose = isatty(STDERR_FILENO) != 0
        let progress: (String) -> Void = { line in if verbose { Console.error(line) } }
        let solver = CBCSolver()
        let search = RosterSearch(sample: sample, target: target, problem: RosterProblem(templates: templates), solver: solver,
                                  timeLimitSeconds: timeLimit, maximumSimulations: options.maxSimulations)
        let staffing: StaffingSearch.Outcome
        let outcome: RosterSearch.Outcome
        do {
            staffing = try StaffingSearch(sample: sample, target: target, maximumSimulations: options.maxSimulations).run(progress: progress)
            outcome = try search.run(required: staffing.available, progress: progress)
        } catch {
            Console.error("\(file): \(error)")
            throw ExitCode.failure
        }
        let confirmation = sample.fresh(replications: confirmReplications, seed: confirmSeed ?? sample.seed &+ 1)
        let shifts = search.problem.shifts(outcome.counts)
        let current = scenario.roster.shifts
        let judgedRoster = RosterReport.Judged(summary: try confirmation.run(shifts), cost: search.problem.cost(outcome.counts),
                                               costBasis: "template costs", shifts: shifts, target: target)
        let judgedCurrent = RosterReport.Judged(summary: try confirmation.run(current), cost: templates.cost(of: current).cost,
                                                costBasis: templates.costBasis(of: current), shifts: current, target: target)
        let report = RosterReport(outcome: outcome, search: search, solverName: solver.name, staffingSimulations: staffing.simulations,
                                  confirmation: confirmation, roster: judgedRoster, current: judgedCurrent)
        if options.out != nil {
            let comment = """
                Written by webcare-sim roster from \(file) and \(templatesFile): the cheapest roster of the templates for
                \(report.target) within \(target.minutes.formatted) minutes (per hour: \(target.scope.rawValue)); confirmed on \(confirmation.replications) replications, seed \(confirmation.seed).
                Everything but the shifts is the input's.
                """
            let overrides = try options.parsedOverrides() + target.overrides
            let yaml: String
            do {
                yaml = try ScenarioWriter.yaml(from: file, overrides: overrides, name: "\(scenario.name) (roster)", comment: comment,
                                               shifts: shifts, sites: scenario.team.sites.map(\.name))
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            try options.write([("roster.json", try StaffingOptions.json(report)), ("roster.yaml", Data(yaml.utf8))])
        }
        let minutes = Roster(shifts: shifts).levelByMinute
        try options.write(StaffingPages.roster(report, levels: (0..<168).map { minutes[$0 * 60] }, counted: target.counted))
        Console.output(RosterTable.render(report))
    }
}
