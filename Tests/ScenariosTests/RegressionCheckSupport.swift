import Foundation
import Scenarios
import Stochastics
import TestWorkspace
import WebcareModel

/// The real engine, as the check's runner, on two threads.
struct TestEngineRunner: ScenarioRunner {
    func run(_ scenario: Scenario, replications: Int, seed: UInt64) throws -> Summary {
        try Experiment.run(scenario, replications: replications, seed: seed, threads: 2)
    }
}

/// The real engine run from another seed: "a different seed alone".
struct ReseededRunner: ScenarioRunner {
    let offset: UInt64

    func run(_ scenario: Scenario, replications: Int, seed: UInt64) throws -> Summary {
        try TestEngineRunner().run(scenario, replications: replications, seed: seed + offset)
    }
}

/// A deliberately broken kernel: runs the real engine, then loses one answered message in a
/// thousand (they arrived but were never answered, abandoned or left waiting) and adjusts the
/// measures they touch: fewer answered within the target (service level, overall and by
/// hour) and more that did not start at once (p_wait). Waits over the answered messages keep
/// their expected value.
struct DroppingRunner: ScenarioRunner {
    func run(_ scenario: Scenario, replications: Int, seed: UInt64) throws -> Summary {
        var summary = try TestEngineRunner().run(scenario, replications: replications, seed: seed)
        let answered = summary.conservation.answered
        let dropped = answered / 1000
        summary.conservation.answered -= dropped
        let kept = 1 - Double(dropped) / Double(max(answered, 1))
        func scaled(_ estimate: Estimate, _ transform: (Double) -> Double) -> Estimate {
            Estimate(mean: estimate.mean.map(transform), ci95Low: estimate.ci95Low.map(transform),
                     ci95High: estimate.ci95High.map(transform))
        }
        summary.metrics[Metric.serviceLevel.rawValue] = scaled(summary[.serviceLevel]) { $0 * kept }
        summary.metrics[Metric.pWait.rawValue] = scaled(summary[.pWait]) { 1 - (1 - $0) * kept }
        for index in summary.byHourOfWeek.indices {
            let row = summary.byHourOfWeek[index]
            summary.byHourOfWeek[index].metrics[HourMetric.serviceLevel.rawValue] = scaled(row[.serviceLevel]) { $0 * kept }
        }
        return summary
    }
}

extension Workspace {
    /// The check of this workspace with `runner`.
    func check(_ runner: any ScenarioRunner = TestEngineRunner()) -> RegressionCheck {
        RegressionCheck(runner: runner, scenariosFolder: scenarios, baselineFolder: results)
    }
}
