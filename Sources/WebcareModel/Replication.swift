import DequeModule
import SimKernel
import Stochastics

/// One replication of the webcare process: messages arrive per channel, wait in priority
/// queues (first come first served within a priority) for one of the officers on duty, are
/// handled, or are abandoned when the citizen's patience runs out first. Officers are
/// interchangeable; when the on-duty level drops below the number busy, the officers in hand
/// finish their message (overtime) before leaving. Times in minutes.
public struct Replication: EventHandler {
    public typealias Payload = WebcareEvent

    let plan: SimulationPlan
    let arrivalStreams: [RandomStream]
    let kindStreams: [RandomStream]
    let handlingStreams: [RandomStream]
    let patienceStreams: [RandomStream]
    let kindSampler: DiscreteSampler

    var store = MessageStore()
    var queues: [Deque<UInt32>]
    /// Messages waiting (abandoned ones excluded).
    var waiting = 0
    /// Officers handling a message.
    var busy = 0
    /// Officers scheduled on duty.
    var onDuty: Int
    var nextChange = 0
    var changeWeekOffset = 0.0
    var hourBucket = 0
    var counting: Bool
    var lastTime = 0.0

    /// What was measured.
    public internal(set) var statistics: ReplicationStatistics

    /// A replication `index` of `plan`, its streams derived from `seed`; `waits` are the
    /// worker's histograms (reset here). Returns nil when GSL cannot allocate a generator.
    public init?(plan: SimulationPlan, index: Int, seed: StreamSeed, waits: WaitHistograms) {
        func streams(_ purpose: StreamPurpose) -> [RandomStream]? {
            var result: [RandomStream] = []
            for channel in plan.arrivals.indices {
                guard let stream = RandomStream(seed: seed.seed(replication: index, purpose: purpose, channel: channel))
                else { return nil }
                result.append(stream)
            }
            return result
        }
        guard let arrivals = streams(.arrivals), let kinds = streams(.kind),
              let handling = streams(.handling), let patience = streams(.patience),
              let kindSampler = DiscreteSampler(weights: plan.kindShares)
        else { return nil }
        self.plan = plan
        arrivalStreams = arrivals
        kindStreams = kinds
        handlingStreams = handling
        patienceStreams = patience
        self.kindSampler = kindSampler
        queues = Array(repeating: Deque(), count: plan.levelCount)
        onDuty = plan.initialOfficers
        counting = plan.warmupEnd <= 0
        statistics = ReplicationStatistics(
            channels: plan.arrivals.count, kinds: plan.kindShares.count, waits: waits)
    }

    /// Runs the replication to its end and returns what was measured.
    public mutating func run() -> ReplicationStatistics {
        var calendar = EventCalendar<WebcareEvent>(capacity: 256)
        for channel in plan.arrivals.indices {
            if let first = plan.arrivals[channel].next(after: 0, stream: arrivalStreams[channel]), first < plan.end {
                calendar.schedule(WebcareEvent(.arrival, UInt32(channel)), at: first, priority: WebcareEvent.Kind.arrival.rawValue)
            }
        }
        if !plan.rosterChanges.isEmpty {
            if let first = plan.rosterChanges.firstIndex(where: { $0.minuteOfWeek > 0 }) {
                nextChange = first
                changeWeekOffset = 0
            } else {
                nextChange = 0
                changeWeekOffset = Clock.week
            }
            scheduleRosterChange(&calendar)
        }
        calendar.schedule(WebcareEvent(.hourTick, 1), at: Clock.hour, priority: WebcareEvent.Kind.hourTick.rawValue)
        _ = RunLoop.run(&self, calendar: &calendar, until: plan.end)
        finish(at: plan.end)
        return statistics
    }

    public mutating func handle(_ event: WebcareEvent, at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        advance(to: time)
        switch event.kind {
        case .arrival: arrive(channel: Int(event.index), at: time, calendar: &calendar)
        case .completion: complete(at: time, calendar: &calendar)
        case .abandonment: abandon(slot: event.index, at: time)
        case .hourTick: tick(hour: Int(event.index), at: time, calendar: &calendar)
        case .rosterChange: changeRoster(at: time, calendar: &calendar)
        }
    }

    /// Adds the time since the last event to the current hour's integrals.
    mutating func advance(to time: Double) {
        let dt = time - lastTime
        lastTime = time
        guard counting, dt > 0 else { return }
        let paid = max(onDuty, busy)
        statistics.time[hourBucket].minutes += dt
        statistics.time[hourBucket].queueArea += Double(waiting) * dt
        statistics.time[hourBucket].busyArea += Double(busy) * dt
        statistics.time[hourBucket].dutyArea += Double(onDuty) * dt
        statistics.time[hourBucket].paidArea += Double(paid) * dt
    }

    mutating func tick(hour: Int, at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        hourBucket = hour % Clock.hoursPerWeek
        counting = time >= plan.warmupEnd
        let next = Double(hour + 1) * Clock.hour
        if next < plan.end {
            calendar.schedule(WebcareEvent(.hourTick, UInt32(hour + 1)), at: next, priority: WebcareEvent.Kind.hourTick.rawValue)
        }
    }

    mutating func scheduleRosterChange(_ calendar: inout EventCalendar<WebcareEvent>) {
        let change = plan.rosterChanges[nextChange]
        let time = changeWeekOffset + Double(change.minuteOfWeek)
        if time < plan.end {
            calendar.schedule(WebcareEvent(.rosterChange, UInt32(nextChange)), at: time,
                              priority: WebcareEvent.Kind.rosterChange.rawValue)
        }
    }

    mutating func changeRoster(at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        let change = plan.rosterChanges[nextChange]
        if onDuty == 0 && change.officers > 0 && counting {
            statistics.openings += 1
            statistics.backlogAtOpenings += waiting
        }
        onDuty = change.officers
        nextChange += 1
        if nextChange == plan.rosterChanges.count {
            nextChange = 0
            changeWeekOffset += Clock.week
        }
        scheduleRosterChange(&calendar)
        while busy < onDuty && waiting > 0 { startNext(at: time, calendar: &calendar) }
    }
}
