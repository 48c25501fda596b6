import SimKernel
import Stochastics

/// One replication of the webcare process: messages arrive per channel, wait in priority
/// queues (first come first served within a priority) for one of the officers on duty, are
/// handled, or are abandoned when the citizen's patience runs out first. Officers are
/// interchangeable; when the on-duty level drops below the number busy, the officers in hand
/// finish their message (overtime) before leaving. Times in minutes.
///
/// Speed: the event loop touches only this value (mutated in place, so exclusivity is checked
/// at compile time) and raw memory it owns: arrival rates, random streams (unretained), samplers,
/// counters and wait-histogram bins are reached through pointers set up once per replication,
/// so an event does no reference counting, allocation, uniqueness or dynamic exclusivity check.
public struct Replication: EventHandler {
    public typealias Payload = WebcareEvent

    let plan: SimulationPlan
    /// Owns the raw memory below and keeps the random streams alive; not used per event.
    let memory: RawMemory
    let waits: WaitHistograms
    let kindSampler: DiscreteSampler

    /// Messages per minute by channel and hour of the week: `[channel * 168 + hour]`.
    let rates: UnsafeMutablePointer<Double>
    /// Channels without any messages.
    let silent: UnsafeMutablePointer<Bool>
    /// The channel's streams: `[channel * 4 + purpose]` (arrivals, kind, handling, patience).
    /// Streams per channel, one per `StreamPurpose` (a literal: `allCases` builds an array).
    static var purposes: Int { 4 }
    let streams: UnsafeMutablePointer<Unmanaged<RandomStream>>
    let handling: UnsafeMutablePointer<Sampler>
    /// Mean of the kind's handling time where it is exponential, else 0 (then `handling` draws):
    /// the same GSL call as the sampler's, without its dispatch on the distribution's form.
    let handlingExponentialMean: UnsafeMutablePointer<Double>
    /// Likewise for patience.
    let patienceExponentialMean: UnsafeMutablePointer<Double>
    /// Patience sampler per kind; meaningful only where `abandons` is true.
    let patience: UnsafeMutablePointer<Sampler>
    let abandons: UnsafeMutablePointer<Bool>
    let kindLevel: UnsafeMutablePointer<UInt8>
    let singleKind: Bool
    /// Counted messages: all, then by hour of arrival, by channel and by kind.
    let total: UnsafeMutablePointer<ReplicationStatistics.MessageCounts>
    let byHour: UnsafeMutablePointer<ReplicationStatistics.MessageCounts>
    let byChannel: UnsafeMutablePointer<ReplicationStatistics.MessageCounts>
    let byKind: UnsafeMutablePointer<ReplicationStatistics.MessageCounts>
    /// Time integrals by hour of the week.
    let integrals: UnsafeMutablePointer<ReplicationStatistics.TimeIntegrals>
    let fineBins: BinLookup
    let hourBins: BinLookup
    let waitByHour: UnsafeMutablePointer<WaitHistogram.Recorder>
    let waitByChannel: UnsafeMutablePointer<WaitHistogram.Recorder>
    let waitByKind: UnsafeMutablePointer<WaitHistogram.Recorder>
    let warmupEnd: Double
    let end: Double
    let target: Double
    /// 1 when a wait of 0 is within the target, else 0.
    let zeroWithinTarget: Int

    var store = MessageStore()
    let queues: MessageQueues
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
    /// The current hour: `Int(t / 60)` and its hour of the week for every t in
    /// [hourStart, hourEnd) (exact bounds, found when the hour is first asked for).
    var hourStart = 0.0
    var hourEnd = -1.0
    var currentHour = 0
    var currentHourOfWeek = 0
    var queueMax = 0
    var waitingAtEnd = 0
    var censoredWaitSum = 0.0
    var openings = 0
    var backlogAtOpenings = 0
    var events = 0
    /// The trace being written (`run --trace`), unretained; nil when not tracing.
    var trace: Unmanaged<MessageTrace>?

    /// A replication `index` of `plan`, its streams derived from `seed`; `waits` are the
    /// worker's histograms (reset here). Returns nil when GSL cannot allocate a generator.
    public init?(plan: SimulationPlan, index: Int, seed: StreamSeed, waits: WaitHistograms) {
        let channels = plan.arrivals.count, kinds = plan.kindShares.count
        precondition(StreamPurpose.allCases.count == Self.purposes)
        var allStreams: [RandomStream] = []
        for channel in 0..<channels {
            for purpose in StreamPurpose.allCases {
                guard let stream = RandomStream(seed: seed.seed(replication: index, purpose: purpose, channel: channel))
                else { return nil }
                allStreams.append(stream)
            }
        }
        guard let kindSampler = DiscreteSampler(weights: plan.kindShares) else { return nil }
        let memory = RawMemory(keeping: allStreams)
        self.plan = plan
        self.memory = memory
        self.waits = waits
        self.kindSampler = kindSampler
        streams = memory.copy(allStreams.map { Unmanaged.passUnretained($0) })
        rates = memory.copy(plan.arrivals.flatMap(\.ratePerMinute))
        silent = memory.copy(plan.arrivals.map(\.isSilent))
        handling = memory.copy(plan.handling)
        func exponentialMean(_ distribution: Distribution?) -> Double {
            if case .exponential(let mean) = distribution, mean > 0 { return mean }
            return 0
        }
        handlingExponentialMean = memory.copy(plan.scenario.kinds.map { exponentialMean($0.handling) })
        patienceExponentialMean = memory.copy(plan.scenario.kinds.map { exponentialMean($0.patience) })
        patience = memory.copy(plan.patience.map { $0 ?? Sampler(.deterministic(value: 0)) })
        abandons = memory.copy(plan.patience.map { $0 != nil })
        kindLevel = memory.copy(plan.kindLevel)
        singleKind = kinds == 1
        let counts = memory.copy([ReplicationStatistics.MessageCounts](
            repeating: .init(), count: 1 + Clock.hoursPerWeek + channels + kinds))
        total = counts
        byHour = counts + 1
        byChannel = byHour + Clock.hoursPerWeek
        byKind = byChannel + channels
        integrals = memory.copy([ReplicationStatistics.TimeIntegrals](repeating: .init(), count: Clock.hoursPerWeek))
        waits.reset()
        fineBins = waits.fineBins.lookup
        hourBins = waits.hourBins.lookup
        waitByHour = memory.copy(waits.byHour.map(\.recorder))
        waitByChannel = memory.copy(waits.byChannel.map(\.recorder))
        waitByKind = memory.copy(waits.byKind.map(\.recorder))
        warmupEnd = plan.warmupEnd
        end = plan.end
        target = plan.target
        zeroWithinTarget = 0 <= plan.target ? 1 : 0
        queues = MessageQueues(levels: plan.levelCount)
        onDuty = plan.initialOfficers
        counting = plan.warmupEnd <= 0
    }

    /// Runs the replication to its end and returns what was measured.
    public mutating func run() -> ReplicationStatistics {
        // Each channel's next arrival waits in its own lane of the calendar, not in the heap.
        var calendar = EventCalendar<WebcareEvent>(capacity: 256, lanes: plan.arrivals.count)
        for channel in 0..<plan.arrivals.count where !silent[channel] {
            let first = nextArrival(channel: channel, after: 0, hour: 0)
            if first < end {
                calendar.schedule(WebcareEvent(.arrival, UInt32(channel)), at: first,
                                  priority: WebcareEvent.Kind.arrival.rawValue, lane: channel)
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
        _ = RunLoop.run(&self, calendar: &calendar, until: end)
        finish(at: end)
        completeWaitHistograms()
        return statistics
    }

    @inline(__always)
    public mutating func handle(_ event: WebcareEvent, at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        advance(to: time)
        switch event.kind {
        case .completion: complete(at: time, calendar: &calendar)
        case .abandonment: abandon(slot: event.index, at: time)
        case .arrival: arrive(channel: Int(event.index), at: time, calendar: &calendar)
        case .hourTick: tick(hour: Int(event.index), at: time, calendar: &calendar)
        case .rosterChange: changeRoster(at: time, calendar: &calendar)
        }
    }

    /// Lanes carry only arrivals (the channel's next one), so no dispatch on the kind.
    @inline(__always)
    public mutating func handle(lane: Int, _ event: WebcareEvent, at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        advance(to: time)
        arrive(channel: Int(event.index), at: time, calendar: &calendar)
    }

    /// Adds the time since the last event to the current hour's integrals.
    @inline(__always)
    mutating func advance(to time: Double) {
        let dt = time - lastTime
        lastTime = time
        guard counting, dt > 0 else { return }
        let paid = max(onDuty, busy)
        let hour = integrals + hourBucket
        hour.pointee.minutes += dt
        hour.pointee.queueArea += Double(waiting) * dt
        hour.pointee.busyArea += Double(busy) * dt
        hour.pointee.dutyArea += Double(onDuty) * dt
        hour.pointee.paidArea += Double(paid) * dt
    }

    @inline(never)
    mutating func tick(hour: Int, at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        hourBucket = hour % Clock.hoursPerWeek
        counting = time >= warmupEnd
        let next = Double(hour + 1) * Clock.hour
        if next < end {
            calendar.schedule(WebcareEvent(.hourTick, UInt32(hour + 1)), at: next, priority: WebcareEvent.Kind.hourTick.rawValue)
        }
    }

    mutating func scheduleRosterChange(_ calendar: inout EventCalendar<WebcareEvent>) {
        let change = plan.rosterChanges[nextChange]
        let time = changeWeekOffset + Double(change.minuteOfWeek)
        if time < end {
            calendar.schedule(WebcareEvent(.rosterChange, UInt32(nextChange)), at: time,
                              priority: WebcareEvent.Kind.rosterChange.rawValue)
        }
    }

    @inline(never)
    mutating func changeRoster(at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        let change = plan.rosterChanges[nextChange]
        if onDuty == 0 && change.officers > 0 && counting {
            openings += 1
            backlogAtOpenings += waiting
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

    /// What was measured so far (after `run()`: in the whole replication).
    public var statistics: ReplicationStatistics {
        let channels = plan.arrivals.count, kinds = plan.kindShares.count
        var result = ReplicationStatistics(channels: channels, kinds: kinds, keeping: waits)
        result.byHour = Array(UnsafeBufferPointer(start: byHour, count: Clock.hoursPerWeek))
        result.byChannel = Array(UnsafeBufferPointer(start: byChannel, count: channels))
        // The overall whole-number counts are the channels' added up (every counted message
        // has one channel; the sums of waits are kept in event order in `total`).
        result.total = total.pointee
        result.total.arrivals = result.byChannel.reduce(0) { $0 + $1.arrivals }
        result.total.answered = result.byChannel.reduce(0) { $0 + $1.answered }
        result.total.answeredAtOnce = result.byChannel.reduce(0) { $0 + $1.answeredAtOnce }
        result.total.abandoned = result.byChannel.reduce(0) { $0 + $1.abandoned }
        result.total.withinTarget = result.byChannel.reduce(0) { $0 + $1.withinTarget }
        result.byKind = Array(UnsafeBufferPointer(start: byKind, count: kinds))
        result.time = Array(UnsafeBufferPointer(start: integrals, count: Clock.hoursPerWeek))
        result.queueMax = queueMax
        result.waitingAtEnd = waitingAtEnd
        result.censoredWaitSum = censoredWaitSum
        result.openings = openings
        result.backlogAtOpenings = backlogAtOpenings
        result.events = events
        return result
    }
}

/// Raw memory of one replication, freed (and deinitialised) with it; also keeps the objects
/// whose unretained references the replication holds alive.
final class RawMemory {
    private let kept: [AnyObject]
    private var releases: [() -> Void] = []

    init(keeping objects: [AnyObject]) { kept = objects }

    /// A copy of `values` in raw memory that lives as long as this object.
    func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let count = values.count
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
        _ = UnsafeMutableBufferPointer(start: pointer, count: count).initialize(from: values)
        releases.append {
            pointer.deinitialize(count: count)
            pointer.deallocate()
        }
        return pointer
    }

    deinit { for release in releases { release() } }
}

extension Replication {
    /// Memory per message in flight, in bytes: its slot in the message table, its entry in the
    /// table's free list (reserved with the slot), its entry in a priority queue and, for kinds
    /// with patience, its abandonment timer in the event calendar. Tables grow by doubling, so
    /// up to twice this is reserved at the high-water mark.
    public static var bytesPerMessageInFlight: (slot: Int, freeList: Int, queue: Int, timer: Int) {
        (MemoryLayout<MessageStore.Message>.stride, MemoryLayout<UInt32>.stride, MemoryLayout<UInt32>.stride,
         MemoryLayout<Event<WebcareEvent>>.stride)
    }
}
