import Stochastics
import WebcareModel

/// The headline measures grouped for a planner: messages and waits, urgent messages, officer
/// time, team events. Rows of team features (breaks, monitoring, call-outs, on-call, urgent
/// messages…) that are zero or undefined in every scenario shown are left out; a row that is
/// non-zero in any scenario is always kept.
struct MetricSection {
    let title: String
    let metrics: [Metric]

    /// A section of the rows of `groups`, group by group (`Metric.rows(of:)`).
    init(title: String, groups: [MetricFacts.Group]) {
        self.init(title: title, metrics: Metric.rows(of: groups))
    }

    init(title: String, metrics: [Metric]) {
        self.title = title
        self.metrics = metrics
    }

    /// The sections in order, each made of whole groups of `MetricFacts.Group`, every group in
    /// one section; `urgentThreshold` is the text of the urgent threshold, e.g. "15 min".
    static func all(urgentThreshold: String) -> [MetricSection] {
        [
            MetricSection(title: "messages & waits", groups: [.messages]),
            MetricSection(title: "urgent messages (late: waited > \(urgentThreshold))", groups: [.urgent]),
            MetricSection(title: "officer time (hours per week by state, utilization, shrinkage)",
                          groups: [.paidTime, .onShift, .offShift, .standby, .officerShares]),
            MetricSection(title: "team events (per week)", groups: [.teamEvents]),
        ]
    }

    /// The measures that are shown even when zero or undefined everywhere: those that existed
    /// before the team model (the core of every run).
    static let core: Set<Metric> = [
        .messagesPerWeek, .pWait, .waitMean, .waitAllMean, .waitP50, .waitP90, .waitP95, .waitMax, .serviceLevel,
        .abandonShare, .queueMean, .queueMax, .backlogAtOpening, .utilization, .officerHoursPerWeek, .overtimeHoursPerWeek,
    ]

    /// The measures whose being non-zero somewhere keeps `metric`'s row: the row itself, and for
    /// the urgent figures the count they describe (so "0 late" is shown when there are urgent
    /// messages, and left out when there are none).
    static func evidence(for metric: Metric) -> [Metric] {
        switch metric {
        case .urgentWaitMean, .urgentWaitMax, .urgentLatePerWeek: [metric, .urgentPerWeek]
        case .urgentOffDutyLatePerWeek: [metric, .urgentOffDutyPerWeek]
        case .costHoursPerWeek: [.standbyHoursPerWeek]
        default: [metric]
        }
    }

    /// True when an estimate is zero or undefined.
    static func isNil(_ estimate: Estimate) -> Bool {
        guard let mean = estimate.mean, mean.isFinite else { return true }
        return mean == 0
    }

    /// True when the row of `metric` is shown for these scenarios.
    static func shows(_ metric: Metric, in summaries: [Summary]) -> Bool {
        if core.contains(metric) { return true }
        return evidence(for: metric).contains { evidence in summaries.contains { !isNil($0[evidence]) } }
    }

    /// The sections with only their shown rows; sections left empty are dropped.
    static func shown(in summaries: [Summary]) -> [MetricSection] {
        all(urgentThreshold: urgentThreshold(summaries)).compactMap { section in
            let metrics = section.metrics.filter { shows($0, in: summaries) }
            return metrics.isEmpty ? nil : MetricSection(title: section.title, metrics: metrics)
        }
    }

    /// The measures left out for these scenarios, in order.
    static func omitted(in summaries: [Summary]) -> [Metric] {
        Metric.allCases.filter { !shows($0, in: summaries) }
    }

    /// The urgent threshold in words: "15 min", or "15/30 min" when scenarios differ.
    static func urgentThreshold(_ summaries: [Summary]) -> String {
        var values: [Double] = []
        for summary in summaries where !values.contains(summary.definitions.urgentThresholdMin) {
            values.append(summary.definitions.urgentThresholdMin)
        }
        return values.map(\.formatted).joined(separator: "/") + " min"
    }

    /// True when some scenario has more than one site.
    static func hasSites(_ summaries: [Summary]) -> Bool { summaries.contains { $0.bySite.count > 1 } }

    /// True when some scenario has follow-up messages.
    static func hasFollowUps(_ summaries: [Summary]) -> Bool {
        summaries.contains { $0.byThread.count > 1 && !isNil($0.byThread[1][.messagesPerWeek]) }
    }
}
