/// What the outputs say of one headline measure (`Metric.facts`), declared once beside its
/// case: its unit (which sets its interval's scale and how the reports print it), the group of
/// rows the reports show it in, its one-line definition, and its names in the HTML report: the
/// row's `label` in the appendix's urgent and officer-time tables and, for a segment of the
/// officer-time chart, its `legend`.
public struct MetricFacts: Sendable {
    /// The rows the reports show together, in report order. Within a group the rows follow the
    /// order of `Metric`'s cases. The terminal table's sections and the HTML report's appendix
    /// tables are made of these groups (Reports: `MetricSection`, `HTMLReport+Team`).
    public enum Group: Int, Sendable, CaseIterable {
        /// Messages, waits and the queue.
        case messages
        /// Urgent messages: how many, their waits, the late ones (a row of the urgent table).
        case urgent
        /// The paid officer hours (a row of the officer-time table).
        case paidTime
        /// Officer hours on shift by state (a row of the officer-time table and a segment of its chart).
        case onShift
        /// Officer hours outside the shifts: overtime, the on-call officer (a row and a segment too).
        case offShift
        /// The on-call window's standby hours and the roster's cost (terminal and sweep tables only).
        case standby
        /// Shares of officer time: utilization, shrinkage (a row of the officer-time table).
        case officerShares
        /// Team events per week (a row of the officer-time table).
        case teamEvents

        /// True for the groups whose rows are in the HTML report's urgent and officer-time
        /// tables, so that each of their measures has a `label`.
        public var hasLabels: Bool { ![.messages, .standby].contains(self) }

        /// True for the groups whose measures are segments of the officer-time chart, so that
        /// each has a `legend`.
        public var isOfficerState: Bool { self == .onShift || self == .offShift }
    }

    /// What the measure's numbers are.
    public let unit: MetricUnit
    /// The rows the reports show it among.
    public let group: Group
    /// What the measure is, in one line, as stated in the outputs.
    public let definition: String
    /// Its row's name in the HTML report's appendix tables; nil in the groups without
    /// (`Group.hasLabels`). "{urgent threshold}" (`urgentThresholdMark`) stands for the
    /// threshold in words.
    public let label: String?
    /// Its name in the legend of the officer-time chart; nil unless `Group.isOfficerState`.
    public let legend: String?

    /// The mark in a `label` that the report replaces by the urgent threshold, e.g. "15 minutes".
    public static let urgentThresholdMark = "{urgent threshold}"

    public init(_ unit: MetricUnit, _ group: Group, _ definition: String, label: String? = nil, legend: String? = nil) {
        self.unit = unit
        self.group = group
        self.definition = definition
        self.label = label
        self.legend = legend
    }
}
