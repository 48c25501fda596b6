import SimKernel
import Stochastics

/// One replication of a webcare team with officers who have an identity: each belongs to a
/// shift and a site, may have several conversations in hand (concurrency, with the scenario's
/// throughput table), takes breaks, monitors, is called out to the street, and at the end of a
/// shift finishes or hands over the work in hand. Messages wait in priority queues per site
/// (urgent kinds first), may overflow to other sites, abandon, and bring follow-ups; busy days
/// scale the arrival rates; an on-call officer covers the night when called. With none of this,
/// it is an M/G/c queue with priorities and patience. Every scenario runs on it, specialised at
/// compile time for how it keeps its officers (`OfficerPool`). Times in minutes.
public struct TeamReplication<Pool: OfficerPool>: EventHandler {
    public typealias Payload = TeamEvent

    let plan: SimulationPlan
    let team: TeamPlan
    let waits: WaitHistograms
    let kindSampler: DiscreteSampler
    let regionSampler: DiscreteSampler?
    let breakMinutes: [[Int]]
    let monitoring: Monitoring?
    let callOuts: CallOuts?
    let callOutDuration: Sampler?
    let shiftEnd: ShiftEndRule
    let onCall: OnCall?
    let onCallDelay: Sampler?
    let capacity: Int
    let warmupEnd: Double
    let end: Double
    let target: Double
    let urgentThreshold: Double
    /// Owns the fixed tables below and keeps the random streams alive; not used per event.
    let memory: RawMemory
    let isUrgent: UnsafeMutablePointer<Bool>
    let kindLevel: UnsafeMutablePointer<UInt8>
    let speeds: UnsafeMutablePointer<Double>
    /// Site of each officer.
    let officerSite: UnsafeMutablePointer<Int>
    let officerCount: Int
    /// The calendar lane of officer 0's next completion (the channels' arrival lanes come first).
    let firstCompletionLane: Int
    let queueSites: Int
    let levelCount: Int
    let overflowAfter: Double?
    /// The on-call officer, or -1.
    let onCallIndex: Int
    /// Samplers by kind in raw memory (a placeholder where `abandons` / `hasFollowUp` is false).
    let handlingSampler: UnsafeMutablePointer<Sampler>
    /// The kind's mean handling time where it is exponential, else 0 (then `handlingSampler`
    /// draws): the sampler's own GSL call, without its dispatch on the distribution's form.
    let handlingExponentialMean: UnsafeMutablePointer<Double>
    let patienceSampler: UnsafeMutablePointer<Sampler>
    let abandons: UnsafeMutablePointer<Bool>
    let followUpDelaySampler: UnsafeMutablePointer<Sampler>
    let followUpWorkSampler: UnsafeMutablePointer<Sampler>
    let hasFollowUp: UnsafeMutablePointer<Bool>
    let followUpChance: UnsafeMutablePointer<Double>
    /// All streams, unretained, as `StreamLayout` places them.
    let streams: UnsafeMutablePointer<Unmanaged<RandomStream>>
    let channelCount: Int
    /// Messages per minute by channel and hour of the week, `[channel * 168 + hour]`.
    let ratePointer: UnsafeMutablePointer<Double>
    /// Busy-day factor of each day of the run; none when busy days are off (`hasBusyDays`).
    let dayFactorPointer: UnsafeMutablePointer<Double>
    let hasBusyDays: Bool
    let fineBins: BinLookup
    let hourBins: BinLookup
    /// Wait recorders by hour, channel, kind, site and thread position.
    let waitByHour: UnsafeMutablePointer<WaitHistogram.Recorder>
    let waitByChannel: UnsafeMutablePointer<WaitHistogram.Recorder>
    let waitByKind: UnsafeMutablePointer<WaitHistogram.Recorder>
    let waitBySite: UnsafeMutablePointer<WaitHistogram.Recorder>
    let waitByThread: UnsafeMutablePointer<WaitHistogram.Recorder>

    let officers: UnsafeMutablePointer<Officer>
    /// The officers who accept a conversation now (kept by `update`).
    let accepting: OfficerMask
    /// Conversations in hand: slots `[officer * capacity + j]` for j < inHand.
    let inHandSlots: UnsafeMutablePointer<UInt32>
    /// The messages in flight (no pointer into it is held across a `store`: see `MessageTable`).
    var table = MessageTable()
    /// The waiting messages, queue `site * levelCount + level`.
    let queues: MessageQueues
    /// Interchangeable officers of whom no message abandons keep their waiting messages by
    /// value, one queue per level (`PoolQueues`), not in `table` and `queues`; other teams have
    /// no such queue.
    let poolQueues: PoolQueues
    var queuesByValue: Bool { poolQueues.count > 0 }

    /// Messages waiting for their first response.
    var waiting = 0
    var urgentWaiting = 0
    var onShiftCount = 0
    /// When the last officer went off shift (openings are counted after a gap only).
    var noOneOnShiftSince = -Double.infinity
    var busyOfficers = 0
    var slotsInHand = 0
    /// Officers by time-account state (`Officer.State` raw values 0..<7; the eighth stays 0),
    /// as eight doubles that `advance` reads as one vector; and their sum (the paid officers).
    /// Interchangeable officers keep only `busyOfficers`: their levels stay all idle (the officers
    /// on shift, which `accumulateInPool` reads as a double).
    let stateLevels: UnsafeMutablePointer<Double>
    var paidCount = 0
    var onCallWindowOpen = false
    var nextChange = 0
    var changeWeekOffset = 0.0
    /// The hour of the run that begins next, when (minutes), and the current hour of the week.
    var nextHour = 1
    var nextHourStart = Clock.hour
    var hourBucket = 0
    /// The time integrals of that hour of the week (`integrals + hourBucket`).
    var hourIntegrals: UnsafeMutablePointer<ReplicationStatistics.TimeIntegrals>
    /// The warm-up is over (as of the last hour boundary passed).
    var counting: Bool
    var lastTime = 0.0
    /// The hour of the latest arrival, kept so that arrivals need no division.
    var arrivalClock = HourClock()

    var stats: ReplicationStatistics
    /// Time integrals by hour of the week, officer-minutes by state (eight, as `stateLevels`)
    /// and conversation-minutes.
    let integrals: UnsafeMutablePointer<ReplicationStatistics.TimeIntegrals>
    let officerMinutes: UnsafeMutablePointer<Double>
    var slotArea = 0.0
    /// Message counts, flat: all, then by hour of the week, channel, kind, site and thread
    /// position, starting at `countOffsets`.
    let counts: UnsafeMutablePointer<ReplicationStatistics.MessageCounts>
    var countTotal: Int { countOffsets.thread + 2 }
    let countOffsets: (channel: Int, kind: Int, site: Int, thread: Int)
    /// Which groupings interchangeable officers record as the run goes. A grouping of one group
    /// (one channel: the overall figures; one kind; one site; no follow-ups: every message a
    /// first one) holds exactly the figures of the grouping it repeats, so it is copied from
    /// those at the end (bit for bit what recording it would give). Named officers record every
    /// grouping (their teams seldom have a grouping of one, and the test would cost more).
    let singleChannel: Bool, singleKind: Bool, singleSite: Bool
    var recordsTotal: Bool { !Pool.interchangeable || !singleChannel }
    var recordsKinds: Bool { !Pool.interchangeable || !singleKind }
    var recordsSites: Bool { !Pool.interchangeable || !singleSite }
    /// Interchangeable officers have no follow-ups (`TeamPlan.hasInterchangeableOfficers`; `init`
    /// checks it), so for them the test needs no flag.
    var recordsThreads: Bool { !Pool.interchangeable }
    /// The trace being written (`run --trace`), unretained; nil when not tracing.
    var trace: Unmanaged<MessageTrace>?
    #if DEBUG
    /// Events handled since the invariants were last checked.
    var eventsSinceCheck = 0
    #endif

    /// Replication `index` of `plan`, its streams derived from `seed`; `waits` are the worker's
    /// histograms (reset here). Returns nil when GSL cannot allocate a generator.
    public init?(plan: SimulationPlan, index: Int, seed: StreamSeed, waits: WaitHistograms) {
        let scenario = plan.scenario, team = plan.team, channels = plan.arrivals.count
        // A message keeps its channel, kind, level and sites in a byte each (the loader's limits are lower).
        precondition(channels <= 256 && scenario.kinds.count <= 256 && scenario.team.sites.count <= 256, "too many channels, kinds or sites")
        guard let allStreams = StreamLayout.streams(seed, replication: index, channels: channels) else { return nil }
        guard let kindSampler = DiscreteSampler(weights: plan.kindShares) else { return nil }
        self.plan = plan
        self.team = team
        self.waits = waits
        self.kindSampler = kindSampler
        let settings = scenario.team
        regionSampler = settings.regions.isEmpty ? nil : DiscreteSampler(weights: team.regionShares)
        let followUpDelay = scenario.kinds.map { $0.followUp.map { Sampler($0.delay) } }
        let followUpHandling = scenario.kinds.map { kind in kind.followUp.map { Sampler($0.handling ?? kind.handling) } }
        breakMinutes = scenario.roster.shifts.map { $0.breaks.map(\.minutes) }
        monitoring = settings.monitoring
        callOuts = settings.callOuts
        callOutDuration = settings.callOuts.map { Sampler($0.duration) }
        shiftEnd = settings.shiftEnd
        onCall = settings.onCall
        onCallDelay = settings.onCall.map { Sampler($0.delay) }
        let dayFactor = Self.busyDayFactors(plan, stream: allStreams[StreamLayout.position(.busyDays, channels: channels)])
        capacity = settings.concurrency.conversations
        warmupEnd = plan.warmupEnd
        end = plan.end
        target = plan.target
        urgentThreshold = settings.urgentThresholdMinutes
        let fixed = RawMemory(keeping: allStreams)
        memory = fixed
        streams = fixed.copy(allStreams.map { Unmanaged.passUnretained($0) })
        channelCount = channels
        ratePointer = fixed.copy(plan.arrivals.flatMap(\.ratePerMinute))
        let placeholder = Sampler(.deterministic(value: 0))
        handlingSampler = fixed.copy(plan.handling)
        handlingExponentialMean = fixed.copy(scenario.kinds.map { Self.exponentialMean($0.handling) })
        patienceSampler = fixed.copy(plan.patience.map { $0 ?? placeholder })
        abandons = fixed.copy(plan.patience.map { $0 != nil })
        followUpDelaySampler = fixed.copy(followUpDelay.map { $0 ?? placeholder })
        followUpWorkSampler = fixed.copy(followUpHandling.map { $0 ?? placeholder })
        hasFollowUp = fixed.copy(zip(followUpDelay, followUpHandling).map { $0 != nil && $1 != nil })
        followUpChance = fixed.copy(scenario.kinds.map { $0.followUp?.probability ?? 0 })
        dayFactorPointer = fixed.copy(dayFactor)
        hasBusyDays = settings.busyDaysCV != nil
        isUrgent = fixed.copy(scenario.kinds.map(\.urgent))
        kindLevel = fixed.copy(team.kindLevel)
        speeds = fixed.copy(team.speeds)
        officerSite = fixed.copy(team.officers.map(\.site))
        officerCount = team.officers.count
        firstCompletionLane = channels
        accepting = OfficerMask(officers: team.officers.count, memory: fixed)
        queueSites = team.queueSites
        levelCount = team.levelCount
        overflowAfter = team.overflowAfter
        onCallIndex = team.onCallOfficer ?? -1
        officers = fixed.copy([Officer](repeating: Officer(), count: team.officers.count))
        inHandSlots = fixed.copy([UInt32](repeating: 0, count: team.officers.count * capacity))
        queues = MessageQueues(count: team.queueSites * team.levelCount)
        poolQueues = PoolQueues(levels: Pool.interchangeable && !plan.patience.contains { $0 != nil } ? team.levelCount : 0)
        integrals = fixed.copy([ReplicationStatistics.TimeIntegrals](repeating: .init(), count: Clock.hoursPerWeek))
        hourIntegrals = integrals
        stateLevels = fixed.copy([Double](repeating: 0, count: 8))
        officerMinutes = fixed.copy([Double](repeating: 0, count: 8))
        counting = plan.warmupEnd <= 0
        stats = ReplicationStatistics(channels: channels, kinds: scenario.kinds.count, sites: settings.sites.count, keeping: waits)
        let layout = Self.countLayout(channels: channels, kinds: scenario.kinds.count, sites: settings.sites.count)
        countOffsets = layout.offsets
        singleChannel = channels == 1
        singleKind = scenario.kinds.count == 1
        singleSite = settings.sites.count == 1
        precondition(!Pool.interchangeable || !scenario.kinds.contains { $0.followUp != nil }, "interchangeable officers with follow-ups")
        counts = fixed.copy([ReplicationStatistics.MessageCounts](repeating: .init(), count: layout.total))
        waits.reset()
        fineBins = waits.fineBins.lookup
        hourBins = waits.hourBins.lookup
        waitByHour = fixed.copy(waits.byHour.map(\.recorder))
        waitByChannel = fixed.copy(waits.byChannel.map(\.recorder))
        waitByKind = fixed.copy(waits.byKind.map(\.recorder))
        waitBySite = fixed.copy(waits.bySite.map(\.recorder))
        waitByThread = fixed.copy(waits.byThread.map(\.recorder))
    }

    /// The busy-day factor of each day of the run and a few more (gamma, mean 1, drawn from the
    /// busy-days stream); none when busy days are off (the rates are then read as they are).
    static func busyDayFactors(_ plan: SimulationPlan, stream: RandomStream) -> [Double] {
        guard let cv = plan.scenario.team.busyDaysCV else { return [] }
        let days = Int(plan.end / Clock.day) + 9, shape = 1 / (cv * cv), scale = cv * cv
        return (0..<days).map { _ in stream.gamma(shape: shape, scale: scale) }
    }

    /// Where each grouping starts in the flat counts (all, then 168 hours of the week, channels,
    /// kinds, sites, and the two thread positions), and their number.
    static func countLayout(channels: Int, kinds: Int, sites: Int) -> (offsets: (channel: Int, kind: Int, site: Int, thread: Int), total: Int) {
        let channel = 1 + Clock.hoursPerWeek, kind = channel + channels, site = kind + kinds, thread = site + sites
        return ((channel, kind, site, thread), thread + 2)
    }

    /// The mean of an exponential distribution, else 0.
    static func exponentialMean(_ distribution: Distribution) -> Double {
        if case .exponential(let mean) = distribution, mean > 0 { return mean }
        return 0
    }

    /// Runs the replication to its end and returns what was measured.
    public mutating func run() -> ReplicationStatistics {
        // Each channel's next arrival and each named officer's next completion wait in their own
        // lane of the calendar, not in the heap (interchangeable officers' completions are in it);
        // the channels' lanes are a group of their own, so an arrival pays for a few lanes only.
        var calendar = EventCalendar<TeamEvent>(capacity: 256, lanes: firstCompletionLane + (Pool.interchangeable ? 0 : officerCount),
                                                firstGroup: firstCompletionLane)
        setUpWeek(&calendar)
        for channel in 0..<plan.arrivals.count where !plan.arrivals[channel].isSilent {
            let first = nextArrival(channel: channel, after: 0, hour: 0, hourOfWeek: 0)
            if first < end {
                calendar.schedule(TeamEvent(.arrival, UInt32(channel)), at: first, priority: TeamEvent.Kind.arrival.rawValue, lane: channel)
            }
        }
        addStartingBacklog(&calendar)
        _ = RunLoop.run(&self, calendar: &calendar, until: end)
        checkInvariants()
        finish(at: end)
        traceLeftOver()
        completeWaitHistograms()
        return stats
    }

    public mutating func handle(_ event: TeamEvent, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        if Pool.interchangeable {
            // The heap holds their completions and abandonments only (arrivals come from the
            // channels' lanes, through `handle(lane:)`).
            advance(to: time)
            if event.kind == .completion { completeInPool(at: time, calendar: &calendar) } else { abandon(slot: event.index, at: time) }
            return countForInvariants()
        }
        let index = Int(event.index)
        guard !isStale(event, officer: index) else { return }
        advance(to: time)
        switch event.kind {
        case .change: applyChange(at: time, calendar: &calendar)
        case .awayEnd: endAway(officer: index, at: time, calendar: &calendar)
        case .onCallStart: startOnCall(at: time, calendar: &calendar)
        case .completion: complete(officer: index, at: time, calendar: &calendar)
        case .abandonment: abandon(slot: event.index, at: time)
        case .overflow: overflow(slot: event.index, at: time, calendar: &calendar)
        case .arrival: arrive(channel: index, at: time, calendar: &calendar)
        case .followUp: followUpArrives(slot: event.index, at: time, calendar: &calendar)
        case .breakStart: startBreak(officer: index, version: event.version, at: time, calendar: &calendar)
        case .monitoringStart: startMonitoring(officer: index, at: time, calendar: &calendar)
        case .callOut: callOut(officer: index, at: time, calendar: &calendar)
        }
        countForInvariants()
    }

    /// An event from a lane: interchangeable officers' lanes carry only the channels' arrivals
    /// (lane = channel), so it needs no dispatch; named officers' events go through `handle`.
    public mutating func handle(lane: Int, _ event: TeamEvent, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        guard Pool.interchangeable else { return handle(event, at: time, calendar: &calendar) }
        advance(to: time)
        arrive(channel: lane, at: time, calendar: &calendar)
        countForInvariants()
    }

    /// Checks the invariants every 4096 events in debug builds; nothing in release builds.
    @inline(__always)
    mutating func countForInvariants() {
        #if DEBUG
        eventsSinceCheck &+= 1
        if eventsSinceCheck == 4_096 {
            eventsSinceCheck = 0
            checkInvariants()
        }
        #endif
    }

    /// An officer's timer superseded since it was scheduled (cancellation is lazy): skipped
    /// before the clock moves, so it splits no time integral.
    @inline(__always)
    func isStale(_ event: TeamEvent, officer: Int) -> Bool {
        switch event.kind {
        case .completion: officers[officer].completionVersion != event.version
        case .awayEnd: officers[officer].awayVersion != event.version || !officers[officer].onShift
        case .monitoringStart: officers[officer].monitoringVersion != event.version || !officers[officer].onShift
        case .callOut: officers[officer].callOutVersion != event.version || !officers[officer].onShift
        case .breakStart: event.version >> 8 != officers[officer].shiftSpell & 0xFF_FFFF || !officers[officer].onShift
        case .change, .onCallStart, .abandonment, .overflow, .arrival, .followUp: false
        }
    }

    /// The stream of `purpose` for `channel`.
    @inline(__always)
    func stream(_ purpose: StreamLayout.ChannelPurpose, _ channel: Int) -> Unmanaged<RandomStream> {
        streams[StreamLayout.position(purpose, channel: channel)]
    }

    /// The team's stream of `purpose`.
    @inline(__always)
    func stream(_ purpose: StreamLayout.TeamPurpose) -> Unmanaged<RandomStream> {
        streams[StreamLayout.position(purpose, channels: channelCount)]
    }

    /// The first arrival on `channel` (which has messages) after `time`, in hour `hour` of the run
    /// and `hourOfWeek` of the week.
    @inline(__always)
    func nextArrival(channel: Int, after time: Double, hour: Int, hourOfWeek: Int) -> Double {
        let rates = ratePointer + channel &* Clock.hoursPerWeek
        guard hasBusyDays else {
            return withStream(stream(.arrivals, channel)) {
                ArrivalProcess.next(after: time, hour: hour, hourOfWeek: hourOfWeek, ratePerMinute: rates, stream: $0)
            }
        }
        let factors = dayFactorPointer
        return withStream(stream(.arrivals, channel)) {
            ArrivalProcess.next(after: time, hour: hour, ratePerMinute: rates, dayFactor: factors, stream: $0)
        }
    }
}
