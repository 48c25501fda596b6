/// What the fit keeps of the messages, taken once by conversation: counts of first messages per
/// channel and hour of the week and per included day, and per kind the first messages, bounded
/// samples of handling times and waits, and the follow-ups' trials, delays and handling. Nothing
/// here grows with the number of messages.
struct FitTally {
    /// A kind's follow-ups: answered messages, delays to the next message, follow-ups' handling.
    struct FollowUps {
        var answered = 0
        var delays: DurationSample
        var handling: DurationSample
        var early = 0
    }

    let clock: ZoneClock
    let settings: DemandFit.Settings
    let excluded: Set<CivilDate>
    let dayIndex: [DayKey: Int]
    /// Per group, where waits still open at the end are censored; nil: no patience fitted.
    let groupEnd: [Double]?
    var counts: [[Double]]
    var totals: [Double]
    var onExcluded = 0
    var firsts: [Int]
    var handling: [DurationSample]
    var waits: [WaitSample]
    var followUps: [FollowUps]

    init(channels: Int, kinds: Int, exposure: Exposure, clock: ZoneClock, settings: DemandFit.Settings, groupEnd: [Double]?) {
        self.clock = clock
        self.settings = settings
        self.groupEnd = groupEnd
        excluded = Set(exposure.excluded.map(\.date))
        var dayIndex: [DayKey: Int] = [:]
        for (i, day) in exposure.days.enumerated() { dayIndex[DayKey(group: day.group, day: day.date.daysSince1970)] = i }
        self.dayIndex = dayIndex
        counts = [[Double]](repeating: [Double](repeating: 0, count: 168), count: channels)
        totals = [Double](repeating: 0, count: exposure.days.count)
        firsts = [Int](repeating: 0, count: kinds)
        let seeds = (0..<kinds).map { settings.seed &+ UInt32(10 * $0) &+ DurationFit.reservoirSeed }
        handling = seeds.map { DurationSample(seed: $0 &+ 1) }
        waits = seeds.map { WaitSample(seed: $0 &+ 4) }
        followUps = seeds.map { FollowUps(delays: DurationSample(seed: $0 &+ 2), handling: DurationSample(seed: $0 &+ 3)) }
    }

    /// A message of a conversation, with its place in it.
    mutating func add(_ step: ConversationWalk.Step) {
        let r = step.record, k = Int(step.threadKind)
        if step.isFirst {
            addFirst(r)
        } else if let minutes = DemandFit.handlingMinutes(r, endsAtClose: settings.handlingEndsAtClose) {
            followUps[k].handling.add(minutes)
        }
        let answeredAt = r.finished
        guard !answeredAt.isNaN else { return }
        followUps[k].answered += 1
        guard let next = step.next else { return }
        let delay = (next.received - answeredAt) / 60
        if delay >= 0 { followUps[k].delays.add(delay) } else { followUps[k].early += 1 }
    }

    /// A first message: its kind's handling and wait, and its hour's and day's count unless its
    /// day is left out.
    mutating func addFirst(_ r: MessageRecord) {
        let k = Int(r.kind)
        firsts[k] += 1
        if let minutes = DemandFit.handlingMinutes(r, endsAtClose: settings.handlingEndsAtClose) { handling[k].add(minutes) }
        if let groupEnd {
            let wait = DemandFit.wait(r, end: groupEnd[Int(r.group)])
            waits[k].add(minutes: wait.minutes, gaveUp: wait.gaveUp)
        }
        let local = clock.local(r.received)
        let dayNumber = Int((local / 86_400).rounded(.down))
        let date = CivilDate(daysSince1970: dayNumber)
        guard !excluded.contains(date), settings.from.map({ date >= $0 }) ?? true, settings.to.map({ date <= $0 }) ?? true else {
            onExcluded += 1
            return
        }
        let hour = Int(((local - Double(dayNumber) * 86_400) / 3_600).rounded(.down))
        counts[Int(r.channel)][date.weekday * 24 + hour] += 1
        if let d = dayIndex[DayKey(group: Int(r.group), day: dayNumber)] { totals[d] += 1 }
    }
}
