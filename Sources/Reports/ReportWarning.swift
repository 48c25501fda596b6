/// A warning about a result that the report shows on its first page: a code a program can test
/// (e.g. `demand_above_capacity`, written by the simulation into summary.json and
/// comparison.json; `short_horizon`, `few_replications`, added by the report) and one sentence
/// for the reader.
public struct ReportWarning: Codable, Sendable, Hashable {
    public var code: String
    public var text: String

    public init(code: String, text: String) {
        self.code = code
        self.text = text
    }
}
