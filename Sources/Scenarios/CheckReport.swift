/// What `webcare-sim check` (or `check --update`) found: one comparison per scenario, the
/// scenarios that got their first baseline and those whose baseline was dropped, and notes
/// about the baseline as a whole. Exit status: 0 when every scenario is identical or
/// equivalent, 1 when anything changed or an invariant is broken.
public struct CheckReport: Sendable {
    /// The results folder, as the user gave it.
    public let baselineFolder: String
    /// The scenarios compared with a baseline, in name order.
    public let scenarios: [ScenarioComparison]
    /// Scenarios written for the first time (re-baselining only).
    public let added: [String]
    /// Scenarios whose baseline was dropped because their file is gone (re-baselining only).
    public let removed: [String]
    /// Facts about the baseline as a whole, e.g. an older tool version.
    public let notes: [String]
    /// True when results were written (`--update`).
    public let wroteBaseline: Bool

    public init(baselineFolder: String, scenarios: [ScenarioComparison], added: [String] = [],
                removed: [String] = [], notes: [String] = [], wroteBaseline: Bool = false) {
        self.baselineFolder = baselineFolder
        self.scenarios = scenarios
        self.added = added
        self.removed = removed
        self.notes = notes
        self.wroteBaseline = wroteBaseline
    }

    /// The worst scenario verdict; with `requireIdentical` any difference counts as changed.
    public func verdict(requireIdentical: Bool = false) -> Verdict {
        scenarios.map { $0.verdict(requireIdentical: requireIdentical) }.max() ?? .identical
    }

    /// The process exit status of a check: 0 identical or equivalent, 1 changed.
    public func exitCode(requireIdentical: Bool = false) -> Int32 {
        verdict(requireIdentical: requireIdentical) == .changed ? 1 : 0
    }
}
