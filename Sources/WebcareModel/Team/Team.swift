/// How the webcare team works, beyond who is on duty when: sites and routing, concurrency,
/// shrinkage (monitoring, street call-outs; breaks are on the shifts), the shift-end rule, the
/// urgent-message threshold, busy days, the night on-call officer and a starting backlog.
/// `Team()` is a single pooled site with none of these (an M/G/c queue). Times in minutes.
public struct Team: Sendable, Equatable {
    /// The sites; shifts refer to them by index. One site when the scenario names none.
    public var sites: [Site]
    /// Where messages come from; empty: every message goes to site 0's queue (pooled).
    public var regions: [Region]
    /// How messages reach officers of the sites.
    public var routing: Routing
    /// Conversations per officer at once, with the throughput table.
    public var concurrency: Concurrency
    /// What happens to work in hand at the end of a shift.
    public var shiftEnd: ShiftEndRule
    /// Time spent monitoring; nil: none.
    public var monitoring: Monitoring?
    /// Street call-outs; nil: none.
    public var callOuts: CallOuts?
    /// An urgent message that waits longer than this (minutes) is counted as late.
    public var urgentThresholdMinutes: Double
    /// Coefficient of variation of the day-level rate multiplier (gamma, mean 1); nil: off.
    public var busyDaysCV: Double?
    /// The night on-call officer; nil: none.
    public var onCall: OnCall?
    /// Messages waiting at the start.
    public var startingBacklog: [BacklogEntry]

    public init(sites: [Site] = [Site(name: "team")], regions: [Region] = [], routing: Routing = .pooled,
                concurrency: Concurrency = .single, shiftEnd: ShiftEndRule = .finish,
                monitoring: Monitoring? = nil, callOuts: CallOuts? = nil, urgentThresholdMinutes: Double = 15,
                busyDaysCV: Double? = nil, onCall: OnCall? = nil, startingBacklog: [BacklogEntry] = []) {
        self.sites = sites
        self.regions = regions
        self.routing = routing
        self.concurrency = concurrency
        self.shiftEnd = shiftEnd
        self.monitoring = monitoring
        self.callOuts = callOuts
        self.urgentThresholdMinutes = urgentThresholdMinutes
        self.busyDaysCV = busyDaysCV
        self.onCall = onCall
        self.startingBacklog = startingBacklog
    }
}

extension Team {
    /// The settings that take officers on duty away from the messages besides the breaks, those
    /// that are on, in this order: monitoring, call-outs.
    public var timeAway: [any TimeAway] {
        let settings: [(any TimeAway)?] = [monitoring, callOuts]
        return settings.compactMap { $0 }
    }
}
