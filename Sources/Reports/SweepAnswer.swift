import Stochastics
import WebcareModel

/// The answer a sweep gives, chosen from its grid points' results: with goals, the point that
/// meets every goal at the least cost (the fewest paid officer hours per week, by the mean; ties
/// to the earlier point), or, when none meets them all, the one that meets the most (then the
/// best service level); without goals, the best service level. Indices are into the sweep's
/// summaries (0 is the baseline).
public struct SweepAnswer: Sendable, Equatable {
    /// How the chosen point was chosen.
    public enum Basis: String, Sendable, Equatable {
        /// Meets every goal (`isMet`), the fewest officer hours among those that do.
        case meetsGoalsAtLeastCost
        /// No point meets every goal: the one with the most goals met, then the best service level.
        case closestToGoals
        /// No goals: the best mean service level.
        case bestServiceLevel
    }

    /// The chosen grid point.
    public let chosen: Int
    public let basis: Basis
    /// The points whose every goal is met, in grid order.
    public let meetingGoals: [Int]
    /// The number of goals judged per point (those of the baseline).
    public let goalCount: Int

    public init(_ summaries: [Summary]) {
        let judged = summaries.map { $0.goals?.goals ?? [] }
        goalCount = judged.map(\.count).max() ?? 0
        func met(_ k: Int) -> Int { judged[k].filter(Self.isMet).count }
        func serviceLevel(_ k: Int) -> Double { summaries[k][.serviceLevel].mean ?? -1 }
        func hours(_ k: Int) -> Double { summaries[k][.officerHoursPerWeek].mean ?? .infinity }
        let points = Array(summaries.indices)
        meetingGoals = goalCount == 0 ? [] : points.filter { !judged[$0].isEmpty && met($0) == judged[$0].count }
        if goalCount == 0 {
            chosen = Self.first(points) { serviceLevel($0) > serviceLevel($1) }
            basis = .bestServiceLevel
        } else if !meetingGoals.isEmpty {
            chosen = Self.first(meetingGoals) { hours($0) < hours($1) }
            basis = .meetsGoalsAtLeastCost
        } else {
            chosen = Self.first(points) { met($0) > met($1) || (met($0) == met($1) && serviceLevel($0) > serviceLevel($1)) }
            basis = .closestToGoals
        }
    }

    /// True when a goal is met for the whole week and, for a per-hour goal, no counted hour
    /// misses it (hours whose interval straddles the value, `unclear`, do not count against it).
    public static func isMet(_ result: GoalResult) -> Bool {
        result.status == .met && (result.perHour?.missed ?? 0) == 0
    }

    /// The first of `points` that no later one beats (`better(a, b)`: a is strictly better); 0 when empty.
    static func first(_ points: [Int], better: (Int, Int) -> Bool) -> Int {
        points.dropFirst().reduce(points.first ?? 0) { best, k in better(k, best) ? k : best }
    }
}
