import Stochastics
import WebcareModel

/// One scenario's new run compared with its baseline: every headline measure, every channel
/// and message-kind measure, the response-time distribution, each hour-of-week measure over
/// the 168 hours, the message audit and the event count; plus the conservation invariant (arrived = answered + abandoned +
/// waiting at the end), which must hold in the baseline and in the new run.
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
        var metrics = Metric.allCases.map {
            MetricChange(name: $0.rawValue, kind: .headline($0), baseline: baseline[$0], new: new[$0])
        }
        metrics += Self.groups("by_channel", baseline.byChannel, new.byChannel)
        metrics += Self.groups("by_kind", baseline.byKind, new.byKind)
        metrics += Self.waitDistribution(baseline.waitDistribution, new.waitDistribution)
        let old = baseline.conservation, audit = new.conservation
        metrics += [
            MetricChange(count: "conservation.arrived", baseline: old.arrived, new: audit.arrived),
            MetricChange(count: "conservation.answered", baseline: old.answered, new: audit.answered),
            MetricChange(count: "conservation.abandoned", baseline: old.abandoned, new: audit.abandoned),
            MetricChange(count: "conservation.waiting_at_end", baseline: old.waitingAtEnd, new: audit.waitingAtEnd),
            MetricChange(count: "performance.events", baseline: baseline.performance.events, new: new.performance.events),
        ]
        self.metrics = metrics
        let replications = min(baseline.replications, new.replications)
        hours = HourMetric.allCases.map {
            HourMetricChange(metric: $0, baseline: baseline.byHourOfWeek, new: new.byHourOfWeek, replications: replications)
        }
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
    private static func groups(_ label: String, _ baseline: [GroupRow], _ new: [GroupRow]) -> [MetricChange] {
        let undefined = Estimate(mean: nil, ci95Low: nil, ci95High: nil)
        let names = baseline.map(\.name) + new.map(\.name).filter { name in !baseline.contains { $0.name == name } }
        return names.flatMap { name in
            let old = baseline.first { $0.name == name }, value = new.first { $0.name == name }
            return GroupMetric.allCases.map { metric in
                MetricChange(name: "\(label)[\(name)].\(metric.rawValue)", kind: .group(metric),
                             baseline: old?[metric] ?? undefined, new: value?[metric] ?? undefined)
            }
        }
    }

    /// The points of the response-time distribution, matched by minutes.
    private static func waitDistribution(_ baseline: [WaitPoint], _ new: [WaitPoint]) -> [MetricChange] {
        let undefined = Estimate(mean: nil, ci95Low: nil, ci95High: nil)
        let minutes = baseline.map(\.minutes) + new.map(\.minutes).filter { value in !baseline.contains { $0.minutes == value } }
        return minutes.map { value in
            MetricChange(name: "wait_distribution[\(value.formatted) min]", kind: .waitWithin,
                         baseline: baseline.first { $0.minutes == value }?.answeredWithin ?? undefined,
                         new: new.first { $0.minutes == value }?.answeredWithin ?? undefined)
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
