import ArgumentParser
import WebcareModel

/// The `--target METRIC>=X` / `--target METRIC<=X` arguments of run, compare, staff and roster:
/// goals added to the scenario's own (replacing one on the same measure and side).
struct TargetOptions: ParsableArguments {
    @Option(name: .customLong("target"), help: ArgumentHelp(
        "A goal, e.g. 'service_level>=0.8' or 'wait_p90_min<=120' (repeatable); replaces the scenario's goal on the same measure.",
        valueName: "METRIC>=X"))
    var targets: [String] = []

    func validate() throws { _ = try parsed() }

    /// The --target arguments, parsed.
    func parsed() throws -> [Goal] {
        try targets.map { text in
            switch Goal.parse(text) {
            case .success(let goal): return goal
            case .failure(let failure): throw ValidationError("--target \(text): \(failure.description)")
            }
        }
    }

    /// The goals of `scenario` with the --target arguments applied.
    func goals(of scenario: Scenario) throws -> Goals {
        scenario.goals.adding(try parsed())
    }

    /// Sets each summary's goal verdicts from its scenario's goals and the --target arguments.
    func judge(_ summaries: inout [Summary], scenarios: [Scenario]) throws {
        for k in summaries.indices where k < scenarios.count {
            summaries[k].goals = summaries[k].evaluate(try goals(of: scenarios[k]))
        }
    }
}
