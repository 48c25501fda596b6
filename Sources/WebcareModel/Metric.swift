/// A headline measure of a run, estimated per replication and then as a mean with a 95%
/// interval over replications. The raw value is the key used in every output.
public enum Metric: String, Sendable, CaseIterable, Codable {
    case messagesPerWeek = "messages_per_week"
    case pWait = "p_wait"
    case waitMean = "wait_mean_min"
    case waitAllMean = "wait_all_mean_min"
    case waitP50 = "wait_p50_min"
    case waitP90 = "wait_p90_min"
    case waitP95 = "wait_p95_min"
    case waitMax = "wait_max_min"
    case serviceLevel = "service_level"
    case abandonShare = "abandon_share"
    case queueMean = "queue_mean"
    case queueMax = "queue_max"
    case backlogAtOpening = "backlog_at_opening"
    case utilization = "utilization"
    case officerHoursPerWeek = "officer_hours_per_week"
    case overtimeHoursPerWeek = "overtime_hours_per_week"
    case conversationUtilization = "conversation_utilization"
    case handlingHoursPerWeek = "handling_hours_per_week"
    case idleHoursPerWeek = "idle_hours_per_week"
    case breakHoursPerWeek = "break_hours_per_week"
    case monitoringHoursPerWeek = "monitoring_hours_per_week"
    case calledOutHoursPerWeek = "called_out_hours_per_week"
    case onCallHoursPerWeek = "on_call_hours_per_week"
    case standbyHoursPerWeek = "standby_hours_per_week"
    case costHoursPerWeek = "cost_hours_per_week"
    case shrinkageShare = "shrinkage_share"
    case urgentPerWeek = "urgent_per_week"
    case urgentWaitMean = "urgent_wait_mean_min"
    case urgentWaitMax = "urgent_wait_max_min"
    case urgentLatePerWeek = "urgent_late_per_week"
    case urgentOffDutyPerWeek = "urgent_off_duty_per_week"
    case urgentOffDutyLatePerWeek = "urgent_off_duty_late_per_week"
    case handedOverPerWeek = "handed_over_per_week"
    case callOutsPerWeek = "call_outs_per_week"
    case onCallCallsPerWeek = "on_call_calls_per_week"

    /// What the outputs say of the measure, in one place: unit, report group, definition and
    /// its names in the HTML report (`MetricFacts`).
    public var facts: MetricFacts {
        switch self {
        case .messagesPerWeek: MetricFacts(.count, .messages, "messages arriving per week (after the warm-up)")
        case .pWait: MetricFacts(.share, .messages, "share of all arrivals that did not start at once (abandoned and still-waiting ones included)")
        case .waitMean: MetricFacts(.minutes, .messages, "mean wait (minutes) from arrival to the start of handling, over answered messages")
        case .waitAllMean: MetricFacts(.minutes, .messages, "mean wait (minutes) over answered and abandoned messages, abandoned ones counted until they left")
        case .waitP50: MetricFacts(.minutes, .messages, "median wait of answered messages (minutes)")
        case .waitP90: MetricFacts(.minutes, .messages, "90th percentile of the wait of answered messages (minutes)")
        case .waitP95: MetricFacts(.minutes, .messages, "95th percentile of the wait of answered messages (minutes)")
        case .waitMax: MetricFacts(.minutes, .messages, "longest wait of an answered message (minutes)")
        case .serviceLevel: MetricFacts(.share, .messages, "answered within the target / all arrivals (abandoned and still-waiting ones count as missed)")
        case .abandonShare: MetricFacts(.share, .messages, "abandoned / all arrivals")
        case .queueMean: MetricFacts(.count, .messages, "time-average number of messages waiting")
        case .queueMax: MetricFacts(.count, .messages, "largest number of messages waiting at once")
        case .backlogAtOpening: MetricFacts(.count, .messages, "messages waiting when the team comes on duty after a period with no one on duty (mean over openings)")
        case .utilization: MetricFacts(.share, .officerShares, "officer time handling messages / paid officer time (overtime included)",
                                       label: "Share of officer time spent on messages")
        case .officerHoursPerWeek: MetricFacts(.hours, .paidTime, "paid officer hours per week, overtime included",
                                               label: "Paid officer hours per week (overtime included)")
        case .overtimeHoursPerWeek: MetricFacts(.hours, .offShift, "officer hours per week spent finishing a message after the shift ended",
                                                label: "Hours of overtime (after a shift ended)", legend: "overtime")
        case .conversationUtilization: MetricFacts(.share, .officerShares, "conversation time / (conversations an officer can have at once × paid officer time); equals utilization without concurrency",
                                                   label: "Share of conversation capacity in use")
        case .handlingHoursPerWeek: MetricFacts(.hours, .onShift, "officer hours per week on shift with at least one message in hand",
                                                label: "Hours handling messages", legend: "handling messages")
        case .idleHoursPerWeek: MetricFacts(.hours, .onShift, "officer hours per week on shift, free, with nothing to answer",
                                            label: "Hours idle (on shift, free, nothing to answer)", legend: "idle (free, nothing to answer)")
        case .breakHoursPerWeek: MetricFacts(.hours, .onShift, "officer hours per week on a break", label: "Hours on a break", legend: "break")
        case .monitoringHoursPerWeek: MetricFacts(.hours, .onShift, "officer hours per week monitoring social media instead of answering",
                                                  label: "Hours monitoring social media", legend: "monitoring")
        case .calledOutHoursPerWeek: MetricFacts(.hours, .onShift, "officer hours per week called away to street work",
                                                 label: "Hours called out to the street", legend: "called out")
        case .onCallHoursPerWeek: MetricFacts(.hours, .offShift, "hours per week of the on-call officer, from the call until the queue is empty",
                                              label: "Hours of the on-call officer", legend: "on call")
        case .standbyHoursPerWeek: MetricFacts(.hours, .standby, "hours per week of the on-call window (the schedule): the on-call officer is on standby, reachable, in all of them")
        case .costHoursPerWeek: MetricFacts(.hours, .standby, "the roster's cost in worked-hour equivalents per week: officer_hours_per_week + standby_cost × standby_hours_per_week")
        case .shrinkageShare: MetricFacts(.share, .officerShares, "share of on-shift officer time not available for messages: breaks, monitoring, call-outs",
                                          label: "Shrinkage: share of shift time not available (breaks, monitoring, call-outs)")
        case .urgentPerWeek: MetricFacts(.count, .urgent, "urgent messages (forwarded to the control room, 112) arriving per week",
                                         label: "Urgent messages per week")
        case .urgentWaitMean: MetricFacts(.minutes, .urgent, "mean wait (minutes) of answered urgent messages",
                                          label: "Average wait of an answered urgent message (minutes)")
        case .urgentWaitMax: MetricFacts(.minutes, .urgent, "longest wait (minutes) of an answered urgent message in the run",
                                         label: "Longest wait of an answered urgent message (minutes)")
        case .urgentLatePerWeek: MetricFacts(.count, .urgent, "urgent messages per week that waited longer than the urgent threshold (answered, given up or still waiting)",
                                             label: "Waited longer than \(MetricFacts.urgentThresholdMark) (per week)")
        case .urgentOffDutyPerWeek: MetricFacts(.count, .urgent, "urgent messages per week that arrived while no officer was on shift",
                                                label: "Arrived while no one was on duty (per week)")
        case .urgentOffDutyLatePerWeek: MetricFacts(.count, .urgent, "of those, urgent messages per week that waited longer than the urgent threshold",
                                                    label: "Waited longer than \(MetricFacts.urgentThresholdMark) and arrived while no one was on duty (per week)")
        case .handedOverPerWeek: MetricFacts(.count, .teamEvents, "messages per week handed back to the queue at the end of a shift or for a call-out",
                                             label: "Messages handed over per week")
        case .callOutsPerWeek: MetricFacts(.count, .teamEvents, "street call-outs per week taken by officers on webcare duty",
                                           label: "Street call-outs per week")
        case .onCallCallsPerWeek: MetricFacts(.count, .teamEvents, "times per week the on-call officer was called",
                                              label: "Calls to the on-call officer per week")
        }
    }

    /// What the measure is, in one line, as stated in the outputs.
    public var definition: String { facts.definition }

    /// The measures of `groups`, group by group, each group's in the order of the cases: the
    /// order of the reports' rows.
    public static func rows(of groups: [MetricFacts.Group]) -> [Metric] {
        groups.flatMap { group in allCases.filter { $0.facts.group == group } }
    }
}

/// A measure reported for each hour of the week.
public enum HourMetric: String, Sendable, CaseIterable, Codable {
    case arrivalsPerWeek = "arrivals"
    case officers = "officers"
    case waitMean = "wait_mean_min"
    case waitP90 = "wait_p90_min"
    case queueMean = "queue_mean"
    case utilization = "utilization"
    case serviceLevel = "service_level"
}

/// A measure reported per channel and per message kind.
public enum GroupMetric: String, Sendable, CaseIterable, Codable {
    case messagesPerWeek = "messages_per_week"
    case waitMean = "wait_mean_min"
    case waitP90 = "wait_p90_min"
    case serviceLevel = "service_level"
    case abandonShare = "abandon_share"
}

/// Where each measure sits in the flat vector of one replication's values: headline metrics,
/// then hour × hour metric, then channel × group metric, then kind × group metric, then the
/// response-time distribution, then site × group metric and thread position × group metric.
public struct MetricLayout: Sendable, Equatable {
    public let channels: Int
    public let kinds: Int
    /// Sites of the team (1 when the scenario names none).
    public let sites: Int

    public init(channels: Int, kinds: Int, sites: Int = 1) {
        self.channels = channels
        self.kinds = kinds
        self.sites = sites
    }

    /// Thread positions: first messages and follow-ups.
    public static let threads = 2

    static let scalarCount = Metric.allCases.count
    static let hourWidth = HourMetric.allCases.count
    static let groupWidth = GroupMetric.allCases.count

    public var count: Int { siteOffset + (sites + Self.threads) * Self.groupWidth }

    var siteOffset: Int { distributionOffset + WaitPoint.grid.count }

    public func index(site: Int, _ metric: GroupMetric) -> Int {
        siteOffset + site * Self.groupWidth + (GroupMetric.allCases.firstIndex(of: metric) ?? 0)
    }

    /// Thread 0: first messages; 1: follow-ups.
    public func index(thread: Int, _ metric: GroupMetric) -> Int { index(site: sites + thread, metric) }

    var distributionOffset: Int { hourOffset(Clock.hoursPerWeek) + (channels + kinds) * Self.groupWidth }

    /// Where the share answered within `WaitPoint.grid[point]` minutes sits.
    public func index(waitPoint point: Int) -> Int { distributionOffset + point }

    public func index(_ metric: Metric) -> Int { Metric.allCases.firstIndex(of: metric) ?? 0 }

    func hourOffset(_ hour: Int) -> Int { Self.scalarCount + hour * Self.hourWidth }

    public func index(hour: Int, _ metric: HourMetric) -> Int {
        hourOffset(hour) + (HourMetric.allCases.firstIndex(of: metric) ?? 0)
    }

    public func index(channel: Int, _ metric: GroupMetric) -> Int {
        hourOffset(Clock.hoursPerWeek) + channel * Self.groupWidth + (GroupMetric.allCases.firstIndex(of: metric) ?? 0)
    }

    public func index(kind: Int, _ metric: GroupMetric) -> Int {
        index(channel: channels + kind, metric)
    }
}
