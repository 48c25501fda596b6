import Foundation

/// A scenario's demand fitted from an export: per channel the arrival rates by hour of the week
/// (first messages), the busy-day factor, and per kind its share, handling, patience and
/// follow-ups, each with its 95% interval and the data behind it. Rates are messages per hour,
/// durations minutes.
public struct DemandFit: Sendable {
    public let data: DataSummary
    public let channels: [RateFit]
    public let busyDays: BusyDayFit
    public let kinds: [KindFit]
    public let exposure: Exposure

    /// What the fit was made from.
    public struct DataSummary: Codable, Sendable {
        public var files: [String]
        public var rows: Int
        public var messages: Int
        public var firstMessages: Int
        public var followUps: Int
        public var days: Int
        public var replications: Int
        public var timeZone: String
        public var timeZoneReason: String
        public var repeatedHourTimes: Int
        /// Rows read but not used, by reason.
        public var skipped: [String: Int]
        /// First messages on excluded days: counted for durations, not in the rates.
        public var onExcludedDays: Int
        public var excludedDays: [ExcludedDay]
        /// The first and last included date (yyyy-mm-dd).
        public var period: [String]
        public var pooling: String
        public var notes: [String]
    }

    /// A day left out of the exposure.
    public struct ExcludedDay: Codable, Sendable {
        public let date: String
        public let reason: String
    }

    /// One message kind.
    public struct KindFit: Sendable {
        public let name: String
        public let count: Int
        public let share: Interval
        public let handling: DurationFit?
        public let patience: PatienceFit?
        public let followUp: FollowUpFit?
    }

    /// How to fit: the rates' pooling and the bootstraps' seed.
    public struct Settings: Sendable {
        public var pooling: RateFit.Pooling = .auto
        public var seed: UInt32 = 1
        public var excludedDays: Set<CivilDate> = []
        /// The period's first and last local date (`--from`, `--to`); nil: the messages' own.
        public var from: CivilDate?
        public var to: CivilDate?
        public var handlingEndsAtClose = false
        /// Leave the Dutch public holidays out of the rates (`--holidays nl`, the default).
        public var holidays = true
        public init() {}
    }

    public init(_ data: ExportData, settings: Settings) throws(ExportError) {
        guard let clock = ZoneClock(identifier: data.timeZone) else {
            throw ExportError(file: "--timezone", row: 0, column: 0, message: "\(data.timeZone): unknown time zone")
        }
        let spans = Self.spans(data, clock: clock)
        let exposure = Exposure(spans: spans.map { $0.map { (settings.from ?? $0.first, settings.to ?? $0.last) } }, excludedDays: settings.excludedDays,
                                holidays: settings.holidays, clock: clock)
        self.exposure = exposure
        var tally = FitTally(channels: data.channels.count, kinds: data.kinds.count, exposure: exposure, clock: clock,
                             settings: settings, groupEnd: data.hasAbandoned ? spans.map { $0?.end ?? 0 } : nil)
        var walk = ConversationWalk()
        try data.forEachByConversation { (record: MessageRecord) throws(ExportError) in
            if let step = walk.take(record) { tally.add(step) }
        }
        if let step = walk.finish() { tally.add(step) }
        let counts = tally.counts, totals = tally.totals
        let allCounts = (0..<168).map { h in counts.reduce(0) { $0 + $1[h] } }
        let weekRates = (0..<168).map { exposure.hours[$0] > 0 ? allCounts[$0] / exposure.hours[$0] : 0 }
        var hoursOf: [CivilDate: [Int]] = [:]
        let expected = exposure.days.map { day -> Double in
            let labels = hoursOf[day.date] ?? clock.realHours(of: day.date)
            hoursOf[day.date] = labels
            return labels.reduce(0) { $0 + weekRates[day.date.weekday * 24 + $1] }
        }
        busyDays = BusyDayFit(totals: totals, expected: expected, weekday: exposure.days.map(\.date.weekday), seed: settings.seed)
        let cv = busyDays.cv?.estimate ?? 0
        channels = data.channels.enumerated().map { c, name in
            RateFit(channel: name, counts: counts[c], exposure: exposure.hours, pooling: settings.pooling, cv: cv)
        }
        kinds = Self.kinds(data, tally: tally)
        let firsts = tally.firsts.reduce(0, +)
        var notes: [String] = []
        notes += Self.cutOffWarnings(exposure, totals: totals)
        if !data.hasStarted { notes.append("no started_at: handling times are not fitted; give handling in your scenario") }
        if !data.hasAbandoned { notes.append("no abandoned_at: patience is not fitted (no one is seen giving up)") }
        if !data.hasConversations { notes.append("no conversation_id: every message is a first message; follow-ups are not fitted") }
        self.data = DataSummary(
            files: data.files, rows: data.rows, messages: data.messageCount, firstMessages: firsts,
            followUps: data.messageCount - firsts, days: exposure.days.count, replications: data.groups,
            timeZone: data.timeZone, timeZoneReason: data.timeZoneReason, repeatedHourTimes: data.repeatedHourTimes,
            skipped: data.skipped, onExcludedDays: tally.onExcluded,
            excludedDays: exposure.excluded.map { ExcludedDay(date: $0.date.description, reason: $0.reason) },
            period: Self.period(exposure),
            pooling: settings.pooling.rawValue, notes: notes)
    }

    /// Per replication group: the local dates of its first and last message and the latest time
    /// it shows (where waits still open at the end are censored).
    /// nil for a group without messages.
    static func spans(_ data: ExportData, clock: ZoneClock) -> [(first: CivilDate, last: CivilDate, end: Double)?] {
        (0..<data.groups).map { g in
            guard g < data.firstArrival.count, data.firstArrival[g].isFinite else { return nil }
            func date(_ t: Double) -> CivilDate { CivilDate(daysSince1970: Int((clock.local(t) / 86_400).rounded(.down))) }
            return (date(data.firstArrival[g]), date(data.lastArrival[g]), data.lastTime[g])
        }
    }
}

/// A day of one replication group.
struct DayKey: Hashable {
    let group: Int
    let day: Int
}
