import SimKernel
import Stochastics

/// Messages: arrivals, follow-ups and the starting backlog join the queues or go straight to a
/// free officer; waiting messages abandon or overflow to other sites.
extension TeamReplication {
    mutating func arrive(channel: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        stats.events &+= 1
        let hours = arrivalClock.hour(of: time)
        let next = nextArrival(channel: channel, after: time, hour: hours.absolute, hourOfWeek: hours.ofWeek)
        // An arrival comes from its channel's lane, whose next arrival it schedules (or, past the
        // end, leaves empty).
        if next < end { calendar.rescheduleSpentLane(at: next, priority: TeamEvent.Kind.arrival.rawValue) }
        let kind = singleKind ? 0 : withStream(stream(.kind, channel)) { kindSampler.sample($0) }
        let mean = handlingExponentialMean[kind], handlingStream = stream(.handling, channel)
        let work = mean > 0 ? withStream(handlingStream) { $0.exponential(mean: mean) }
            : withStream(handlingStream) { (handlingSampler + kind).pointee.sample($0) }
        // Officers who keep their queues by value have no kind that abandons.
        let patience = (Pool.interchangeable && queuesByValue) || !abandons[kind] ? .infinity
            : withStream(stream(.patience, channel)) { (patienceSampler + kind).pointee.sample($0) }
        let homeSite = regionSampler.map { sampler in team.regionSite[withStream(stream(.routing, channel)) { sampler.sample($0) }] } ?? 0
        let hour = hours.ofWeek, counted = time >= warmupEnd
        if Pool.interchangeable {
            guard busyOfficers < onShiftCount else {
                if queuesByValue {
                    let message = WaitingMessage(arrival: time, work: work, channel: UInt8(truncatingIfNeeded: channel),
                                                 kind: UInt8(truncatingIfNeeded: kind), hour: UInt8(truncatingIfNeeded: hour),
                                                 homeSite: UInt8(truncatingIfNeeded: homeSite), counted: counted, offDuty: onShiftCount == 0)
                    if counted { countArrival(message) }
                    return queueByValue(message, level: Int(kindLevel[kind]))
                }
                return waitInPool(TeamMessage(arrival: time, work: work, handling: work, channel: UInt8(truncatingIfNeeded: channel),
                                              kind: UInt8(truncatingIfNeeded: kind), level: kindLevel[kind],
                                              hour: UInt8(truncatingIfNeeded: hour), site: 0, homeSite: UInt8(truncatingIfNeeded: homeSite),
                                              counted: counted, isFollowUp: false, offDuty: onShiftCount == 0, waiting: true,
                                              timers: patience < .infinity ? 1 : 0, patience: patience),
                                  at: time, calendar: &calendar)
            }
            // A free officer takes it now: nothing is kept of it but its completion.
            if counted { countAnswerAtOnce(hour: hour, channel: channel, kind: kind, site: homeSite) }
            return takeUp(work: work, at: time, calendar: &calendar)
        }
        // Channels, kinds and sites are at most 256 (checked in `init`), hours of the week 168.
        var message = TeamMessage(arrival: time, work: work, handling: work, channel: UInt8(truncatingIfNeeded: channel),
                                  kind: UInt8(truncatingIfNeeded: kind), level: kindLevel[kind], hour: UInt8(truncatingIfNeeded: hour),
                                  site: UInt8(truncatingIfNeeded: queueSites == 1 ? 0 : homeSite),
                                  homeSite: UInt8(truncatingIfNeeded: homeSite), counted: counted, isFollowUp: false, patience: patience)
        drawFollowUp(of: &message, from: stream(.conversation, channel))
        admit(table.store(message), at: time, calendar: &calendar)
    }

    /// Counts a new message of interchangeable officers, as `admit` counts it.
    @inline(__always)
    mutating func countArrival(_ message: WaitingMessage) {
        let kind = Int(message.kind)
        count(hour: Int(message.hour), channel: Int(message.channel), kind: kind, site: Int(message.homeSite), thread: 0) { $0.arrivals &+= 1 }
        if isUrgent[kind] {
            stats.team.urgent += 1
            if message.offDuty { stats.team.urgentOffDuty += 1 }
        }
    }

    /// A counted message that finds every interchangeable officer busy joins the queue of
    /// `level` by value (`queuesByValue`), as `join` would put it in the table's queue.
    @inline(__always)
    mutating func queueByValue(_ message: WaitingMessage, level: Int) {
        countWaiting(kind: Int(message.kind), counted: message.counted)
        poolQueues.add(message, to: level)
    }

    /// One more message of `kind` waits: the waiting counts and the longest queue, as `join`
    /// keeps them.
    @inline(__always)
    mutating func countWaiting(kind: Int, counted: Bool) {
        waiting += 1
        if isUrgent[kind] { urgentWaiting += 1 }
        if counted && waiting > stats.queueMax { stats.queueMax = waiting }
    }

    /// A new message that finds every interchangeable officer busy joins its level's queue, as
    /// `admit` and `join` would put it there, without reading it back from the table: `message`
    /// comes marked waiting, with its abandonment timer counted and whether it came off duty.
    @inline(__always)
    mutating func waitInPool(_ message: TeamMessage, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        if message.counted { countArrival(WaitingMessage(message)) }
        countWaiting(kind: Int(message.kind), counted: message.counted)
        let slot = table.store(message)
        queues.add(table.enter(slot), to: Int(message.level), atFront: false)
        if message.timers > 0 {
            calendar.schedule(TeamEvent(.abandonment, slot), at: time + message.patience, priority: TeamEvent.Kind.abandonment.rawValue)
        }
    }

    /// A follow-up drawn when its thread's reply was finished arrives now.
    mutating func followUpArrives(slot: UInt32, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        stats.events &+= 1
        let message = table.pointer(slot)
        message.pointee.isPending = false
        drawFollowUp(of: &message.pointee, from: stream(.thread, Int(message.pointee.channel)))
        message.pointee.hour = UInt8(Int(time / Clock.hour) % Clock.hoursPerWeek)
        message.pointee.counted = time >= warmupEnd
        admit(slot, at: time, calendar: &calendar)
    }

    /// The messages waiting at the start, drawn from the backlog stream.
    mutating func addStartingBacklog(_ calendar: inout EventCalendar<TeamEvent>) {
        let backlog = stream(.backlog).takeUnretainedValue()
        for entry in plan.scenario.team.startingBacklog {
            for _ in 0..<entry.count {
                let work = handlingSampler[entry.kind].sample(backlog)
                let patience = abandons[entry.kind] ? patienceSampler[entry.kind].sample(backlog) : .infinity
                let homeSite = regionSampler.map { team.regionSite[$0.sample(backlog)] } ?? 0
                var message = TeamMessage(arrival: 0, work: work, handling: work, channel: UInt8(entry.channel),
                                          kind: UInt8(entry.kind), level: kindLevel[entry.kind], hour: 0,
                                          site: UInt8(queueSites == 1 ? 0 : homeSite), homeSite: UInt8(homeSite),
                                          counted: warmupEnd <= 0, isFollowUp: false, patience: patience)
                drawFollowUp(of: &message, from: stream(.backlog))
                admit(table.store(message), at: 0, calendar: &calendar)
            }
        }
    }

    /// Counts a new message and gives it to a free officer or puts it in its queue.
    mutating func admit(_ slot: UInt32, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let message = table.pointer(slot)
        if let trace { trace._withUnsafeGuaranteedRef { $0.admit(slot: slot, isFollowUp: message.pointee.isFollowUp) } }
        message.pointee.offDuty = onShiftCount == 0
        if message.pointee.counted {
            count(message) { $0.arrivals &+= 1 }
            if isUrgent[Int(message.pointee.kind)] {
                stats.team.urgent += 1
                if message.pointee.offDuty { stats.team.urgentOffDuty += 1 }
            }
        }
        if Pool.interchangeable {
            if busyOfficers < onShiftCount {  // the starting backlog (arrivals are taken in `arrive`)
                message.pointee.started = true
                if message.pointee.counted { recordAnswer(message, wait: time - message.pointee.arrival) }
                takeUp(work: message.pointee.work, at: time, calendar: &calendar)
                return table.release(slot)
            }
            if queuesByValue {
                let waiting = WaitingMessage(message.pointee), level = Int(message.pointee.level)
                table.release(slot)
                return queueByValue(waiting, level: level)
            }
        } else if let officer = freeOfficer(for: message) {
            start(slot, officer: officer, at: time, calendar: &calendar)
            return
        }
        join(slot, at: time, calendar: &calendar)
    }

    /// The message in `slot` joins its queue, with its patience and overflow timers, and may
    /// call the on-call officer.
    @inline(__always)
    mutating func join(_ slot: UInt32, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let message = table.pointer(slot)
        countWaiting(kind: Int(message.pointee.kind), counted: message.pointee.counted)
        enqueue(slot, atFront: false)
        if message.pointee.patience < .infinity {
            message.pointee.timers += 1
            calendar.schedule(TeamEvent(.abandonment, slot), at: time + message.pointee.patience, priority: TeamEvent.Kind.abandonment.rawValue)
        }
        guard !Pool.interchangeable else { return }
        if let after = overflowAfter {
            message.pointee.timers += 1
            calendar.schedule(TeamEvent(.overflow, slot), at: time + after, priority: TeamEvent.Kind.overflow.rawValue)
        }
        checkOnCall(at: time, calendar: &calendar)
    }

    /// The officer who takes `message` now: the thread's officer when free, else among the free
    /// officers who may take it the one with the fewest conversations in hand (the lowest index
    /// on a tie), preferring the message's own site; nil when no one may.
    @inline(__always)
    func freeOfficer(for message: UnsafeMutablePointer<TeamMessage>) -> Int? {
        let preferred = Int(message.pointee.preferred), site = Int(message.pointee.site)
        if preferred >= 0, officers[preferred].accepts(capacity: capacity),
           mayTake(officer: preferred, site: site, crossing: overflowAfter == 0) {
            return preferred
        }
        var best: Int?
        var bestRank = (Int.max, Int.max)
        let crossing = overflowAfter == 0
        accepting.forEach { officer in
            let own = mayTake(officer: officer, site: site, crossing: false)
            guard own || mayTake(officer: officer, site: site, crossing: crossing) else { return true }
            let rank = (own ? 0 : 1, officers[officer].inHand)
            if rank < bestRank {
                best = officer
                bestRank = rank
            }
            // No later officer can rank better than one of the own site with nothing in hand.
            return rank != (0, 0)
        }
        return best
    }

    /// Whether `officer` may take a message waiting in queue `site`: always when queues are
    /// pooled and for the on-call officer; otherwise the officer's own site, or any site when
    /// the message has overflowed (`crossing`).
    @inline(__always)
    func mayTake(officer: Int, site: Int, crossing: Bool) -> Bool {
        queueSites == 1 || officer == onCallIndex || crossing || officerSite[officer] == site
    }

    /// Adds a message to its queue, at the back (or the front, after a hand-over).
    @inline(__always)
    mutating func enqueue(_ slot: UInt32, atFront: Bool) {
        let message = table.pointer(slot)
        message.pointee.waiting = true
        let queue = Int(message.pointee.site) * levelCount + Int(message.pointee.level)
        queues.add(table.enter(slot), to: queue, atFront: atFront)
    }

    /// The live head of a queue (stale entries, of messages taken or abandoned, are dropped).
    @inline(__always)
    mutating func head(of queue: Int) -> UInt32? { queues.head(of: queue, in: &table) }

    /// The abandonment timer of a waiting message: it leaves if it is still waiting for its
    /// first response.
    mutating func abandon(slot: UInt32, at time: Double) {
        let message = table.pointer(slot)
        message.pointee.timers -= 1
        if message.pointee.waiting && !message.pointee.started {
            stats.events &+= 1
            message.pointee.waiting = false
            waiting -= 1
            if isUrgent[Int(message.pointee.kind)] { urgentWaiting -= 1 }
            if message.pointee.counted {
                recordAbandonment(message, wait: time - message.pointee.arrival)
                if let trace { traceLeave(trace, slot: slot, finished: .nan, abandoned: time) }
            }
        }
        table.release(slot)
    }

    /// A message that waited its site's overflow time may go to a free officer of any site.
    mutating func overflow(slot: UInt32, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let message = table.pointer(slot)
        message.pointee.timers -= 1
        if message.pointee.waiting && !message.pointee.started, let officer = anyFreeOfficer() {
            waiting -= 1
            if isUrgent[Int(message.pointee.kind)] { urgentWaiting -= 1 }
            start(slot, officer: officer, at: time, calendar: &calendar)
        }
        table.release(slot)
    }

    /// The free officer with the fewest conversations in hand (lowest index on a tie).
    @inline(__always)
    func anyFreeOfficer() -> Int? {
        var best: Int?
        var bestInHand = Int.max
        accepting.forEach { officer in
            if officers[officer].inHand < bestInHand {
                best = officer
                bestInHand = officers[officer].inHand
            }
            return bestInHand > 0
        }
        return best
    }
}
