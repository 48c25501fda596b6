import Stochastics

/// The raw counts and time integrals of one replication, from which every metric is derived.
/// Message counts cover messages that arrived after the warm-up ("counted" messages); time
/// integrals (officer-minutes, message-minutes) cover the time after the warm-up.
/// Histograms are GSL objects: one set per worker thread, reset between replications.
public struct ReplicationStatistics {
    /// Counts of one group of counted messages (an hour of the week, a channel or a kind).
    public struct MessageCounts: Sendable {
        public var arrivals = 0
        /// Handling started (the first response).
        public var answered = 0
        /// Handling started the moment the message arrived.
        public var answeredAtOnce = 0
        public var abandoned = 0
        /// Answered with a wait at most the service-level target.
        public var withinTarget = 0
        /// Sum of the waits of answered messages (minutes).
        public var waitSum = 0.0
        /// Sum of the waits of abandoned messages until they left (minutes).
        public var abandonedWaitSum = 0.0
    }

    /// Time integrals over one hour of the week (all its occurrences after the warm-up).
    public struct TimeIntegrals: Sendable {
        /// Minutes observed.
        public var minutes = 0.0
        /// ∫ messages waiting dt.
        public var queueArea = 0.0
        /// ∫ officers handling a message dt.
        public var busyArea = 0.0
        /// ∫ officers scheduled on duty dt.
        public var dutyArea = 0.0
        /// ∫ officers paid dt: those scheduled plus those finishing a message after their shift.
        public var paidArea = 0.0
    }

    /// Counted messages in all.
    public var total = MessageCounts()
    /// Counted messages by the hour of the week they arrived in.
    public var byHour = [MessageCounts](repeating: MessageCounts(), count: Clock.hoursPerWeek)
    /// Counted messages by channel.
    public var byChannel: [MessageCounts]
    /// Counted messages by kind.
    public var byKind: [MessageCounts]
    /// Time integrals by hour of the week.
    public var time = [TimeIntegrals](repeating: TimeIntegrals(), count: Clock.hoursPerWeek)
    /// Largest number waiting at once after the warm-up.
    public var queueMax = 0
    /// Counted messages still waiting when the run stopped.
    public var waitingAtEnd = 0
    /// Their waits so far, up to the end of the run (minutes).
    public var censoredWaitSum = 0.0
    /// Times the team came on duty after a period with no one on duty (after the warm-up).
    public var openings = 0
    /// Messages waiting at those openings, summed.
    public var backlogAtOpenings = 0
    /// Arrivals, completions and abandonments processed, warm-up included.
    public var events = 0
    /// Counted messages by the site of their region.
    public var bySite: [MessageCounts]
    /// Counted messages by thread position: first messages, then follow-ups.
    public var byThread: [MessageCounts]
    /// The officers' and the team's own measures.
    public var team = TeamCounts()
    /// Waits of answered messages: all, by arrival hour, by channel, by kind, by site, by thread.
    public let waits: WaitHistograms

    /// Empty statistics; resets `waits`.
    public init(channels: Int, kinds: Int, waits: WaitHistograms) {
        self.init(channels: channels, kinds: kinds, keeping: waits)
        waits.reset()
    }

    /// Empty counts, keeping what `waits` holds; `sites` > 0 gives the team engine's site and
    /// thread groups.
    init(channels: Int, kinds: Int, sites: Int = 0, keeping waits: WaitHistograms) {
        byChannel = [MessageCounts](repeating: MessageCounts(), count: channels)
        byKind = [MessageCounts](repeating: MessageCounts(), count: kinds)
        bySite = [MessageCounts](repeating: MessageCounts(), count: sites)
        byThread = [MessageCounts](repeating: MessageCounts(), count: sites > 0 ? 2 : 0)
        self.waits = waits
    }

    /// Sum of the hourly time integrals.
    public var totalTime: TimeIntegrals {
        time.reduce(into: TimeIntegrals()) { sum, hour in
            sum.minutes += hour.minutes
            sum.queueArea += hour.queueArea
            sum.busyArea += hour.busyArea
            sum.dutyArea += hour.dutyArea
            sum.paidArea += hour.paidArea
        }
    }
}

/// The wait histograms of one worker: overall, by hour of the week, by channel and by kind.
/// The overall, channel and kind histograms share one bin layout (growth 1.01), the hourly ones
/// another (growth 1.02), so a wait's bin is looked up once per layout.
public final class WaitHistograms {
    public let all: WaitHistogram
    public let byHour: [WaitHistogram]
    public let byChannel: [WaitHistogram]
    public let byKind: [WaitHistogram]
    public let bySite: [WaitHistogram]
    /// First messages, then follow-ups.
    public let byThread: [WaitHistogram]
    /// The bins of `all`, `byChannel` and `byKind`.
    public let fineBins: GeometricBins
    /// The bins of `byHour`.
    public let hourBins: GeometricBins

    public init(channels: Int, kinds: Int, sites: Int = 1) {
        fineBins = GeometricBins(floor: 0.01, ceiling: 40_320, growth: 1.01)
        hourBins = GeometricBins(floor: 0.01, ceiling: 40_320, growth: 1.02)
        let fine = fineBins, hour = hourBins
        all = WaitHistogram(bins: fine)
        byHour = (0..<Clock.hoursPerWeek).map { _ in WaitHistogram(bins: hour) }
        byChannel = (0..<channels).map { _ in WaitHistogram(bins: fine) }
        byKind = (0..<kinds).map { _ in WaitHistogram(bins: fine) }
        bySite = (0..<sites).map { _ in WaitHistogram(bins: fine) }
        byThread = (0..<2).map { _ in WaitHistogram(bins: fine) }
    }

    /// Empties every histogram.
    public func reset() {
        all.reset()
        for h in byHour { h.reset() }
        for h in byChannel { h.reset() }
        for h in byKind { h.reset() }
        for h in bySite { h.reset() }
        for h in byThread { h.reset() }
    }
}
