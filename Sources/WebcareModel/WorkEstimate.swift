import Stochastics

/// What one scenario asks of the engine, estimated before anything runs: the expected messages
/// and events of one replication and the most messages the team would have waiting at once if
/// it worked like a fluid (arrivals and answers at their hourly mean rates). The loader and the
/// command line refuse a scenario whose estimate is beyond `WorkEstimate.Limits`, so a run is
/// bounded in time and memory; a large but allowed run says so up front.
public struct WorkEstimate: Sendable, Equatable {
    /// The bounds a run must stay within.
    public enum Limits {
        /// Expected messages in one replication (follow-ups and the starting backlog included).
        public static let messagesPerReplication = 30_000_000.0
        /// Expected events in one replication.
        public static let eventsPerReplication = 200_000_000.0
        /// Expected events over all replications of all scenarios of a run.
        public static let eventsInAll = 10_000_000_000.0
        /// Messages waiting at once in the fluid estimate (memory: about 130 bytes each per thread).
        public static let waitingAtOnce = 4_000_000.0
        /// Events per second per thread assumed for the time estimate (measured: about 9 million).
        public static let eventsPerSecondPerThread = 9_000_000.0
    }

    /// Expected messages in one replication: first messages, follow-ups and the starting backlog.
    public let messagesPerReplication: Double
    /// Expected events in one replication: about three per message plus the officers' own
    /// (shift changes, breaks, monitoring blocks, call-outs). An event costs the same whatever
    /// the team's size: the engine finds a free officer through a mask of the free ones.
    public let eventsPerReplication: Double
    /// The most messages waiting at once when arrivals and answers follow their hourly means.
    public let waitingAtOnce: Double

    /// The estimate for `scenario`.
    public init(_ scenario: Scenario) {
        let weeks = scenario.run.endMinutes / Clock.week
        let factor = WorkEstimate.followUpFactor(scenario.kinds)
        let backlog = Double(scenario.team.startingBacklog.reduce(0) { $0 + $1.count })
        let perWeek = scenario.channels.reduce(0) { $0 + $1.messagesPerWeek }
        messagesPerReplication = (weeks * perWeek + backlog) * factor
        let officerHours = scenario.roster.scheduledHoursPerWeek
        let officerEventsPerHour = scenario.team.timeAway.reduce(0.0) { $0 + $1.eventsPerOfficerHour }
        let shiftEvents = scenario.roster.shifts.reduce(0.0) { total, shift in
            total + Double(shift.officers * shift.days.count * (2 + 2 * shift.breaks.count))
        }
        eventsPerReplication = 3 * messagesPerReplication + weeks * (officerHours * officerEventsPerHour + shiftEvents)
        waitingAtOnce = WorkEstimate.fluidPeak(scenario, weeks: weeks, factor: factor, backlog: backlog)
    }

    /// Expected messages per first message: a kind with follow-up probability p brings
    /// 1 / (1 - p) messages per thread.
    static func followUpFactor(_ kinds: [MessageKind]) -> Double {
        kinds.reduce(0) { $0 + $1.share / (1 - ($1.followUp?.probability ?? 0)) }
    }

    /// The largest fluid queue over the run: per hour, the queue grows by the expected arrivals
    /// and shrinks by what the officers on duty can answer (conversations × throughput ÷ mean
    /// handling, patience ignored), never below 0; it starts at the backlog.
    static func fluidPeak(_ scenario: Scenario, weeks: Double, factor: Double, backlog: Double) -> Double {
        let minutes = scenario.roster.levelByMinute
        let meanHandling = scenario.kinds.reduce(0) { $0 + $1.share * $1.handling.mean }
        let concurrency = scenario.team.concurrency
        let perOfficerPerHour = (concurrency.throughput.last ?? 1) * Clock.hour / meanHandling
        var arrivals = [Double](repeating: 0, count: Clock.hoursPerWeek)
        for channel in scenario.channels {
            for hour in 0..<Clock.hoursPerWeek { arrivals[hour] += channel.hourlyRates[hour] * factor }
        }
        var net = [Double](repeating: 0, count: Clock.hoursPerWeek)
        for hour in 0..<Clock.hoursPerWeek {
            let officerMinutes = minutes[(hour * 60)..<(hour * 60 + 60)].reduce(0, +)
            net[hour] = arrivals[hour] - Double(officerMinutes) / Clock.hour * perOfficerPerHour
        }
        let hours = Int(min(weeks, 1_000) * Double(Clock.hoursPerWeek))
        var queue = backlog
        var peak = backlog
        for step in 0..<max(hours, 1) {
            queue = max(0, queue + net[step % Clock.hoursPerWeek])
            peak = max(peak, queue)
        }
        return peak
    }

    /// Expected wall-clock seconds of `replications` replications on `threads` threads.
    public func seconds(replications: Int, threads: Int) -> Double {
        eventsPerReplication * Double(replications) / (Limits.eventsPerSecondPerThread * Double(max(1, min(threads, replications))))
    }
}
