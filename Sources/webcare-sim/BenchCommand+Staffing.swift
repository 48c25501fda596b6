import Dispatch
import Scenarios
import Staffing
import WebcareModel

extension BenchCommand {
    /// 4. Staffing advice: `staff` on twente-24-7 (98% within 60 minutes in every hour) and
    /// `roster` with the 30 templates of scenarios/shifts/twente-30-templates.yaml, each with
    /// the scenario's own 20 replications of 8 weeks (with --quick too: fewer would make the
    /// per-hour target a matter of noise), on
    /// `plan.threads` threads; wall time includes every simulation and every CBC solve.
    func staffingSection(_ report: BenchReport, plan: BenchPlan) throws {
        report.section("Staffing advice: twente-24-7, service_level>=0.98 within 60 minutes in every hour, \(plan.threads) threads")
        var scenarios = try ScenarioFiles.load(["\(self.scenarios)/twente-24-7.yaml"])
        scenarios[0].goals = Goals([Goal(metric: .serviceLevel, comparison: .atLeast, value: 0.98)])
        guard let target = HourTarget(scenario: scenarios[0], goals: scenarios[0].goals) else { return }
        let sample = SimulationSample(scenario: scenarios[0], threads: plan.threads)
        let templates = try ScenarioLoader.templates(path: "\(self.scenarios)/shifts/twente-30-templates.yaml",
                                                     sites: scenarios[0].team.sites, sitesGiven: false)
        var started = DispatchTime.now()
        let staffing = try StaffingSearch(sample: sample, target: target).run()
        let staffWall = Self.seconds(since: started)
        report.line("  staff:  \(String(format: "%.2f", staffWall)) s, \(staffing.simulations) simulations of \(sample.replications) replications × 8 weeks, \(staffing.levels.reduce(0, +)) officer hours per week")
        started = DispatchTime.now()
        let search = RosterSearch(sample: sample, target: target, problem: RosterProblem(templates: templates), solver: CBCSolver())
        let outcome = try search.run(required: staffing.available)
        let rosterWall = Self.seconds(since: started)
        report.line("  roster: \(String(format: "%.2f", rosterWall)) s after staff (\(templates.templates.count) templates), \(outcome.simulations) simulations, \(outcome.repairs) repairs, cost \(search.problem.cost(outcome.counts).formatted), solver \(outcome.solution.status.rawValue)")
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
