import Foundation

/// A target a planner states for a headline measure: `metric` at least or at most `value`, in
/// the metric's own units (shares in [0, 1], minutes, messages per week). Written
/// `metric>=value` or `metric<=value`, e.g. `service_level>=0.8`.
public struct Goal: Sendable, Equatable, Codable {
    /// Which side of the value the measure must lie on.
    public enum Comparison: String, Sendable, Equatable, Codable {
        case atLeast = ">="
        case atMost = "<="
    }

    public var metric: Metric
    public var comparison: Comparison
    public var value: Double

    public init(metric: Metric, comparison: Comparison, value: Double) {
        self.metric = metric
        self.comparison = comparison
        self.value = value
    }

    /// Reads `metric>=x` or `metric<=x`; the error says what was expected.
    public static func parse(_ text: String) -> Result<Goal, Failure> {
        let expected = "expected METRIC>=X or METRIC<=X with METRIC one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))"
        for comparison in [Comparison.atLeast, .atMost] {
            let parts = text.components(separatedBy: comparison.rawValue)
            guard parts.count == 2 else { continue }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard let metric = Metric(rawValue: name) else {
                return .failure(Failure(description: "\(quoted(name)) is not a measure; \(expected)"))
            }
            guard let value = Double(parts[1].trimmingCharacters(in: .whitespaces)), value.isFinite else {
                return .failure(Failure(description: "\(quoted(parts[1])) is not a number; \(expected)"))
            }
            return .success(Goal(metric: metric, comparison: comparison, value: value))
        }
        return .failure(Failure(description: "no >= or <= in \(quoted(text)); \(expected)"))
    }

    /// Why a goal's text could not be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The goal as written: `service_level>=0.8`.
    public var text: String { "\(metric.rawValue)\(comparison.rawValue)\(value.formatted)" }

    /// True when the goal is judged per hour of the week too (the per-hour service level).
    public var isPerHour: Bool { metric == .serviceLevel }

    /// True when `x` is on the goal's side of the value.
    public func holds(_ x: Double) -> Bool {
        comparison == .atLeast ? x >= value : x <= value
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }
}

/// The goals of a scenario (from `service_level.target_share`, `goals` and `--target`) and
/// which hours a per-hour goal counts.
public struct Goals: Sendable, Equatable {
    /// Which hours of the week a per-hour goal counts.
    public enum HourScope: String, Sendable, Equatable, Codable {
        /// Every hour: messages that arrive while no one is on duty count where they arrived.
        case all
        /// Only the hours with an officer on duty.
        case open
    }

    public var list: [Goal]
    public var perHour: HourScope

    public init(_ list: [Goal] = [], perHour: HourScope = .all) {
        self.list = list
        self.perHour = perHour
    }

    /// The first per-hour goal (the service level's), if any.
    public var perHourGoal: Goal? { list.first(where: \.isPerHour) }

    /// These goals with `extra` replacing any goal on the same measure and side, then added.
    public func adding(_ extra: [Goal]) -> Goals {
        var merged = list.filter { goal in !extra.contains { $0.metric == goal.metric && $0.comparison == goal.comparison } }
        merged += extra
        return Goals(merged, perHour: perHour)
    }
}
