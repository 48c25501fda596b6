import WebcareModel

/// Runs a scenario for the regression check. The command line's runner calls the engine
/// (`Experiment.run`); tests stand in doubles, e.g. a deliberately broken kernel.
public protocol ScenarioRunner {
    /// Runs `scenario` with exactly `replications` replications from master seed `seed`.
    func run(_ scenario: Scenario, replications: Int, seed: UInt64) throws -> Summary
}
