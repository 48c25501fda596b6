import Stochastics
import WebcareModel

/// One scenario's new run compared with its baseline: every headline measure, every channel
/// and message-kind measure, the response-time distribution, each hour-of-week measure over
/// the 168 hours, the message audit and the event count; plus the conservation invariant
/// (arrived = answered + abandoned + waiting at the end), which must hold in the baseline and
/// in the new run.
///
/// Noise or change: every measure that differs with an interval on both sides is a test of a
/// difference (Welch's, worked back from the intervals; an hour-of-week measure brings the
/// chance of its moved hours), and the scenario's tests form one family judged by Holm's rule
/// at `familyWiseAlpha`: when nothing in the model changed (another seed, say), the chance that
/// any measure of the scenario is called changed is at most 1%, however the measures depend on
/// one another (as far as the tests' own approximations hold: Student t for means over
/// replications, independent hours). Differences beyond doubt (a measure defined on one side only, values without
/// spread, one replication) are changes outright.
public struct ScenarioComparison: Sendable {
    /// The scenario file's name without `.yaml`.
    public let name: String
    public let metrics: [MetricChange]
    public let hours: [HourMetricChange]
    /// Broken invariants and missing pieces; each makes the scenario changed.
    public let problems: [String]
    /// Facts that do not decide the verdict, e.g. that the scenario file changed.
    public let notes: [String]

    /// Compares `new` with `baseline`, both in their committed form (see `Baseline.committed`).
    public init(name: String, baseline: Summary, new: Summary, notes: [String] = []) {
        self.name = name
        let counts = (baseline: baseline.replications, new: new.replications)
        var metrics = Metric.allCases.map {
            MetricChange(name: $0.rawValue, kind: .headline($0), baseline: baseline[$0], new: new[$0], counts: counts)
        }
        metrics += Self.groups("by_channel", baseline.byChannel, new.byChannel, counts)
        metrics += Self.groups("by_kind", baseline.byKind, new.byKind, counts)
        metrics += Self.waitDistribution(baseline.waitDistribution, new.waitDistribution, counts)
        let old = baseline.conservation, audit = new.conservation
        metrics += [
            MetricChange(count: "conservation.arrived", baseline: old.arrived, new: audit.arrived),
            MetricChange(count: "conservation.answered", baseline: old.answered, new: audit.answered),
            MetricChange(count: "conservation.abandoned", baseline: old.abandoned, new: audit.abandoned),
            MetricChange(count: "conservation.waiting_at_end", baseline: old.waitingAtEnd, new: audit.waitingAtEnd),
            MetricChange(count: "performance.events", baseline: baseline.performance.events, new: new.performance.events),
        ]
        let replications = min(baseline.replications, new.replications)
        let hours = HourMetric.allCases.map {
            HourMetricChange(metric: $0, baseline: baseline.byHourOfWeek, new: new.byHourOfWeek, replications: replications)
        }
        (self.metrics, self.hours) = Self.judged(metrics, hours)
        problems = [Self.audit(old, of: "the baseline"), Self.audit(audit, of: "the new run")].compactMap { $0 }
        var notes = notes
        if baseline.scenario != new.scenario {
            notes.append("the scenario's name changed from \"\(baseline.scenario)\" to \"\(new.scenario)\"")
        }
        if baseline.definitions != new.definitions { notes.append("the stated definitions differ from the baseline's") }
        self.notes = notes
    }

    /// A scenario that could not be compared, e.g. because its file was removed.
    public init(name: String, problem: String) {
        self.name = name
        metrics = []
        hours = []
        problems = [problem]
        notes = []
    }

    /// The family-wise level of a scenario's tests: the most that noise alone (an unchanged
    /// model, another seed) may call any of its measures changed.
    public static let familyWiseAlpha = 0.01

    /// `metrics` and `hours` with the verdicts of their tests decided together: Holm's rule at
    /// `alpha` over the p-values of the measures that can be tested (`MetricChange.pValue`,
    /// `HourMetricChange.familyPValue`); a rejected one is changed, the others equivalent.
    /// Identical and beyond-doubt verdicts stay as they are.
    public static func judged(_ metrics: [MetricChange], _ hours: [HourMetricChange],
                              alpha: Double = familyWiseAlpha) -> ([MetricChange], [HourMetricChange]) {
        let pValues = metrics.compactMap(\.pValue) + hours.compactMap(\.familyPValue)
        var rejected = MeanDifferenceTest.holmRejections(pValues, alpha: alpha).makeIterator()
        var metrics = metrics, hours = hours
        for index in metrics.indices where metrics[index].pValue != nil {
            metrics[index].verdict = rejected.next() == true ? .changed : .equivalent
        }
        for index in hours.indices where hours[index].familyPValue != nil {
            hours[index].verdict = rejected.next() == true ? .changed : .equivalent
        }
        return (metrics, hours)
    }

    /// The worst verdict of any number; changed when an invariant is broken. With
    /// `requireIdentical`, any difference at all counts as changed.
    public func verdict(requireIdentical: Bool = false) -> Verdict {
        guard problems.isEmpty else { return .changed }
        let worst = max(metrics.map(\.verdict).max() ?? .identical, hours.map(\.verdict).max() ?? .identical)
        return requireIdentical && worst == .equivalent ? .changed : worst
    }

    /// The measures whose verdict is changed.
    public var changed: [MetricChange] { metrics.filter { $0.verdict == .changed } }

    /// Numbers (measures and hours) that differ at all, out of all numbers compared.
    public var differing: (count: Int, of: Int) {
        let metricCount = metrics.filter { $0.verdict != .identical }.count
        let hourCount = hours.map(\.hoursDiffering).reduce(0, +)
        return (metricCount + hourCount, metrics.count + hours.count * Clock.hoursPerWeek)
    }

    /// The measures of the channels or kinds, matched by name; a row on one side only is changed.
    private static func groups(_ label: String, _ baseline: [GroupRow], _ new: [GroupRow],
                               _ counts: (baseline: Int, new: Int)) -> [MetricChange] {
        let undefined = Estimate(mean: nil, ci95Low: nil, ci95High: nil)
        let names = baseline.map(\.name) + new.map(\.name).filter { name in !baseline.contains { $0.name == name } }
        return names.flatMap { name in
            let old = baseline.first { $0.name == name }, value = new.first { $0.name == name }
            return GroupMetric.allCases.map { metric in
                MetricChange(name: "\(label)[\(name)].\(metric.rawValue)", kind: .group(metric),
                             baseline: old?[metric] ?? undefined, new: value?[metric] ?? undefined, counts: counts)
            }
        }
    }

    /// The points of the response-time distribution, matched by minutes.
    private static func waitDistribution(_ baseline: [WaitPoint], _ new: [WaitPoint],
                                         _ counts: (baseline: Int, new: Int)) -> [MetricChange] {
        let undefined = Estimate(mean: nil, ci95Low: nil, ci95High: nil)
        let minutes = baseline.map(\.minutes) + new.map(\.minutes).filter { value in !baseline.contains { $0.minutes == value } }
        return minutes.map { value in
            MetricChange(name: "wait_distribution[\(value.formatted) min]", kind: .waitWithin,
                         baseline: baseline.first { $0.minutes == value }?.answeredWithin ?? undefined,
                         new: new.first { $0.minutes == value }?.answeredWithin ?? undefined, counts: counts)
        }
    }

    /// A sentence when the audit `conservation` of `run` does not add up, else nil.
    static func audit(_ conservation: Conservation, of run: String) -> String? {
        guard !conservation.holds else { return nil }
        let accounted = conservation.answered + conservation.abandoned + conservation.waitingAtEnd
        let gap = conservation.arrived - accounted
        return "invariant broken in \(run): \(conservation.arrived) messages arrived but answered \(conservation.answered)"
            + " + abandoned \(conservation.abandoned) + waiting at the end \(conservation.waitingAtEnd) = \(accounted)"
            + " (\(abs(gap)) \(gap > 0 ? "lost" : "counted twice"))"
    }
}
