/// A warning about a run's result, stated with the summary (summary.json and comparison.json
/// carry them as `"warnings": [{"code": …, "text": …}]`, the terminal table and the report show
/// them). A warning is part of the result, not an error: the run still exits 0.
public struct SummaryWarning: Codable, Sendable, Hashable {
    /// A stable machine-readable code, e.g. `demand_above_capacity`.
    public var code: String
    /// The warning in a planner's words, with the figures behind it.
    public var text: String

    public init(code: String, text: String) {
        self.code = code
        self.text = text
    }

    /// The code of the long-run capacity warning (`LongRunCapacity`).
    public static let demandAboveCapacity = "demand_above_capacity"
}
