import Scenarios
import WebcareModel

extension CheckCommand {
    /// The real engine for the check: `Experiment.run` on `threads` threads (results do not
    /// depend on the count), with a progress bar on a terminal.
    struct EngineRunner: ScenarioRunner {
        let threads: Int

        func run(_ scenario: Scenario, replications: Int, seed: UInt64) throws -> Summary {
            let bar = ProgressBar(label: scenario.name)
            defer { bar.finish() }
            return try Experiment.run(scenario, replications: replications, seed: seed, threads: threads,
                                      progress: bar.update)
        }
    }
}
