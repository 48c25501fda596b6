import WebcareModel

/// The simulation sample that staffing and roster decisions are judged on: a scenario (whose
/// shifts are replaced), a fixed number of replications and a fixed master seed, so every
/// candidate roster sees the same messages (common random numbers). Runs only through the
/// public experiment API.
public struct SimulationSample: Sendable {
    public let scenario: Scenario
    public let replications: Int
    public let seed: UInt64
    public let threads: Int

    public init(scenario: Scenario, replications: Int? = nil, seed: UInt64? = nil, threads: Int) {
        self.scenario = scenario
        self.replications = replications ?? scenario.run.replications
        self.seed = seed ?? scenario.run.seed
        self.threads = threads
    }

    /// The scenario with `shifts` as its roster.
    public func scenario(with shifts: [Shift]) -> Scenario {
        var changed = scenario
        changed.roster = Roster(shifts: shifts)
        return changed
    }

    /// Runs `shifts` on the sample.
    public func run(_ shifts: [Shift]) throws -> Summary {
        try Experiment.run(scenario(with: shifts), replications: replications, seed: seed, threads: threads)
    }

    /// The same scenario on `replications` other replications from master seed `seed`.
    public func fresh(replications: Int, seed: UInt64) -> SimulationSample {
        SimulationSample(scenario: scenario, replications: replications, seed: seed, threads: threads)
    }
}
