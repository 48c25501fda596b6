import WebcareModel

/// What a report or a notebook is made from: one or more scenario summaries side by side and,
/// for a comparison (`comparison.json`), each later scenario's paired difference against the
/// first.
public struct ReportInput: Sendable, Equatable {
    public var summaries: [Summary]
    /// Paired differences against the first summary, in the order of `summaries.dropFirst()`;
    /// empty when the summaries were run separately (no common random numbers to pair on).
    public var differences: [DifferenceSet]
    /// How to read the differences, as stated by the comparison.
    public var differenceDefinition: String?

    /// Summaries side by side, without differences.
    public init(summaries: [Summary]) {
        self.summaries = summaries
        differences = []
        differenceDefinition = nil
    }

    /// A comparison: its summaries and their paired differences.
    public init(_ result: ExperimentResult) {
        summaries = result.summaries
        differences = result.summaries.count > 1 ? result.differences : []
        differenceDefinition = differences.isEmpty ? nil : result.definition
    }

    /// True when there are differences to show.
    public var isComparison: Bool { !differences.isEmpty }

    /// The message kinds of `summary` whose name contains "urgent" (any case): the report and
    /// the notebook treat these as the urgent messages (there is no urgent flag yet).
    static func urgentKinds(of summary: Summary) -> [GroupRow] {
        summary.byKind.filter { $0.name.lowercased().contains("urgent") }
    }
}
