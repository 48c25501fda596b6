import Stochastics

/// A scenario compiled for the engine: samplers, arrival processes and the team plan, computed
/// once and shared read-only by every replication. Times in minutes.
public struct SimulationPlan: Sendable {
    public let scenario: Scenario
    /// One arrival process per channel, in scenario order.
    public let arrivals: [ArrivalProcess]
    /// Kind shares, in scenario order.
    public let kindShares: [Double]
    /// Handling-time sampler per kind.
    public let handling: [Sampler]
    /// Patience sampler per kind; nil when that kind never abandons.
    public let patience: [Sampler?]
    /// Counting starts here.
    public let warmupEnd: Double
    /// The run stops here.
    public let end: Double
    /// Service-level target.
    public let target: Double
    /// The team model: officers with identity, the week's changes, priority levels, routing.
    public let team: TeamPlan

    /// The plan of `scenario`.
    public init(_ scenario: Scenario) {
        self.scenario = scenario
        arrivals = scenario.channels.map(ArrivalProcess.init)
        kindShares = scenario.kinds.map(\.share)
        handling = scenario.kinds.map { Sampler($0.handling) }
        patience = scenario.kinds.map { $0.patience.map(Sampler.init) }
        warmupEnd = scenario.run.warmupMinutes
        end = scenario.run.endMinutes
        target = scenario.serviceLevelTargetMinutes
        team = TeamPlan(scenario)
    }
}

extension SimulationPlan {
    /// Runs replication `index`, recording its counted messages in `trace` when given; nil when
    /// GSL cannot allocate the random streams. The engine is specialised for interchangeable
    /// officers when the team has them and no trace (which names officers) is asked for, unless
    /// `namedOfficers` (then every officer is kept by name, as for any team): the statistics are
    /// the same bit for bit either way.
    public func runReplication(_ index: Int, seed: StreamSeed, waits: WaitHistograms,
                               trace: MessageTrace? = nil, namedOfficers: Bool = false) -> ReplicationStatistics? {
        if team.hasInterchangeableOfficers && trace == nil && !namedOfficers {
            return run(InterchangeableOfficers.self, index, seed: seed, waits: waits, trace: nil)
        }
        return run(NamedOfficers.self, index, seed: seed, waits: waits, trace: trace)
    }

    private func run<Pool: OfficerPool>(_ pool: Pool.Type, _ index: Int, seed: StreamSeed, waits: WaitHistograms,
                                        trace: MessageTrace?) -> ReplicationStatistics? {
        // The caller holds `trace` for the whole call, so the engine may keep it unretained.
        let unmanaged = trace.map { Unmanaged.passUnretained($0) }
        guard var replication = TeamReplication<Pool>(plan: self, index: index, seed: seed, waits: waits) else { return nil }
        replication.trace = unmanaged
        let statistics = replication.run()
        trace?.close(end: end)
        return statistics
    }
}
