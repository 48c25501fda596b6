/// The team model of a scenario compiled for the engine: the officers (one per officer of each
/// shift, plus the on-call officer), the weekly list of what changes when (shift starts and
/// ends, break windows, the on-call window), priority levels with urgent kinds first, the
/// conversation speeds and the routing. Shared read-only by every replication. Times in minutes.
public struct TeamPlan: Sendable {
    /// One officer: the shift (index into the roster's shifts; nil for the on-call officer) and site.
    public struct Officer: Sendable, Equatable {
        public let shift: Int?
        public let site: Int
    }

    /// A point of the week where something changes, in the order the engine applies them.
    public struct Change: Sendable, Equatable, Comparable {
        /// What changes: a shift starts or ends (by index into the roster's shifts), the on-call
        /// window opens or closes, or a break window of a shift opens.
        public enum Action: Sendable, Equatable {
            case shiftEnd(shift: Int)
            case shiftStart(shift: Int)
            case onCallClose
            case onCallOpen
            case breakWindow(shift: Int, index: Int)

            /// At equal minutes: ends first (work is handed over before a new shift can take
            /// it), then starts, then the on-call window, then breaks.
            var order: Int {
                switch self {
                case .shiftEnd: 0
                case .shiftStart: 1
                case .onCallClose: 2
                case .onCallOpen: 3
                case .breakWindow: 4
                }
            }
        }

        public let minuteOfWeek: Int
        public let action: Action

        public static func < (a: Change, b: Change) -> Bool {
            (a.minuteOfWeek, a.action.order) < (b.minuteOfWeek, b.action.order)
        }
    }

    public let officers: [Officer]
    /// Officers of each shift, by index into `officers`.
    public let officersOfShift: [[Int]]
    /// Index of the on-call officer in `officers`.
    public let onCallOfficer: Int?
    /// The changes of one week in time order (stable for equal keys).
    public let changes: [Change]
    /// Priority level of each kind: urgent kinds (by priority) before the others (by priority).
    public let kindLevel: [UInt8]
    public let levelCount: Int
    /// Speed of each conversation with 1 ... k in hand.
    public let speeds: [Double]
    /// Queues per level: one per site when routing keeps sites apart, else one.
    public let queueSites: Int
    /// Wait after which a message may go to another site; nil: never (or pooled).
    public let overflowAfter: Double?
    /// Site of each region; empty when the scenario has no regions.
    public let regionSite: [Int]
    public let regionShares: [Double]
    /// The officers are interchangeable and never change (`InterchangeableOfficers` may run the
    /// scenario): no week's change at all (every staffed shift runs around the clock, no break,
    /// no on-call window), one conversation at a time at full speed, one queue per level, no
    /// time away (`Team.timeAway`: monitoring, call-outs), no on-call officer and no follow-ups.
    public let hasInterchangeableOfficers: Bool

    public init(_ scenario: Scenario) {
        let team = scenario.team, shifts = scenario.roster.shifts
        var officers: [Officer] = []
        var officersOfShift: [[Int]] = []
        for (index, shift) in shifts.enumerated() {
            officersOfShift.append(Array(officers.count..<(officers.count + shift.officers)))
            officers += Array(repeating: Officer(shift: index, site: shift.site), count: shift.officers)
        }
        if team.onCall != nil {
            onCallOfficer = officers.count
            officers.append(Officer(shift: nil, site: 0))
        } else {
            onCallOfficer = nil
        }
        self.officers = officers
        self.officersOfShift = officersOfShift

        var changes: [Change] = []
        for (index, shift) in shifts.enumerated() where shift.officers > 0 {
            for (minute, on) in Self.transitions(of: shift) {
                changes.append(Change(minuteOfWeek: minute, action: on ? .shiftStart(shift: index) : .shiftEnd(shift: index)))
            }
            for day in shift.days {
                for (b, pause) in shift.breaks.enumerated() {
                    let minute = (day.rawValue * 1_440 + pause.windowStart) % Int(Clock.week)
                    changes.append(Change(minuteOfWeek: minute, action: .breakWindow(shift: index, index: b)))
                }
            }
        }
        if let onCall = team.onCall {
            for (minute, on) in Self.transitions(of: onCall.window) {
                changes.append(Change(minuteOfWeek: minute, action: on ? .onCallOpen : .onCallClose))
            }
        }
        self.changes = changes.enumerated().sorted { a, b in
            a.element < b.element || (!(b.element < a.element) && a.offset < b.offset)
        }.map(\.element)

        let keys = scenario.kinds.map { ($0.urgent ? 0 : 1, $0.priority) }
        let distinct = Array(Set(keys.map { [$0.0, $0.1] })).sorted { $0.lexicographicallyPrecedes($1) }
        kindLevel = keys.map { key in UInt8(distinct.firstIndex(of: [key.0, key.1]) ?? 0) }
        levelCount = distinct.count
        speeds = (1...team.concurrency.conversations).map { team.concurrency.speed(inHand: $0) }
        switch team.routing {
        case .pooled:
            queueSites = 1
            overflowAfter = nil
        case .separate:
            queueSites = team.sites.count
            overflowAfter = nil
        case .overflow(let after):
            queueSites = team.sites.count
            overflowAfter = after
        }
        regionSite = team.regions.map(\.site)
        regionShares = team.regions.map(\.share)
        hasInterchangeableOfficers = self.changes.isEmpty && speeds == [1] && queueSites == 1 && overflowAfter == nil
            && team.timeAway.isEmpty && team.onCall == nil
            && scenario.kinds.allSatisfy { $0.followUp == nil }
    }

    /// The minutes of the week where one officer of `shift` comes on (true) or goes off (false)
    /// duty; back-to-back occurrences (a 24-hour shift every day) join into one spell.
    static func transitions(of shift: Shift) -> [(minute: Int, on: Bool)] {
        let week = Int(Clock.week)
        var on = [Bool](repeating: false, count: week)
        for day in shift.days {
            let start = day.rawValue * 1_440 + shift.startMinute
            for m in start..<(start + shift.durationMinutes) { on[m % week] = true }
        }
        return (0..<week).compactMap { m in on[m] != on[(m + week - 1) % week] ? (m, on[m]) : nil }
    }
}
