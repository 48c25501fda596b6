import WebcareModel

/// The per-hour service-level target that staffing and rosters must meet: the share answered
/// within the scenario's target minutes, in the hours it counts (all hours with offered
/// messages, or with `open` only those the scenario's own roster covers), and the officers an
/// hour may have (none outside the counted hours with `open`; at least one inside).
public struct HourTarget: Sendable, Equatable {
    /// The service level aimed at, in (0, 1].
    public let share: Double
    /// The target wait (minutes).
    public let minutes: Double
    public let scope: Goals.HourScope
    /// Whether each hour of the week counts.
    public let counted: [Bool]
    /// Whether each hour may be staffed.
    public let staffable: [Bool]

    /// The target of `goals` in `scenario`; nil when the goals hold no per-hour service level.
    public init?(scenario: Scenario, goals: Goals) {
        guard let goal = goals.perHourGoal, goal.comparison == .atLeast else { return nil }
        share = goal.value
        minutes = scenario.serviceLevelTargetMinutes
        scope = goals.perHour
        let offered = (0..<Clock.hoursPerWeek).map { hour in scenario.channels.contains { $0.hourlyRates[hour] > 0 } }
        let level = scenario.roster.levelByMinute
        let covered = (0..<Clock.hoursPerWeek).map { hour in level[(hour * 60)..<(hour * 60 + 60)].contains { $0 > 0 } }
        counted = scope == .all ? offered : zip(offered, covered).map { $0 && $1 }
        staffable = scope == .all ? Array(repeating: true, count: Clock.hoursPerWeek) : covered
    }

    /// The settings that state this target in a scenario file (`--set` form), so a written
    /// scenario carries it: `service_level.target_share` and `goals.per_hour`.
    public var settings: [String] {
        ["service_level.target_share=\(share.formatted)", "goals.per_hour=\(scope.rawValue)"]
    }

    /// The fewest officers hour `hour` may have: one in a covered hour with `open`, else none.
    public func lowest(_ hour: Int) -> Int { scope == .open && staffable[hour] ? 1 : 0 }

    /// The hour's service level on `summary` (nil when no message arrived in it).
    public func serviceLevel(_ summary: Summary, hour: Int) -> Double? {
        summary.byHourOfWeek[hour][.serviceLevel].mean
    }

    /// True when hour `hour` meets the target on the sample (mean over replications), or does not count.
    public func meets(_ summary: Summary, hour: Int) -> Bool {
        guard counted[hour], let level = serviceLevel(summary, hour: hour) else { return true }
        return level >= share
    }

    /// The counted hours that miss the target on `summary`.
    public func failing(_ summary: Summary) -> [Int] {
        (0..<Clock.hoursPerWeek).filter { !meets(summary, hour: $0) }
    }
}
