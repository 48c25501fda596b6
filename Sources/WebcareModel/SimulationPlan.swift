import Stochastics

/// A scenario compiled for the engine: samplers, arrival processes, priority levels and roster
/// changes, computed once and shared read-only by every replication. Times in minutes.
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
    /// Priority level per kind: 0 is served first.
    public let kindLevel: [UInt8]
    /// Number of distinct priority levels.
    public let levelCount: Int
    /// Where the on-duty level changes within the week.
    public let rosterChanges: [Roster.Change]
    /// Officers on duty at Monday 00:00.
    public let initialOfficers: Int
    /// Counting starts here.
    public let warmupEnd: Double
    /// The run stops here.
    public let end: Double
    /// Service-level target.
    public let target: Double
    /// The team model: officers with identity, the week's changes, routing.
    public let team: TeamPlan
    /// True when the scenario runs on the team engine (`TeamPlan.isNeeded`), false for the
    /// plain engine (`Replication`).
    public let usesTeamEngine: Bool

    /// The plan of `scenario`; `teamEngine` chooses the engine instead of `TeamPlan.isNeeded`
    /// (to check that both engines agree where their models coincide).
    public init(_ scenario: Scenario, teamEngine: Bool? = nil) {
        self.scenario = scenario
        arrivals = scenario.channels.map(ArrivalProcess.init)
        kindShares = scenario.kinds.map(\.share)
        handling = scenario.kinds.map { Sampler($0.handling) }
        patience = scenario.kinds.map { $0.patience.map(Sampler.init) }
        let priorities = Array(Set(scenario.kinds.map(\.priority))).sorted()
        kindLevel = scenario.kinds.map { kind in UInt8(priorities.firstIndex(of: kind.priority) ?? 0) }
        levelCount = priorities.count
        rosterChanges = scenario.roster.changes
        initialOfficers = scenario.roster.levelByMinute.first ?? 0
        warmupEnd = scenario.run.warmupMinutes
        end = scenario.run.endMinutes
        target = scenario.serviceLevelTargetMinutes
        team = TeamPlan(scenario)
        usesTeamEngine = teamEngine ?? TeamPlan.isNeeded(for: scenario)
    }
}

extension SimulationPlan {
    /// Runs replication `index` on the engine the scenario needs, recording its counted messages
    /// in `trace` when given; nil when GSL cannot allocate the random streams.
    public func runReplication(_ index: Int, seed: StreamSeed, waits: WaitHistograms,
                               trace: MessageTrace? = nil) -> ReplicationStatistics? {
        // The caller holds `trace` for the whole call, so the engine may keep it unretained.
        let unmanaged = trace.map { Unmanaged.passUnretained($0) }
        let statistics: ReplicationStatistics?
        if usesTeamEngine {
            guard var replication = TeamReplication(plan: self, index: index, seed: seed, waits: waits) else { return nil }
            replication.trace = unmanaged
            statistics = replication.run()
        } else {
            guard var replication = Replication(plan: self, index: index, seed: seed, waits: waits) else { return nil }
            replication.trace = unmanaged
            statistics = replication.run()
        }
        trace?.close(numbering: !usesTeamEngine, end: end)
        return statistics
    }
}
