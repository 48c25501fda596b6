import Foundation
import Scenarios
import WebcareModel

/// The scenario loader under fuzzing: any bytes must give a scenario or one `ScenarioError`
/// line, never a trap, a hang or runaway memory; a scenario the loader accepts and that is
/// small enough is run for one replication, so the engine sees what passed the loader.
enum LoaderFuzz {
    /// The file name the inputs are read as: bases resolve against the shipped scenarios.
    static let file = "scenarios/fuzz-input.yaml"
    /// Accepted scenarios with fewer expected events than this are run for one replication.
    static let runnableEvents = 200_000.0

    /// Checks one input; a broken promise stops the process (the fuzzer keeps the input).
    static func check(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.parse(yaml: text, file: file)
        } catch {
            let line = error.description
            let parts = line.split(separator: ":", maxSplits: 3)
            let placed = parts.count == 4 && Int(parts[1]) != nil && Int(parts[2]) != nil
            if line.contains("\n") || !placed { fatalError("not one FILE:LINE:COLUMN line: \(line)") }
            return
        }
        let estimate = WorkEstimate(scenario)
        guard estimate.eventsPerReplication < runnableEvents else { return }
        var shortened = scenario
        shortened.run.replications = 1
        _ = Experiment.statistics(of: shortened, replication: 0)
    }
}
