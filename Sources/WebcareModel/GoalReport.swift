import Stochastics

/// Whether a goal is met by a 95% interval: `met` when the whole interval lies on the goal's
/// side of the value, `missed` when it lies wholly on the other side, `unclear` otherwise (or
/// when there is no interval: a single replication).
public enum GoalStatus: String, Sendable, Equatable, Codable {
    case met
    case missed
    case unclear

    /// The status of an estimate against `goal`.
    public init(_ estimate: Estimate, goal: Goal) {
        guard let low = estimate.ci95Low, let high = estimate.ci95High else {
            self = .unclear
            return
        }
        if goal.holds(goal.comparison == .atLeast ? low : high) {
            self = .met
        } else if !goal.holds(goal.comparison == .atLeast ? high : low) {
            self = .missed
        } else {
            self = .unclear
        }
    }

    /// Combines the verdicts of several hours: missed if any is missed, else unclear if any is
    /// unclear, else met.
    public static func all(_ statuses: [GoalStatus]) -> GoalStatus {
        if statuses.contains(.missed) { return .missed }
        if statuses.contains(.unclear) { return .unclear }
        return .met
    }
}

/// The verdict of one goal on a run: the whole week's estimate and status, and for a per-hour
/// goal the status of every counted hour of the week.
public struct GoalResult: Codable, Sendable, Equatable {
    /// The goal as written, e.g. `service_level>=0.8`.
    public var goal: String
    public var metric: String
    public var comparison: String
    public var value: Double
    /// The whole week's estimate (the metric's units).
    public var week: Estimate
    public var status: GoalStatus
    public var perHour: HourGoalResult?

    enum CodingKeys: String, CodingKey {
        case goal, metric, comparison, value, week, status
        case perHour = "per_hour"
    }
}

/// A per-hour goal judged hour by hour (hour 0 is Monday 00:00-01:00).
public struct HourGoalResult: Codable, Sendable, Equatable {
    /// `all` or `open` (only hours with an officer on duty count).
    public var scope: Goals.HourScope
    /// Status per hour of the week; nil where the hour is not counted (closed with `open`, or
    /// no messages arrive in it).
    public var hours: [GoalStatus?]
    /// The combined status of the counted hours (`GoalStatus.all`).
    public var status: GoalStatus
    public var met: Int
    public var missed: Int
    public var unclear: Int
}

/// The goals of a run and their verdicts, with the rule that judged them.
public struct GoalReport: Codable, Sendable, Equatable {
    public var goals: [GoalResult]
    public var definition: String =
        "met: the 95% interval lies wholly on the goal's side of its value; missed: wholly on the other side; unclear: otherwise. A per-hour goal is judged on the messages that arrive in each hour of the week (scope all: every hour with messages; open: only hours with an officer on duty); its combined status is missed if any counted hour is missed, else unclear if any is unclear, else met"

    public init(goals: [GoalResult]) { self.goals = goals }

    enum CodingKeys: String, CodingKey { case goals, definition }
}
