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

    public init(_ scenario: Scenario) {
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
    }
}
