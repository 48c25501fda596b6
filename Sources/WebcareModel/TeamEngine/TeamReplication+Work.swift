import SimKernel
import Stochastics

/// Conversations in hand: starting one, the officer's speed with several in hand, completions
/// with their follow-ups, and hand-overs.
extension TeamReplication {
    /// `officer` starts on the message in `slot` (its first response, unless it was handed over),
    /// and the officer's next completion is scheduled unless `scheduling` is false (then the
    /// caller schedules it once it has started all it will start).
    mutating func start(_ slot: UInt32, officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>,
                        scheduling: Bool = true) {
        let message = table.pointer(slot)
        if !message.pointee.started {
            message.pointee.started = true
            if message.pointee.counted { recordAnswer(message, wait: time - message.pointee.arrival) }
            if let trace { trace._withUnsafeGuaranteedRef { $0.start(slot: slot, at: time) } }
        }
        message.pointee.waiting = false
        message.pointee.officer = Int32(officer)
        message.pointee.preferred = Int32(officer)
        let n = officers[officer].inHand
        inHandSlots[officer * capacity + n] = slot
        update(officer) { $0.inHand += 1 }
        slotsInHand += 1
        let speed = retime(officer, at: time)
        message.pointee.finish = speed == 1 ? time + message.pointee.work : time + message.pointee.work / speed
        if scheduling { scheduleCompletion(officer, calendar: &calendar) }
    }

    /// An officer of interchangeable ones takes up `work` minutes of handling now.
    @inline(__always)
    mutating func takeUp(work: Double, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        busyOfficers &+= 1
        calendar.schedule(TeamEvent(.completion), at: time + work, priority: TeamEvent.Kind.completion.rawValue)
    }

    /// An officer of interchangeable ones finishes a message and starts the first waiting one
    /// of the highest priority level, if any (as `complete` and `feed` do for a named officer).
    /// The officer then stays busy: the count of busy officers does not move.
    mutating func completeInPool(at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        stats.events &+= 1
        guard waiting > 0 else {
            busyOfficers &-= 1
            return
        }
        let message = queuesByValue ? takeFirstByValue() : takeFirstFromTable()
        waiting -= 1
        if isUrgent[Int(message.kind)] { urgentWaiting -= 1 }
        if message.counted {
            recordAnswer(wait: time - message.arrival, hour: Int(message.hour), channel: Int(message.channel),
                         kind: Int(message.kind), site: Int(message.homeSite), thread: 0, offDuty: message.offDuty)
        }
        calendar.schedule(TeamEvent(.completion), at: time + message.work, priority: TeamEvent.Kind.completion.rawValue)
    }

    /// The first message of the highest level's queue kept by value (some message waits).
    @inline(__always)
    func takeFirstByValue() -> WaitingMessage {
        for level in 0..<levelCount {
            if let message = poolQueues.takeFirst(of: level) { return message }
        }
        preconditionFailure("no message waits although \(waiting) are counted")
    }

    /// The first live message of the highest level's queue in the table (some message waits),
    /// started now: it leaves its queue and the table.
    mutating func takeFirstFromTable() -> WaitingMessage {
        for level in 0..<levelCount {
            guard let slot = head(of: level) else { continue }
            let message = table.pointer(slot)
            message.pointee.started = true
            message.pointee.waiting = false
            let taken = WaitingMessage(message.pointee)
            queues.dropHead(of: level, in: &table)
            return taken
        }
        preconditionFailure("no message waits although \(waiting) are counted")
    }

    /// Sets the officer's speed for the conversations now in hand, moving their finish times
    /// when it changed; returns the speed.
    mutating func retime(_ officer: Int, at time: Double) -> Double {
        let n = officers[officer].inHand
        guard n > 0 else {
            officers[officer].speed = 1
            return 1
        }
        let old = officers[officer].speed, speed = speeds[n - 1]
        if speed != old {
            for j in 0..<n {
                let slot = inHandSlots[officer * capacity + j]
                let remaining = (table[slot].finish - time) * old
                table[slot].finish = time + remaining / speed
            }
            officers[officer].speed = speed
        }
        return speed
    }

    /// Schedules the officer's earliest finish when it is not already the pending completion.
    mutating func scheduleCompletion(_ officer: Int, calendar: inout EventCalendar<TeamEvent>) {
        var earliest = Double.infinity
        for j in 0..<officers[officer].inHand {
            earliest = min(earliest, table[inHandSlots[officer * capacity + j]].finish)
        }
        guard earliest != officers[officer].nextCompletion else { return }
        officers[officer].nextCompletion = earliest
        officers[officer].completionVersion &+= 1
        // The officer's own lane: a pending completion is replaced, not left stale in the heap.
        let lane = firstCompletionLane &+ officer
        if earliest < .infinity {
            calendar.schedule(TeamEvent(.completion, UInt32(officer), version: officers[officer].completionVersion),
                              at: earliest, priority: TeamEvent.Kind.completion.rawValue, lane: lane)
        } else {
            calendar.cancel(lane: lane)
        }
    }

    mutating func complete(officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let n = officers[officer].inHand
        var done = 0
        while done < n - 1 && table[inHandSlots[officer * capacity + done]].finish != time { done += 1 }
        let slot = inHandSlots[officer * capacity + done]
        inHandSlots[officer * capacity + done] = inHandSlots[officer * capacity + n - 1]
        stats.events &+= 1
        update(officer) { $0.inHand -= 1 }
        slotsInHand -= 1
        officers[officer].nextCompletion = .infinity
        _ = retime(officer, at: time)
        if let trace, table[slot].counted { traceLeave(trace, slot: slot, finished: time, abandoned: .nan) }
        table[slot].officer = -1
        scheduleFollowUp(after: slot, officer: officer, at: time, calendar: &calendar)
        table.release(slot)
        becomeFree(officer, at: time, calendar: &calendar)
        // Once, after the officer took what it takes next: the officer's lane, spent by this
        // completion, is then rewritten once (or emptied by the run loop when nothing is left).
        scheduleCompletion(officer, calendar: &calendar)
    }

    /// With the kind's follow-up probability the citizen will answer the reply: whether, after
    /// how long, and the follow-up's handling and patience are drawn when the message arrives
    /// (first messages from the channel's conversation stream, in arrival order, so two rosters
    /// see the same threads; follow-ups from its thread stream).
    @inline(__always)
    func drawFollowUp(of message: inout TeamMessage, from unmanaged: Unmanaged<RandomStream>) {
        let kind = Int(message.kind)
        guard hasFollowUp[kind] else { return }
        let delay = followUpDelaySampler + kind, work = followUpWorkSampler + kind
        let probability = followUpChance[kind], abandons = abandons[kind], patience = patienceSampler + kind
        // The closure captures no `self` (capturing it here copied the whole replication).
        withStream(unmanaged) { stream in
            guard stream.uniform() < probability else { return }
            message.followUpDelay = delay.pointee.sample(stream)
            message.followUpWork = work.pointee.sample(stream)
            message.followUpPatience = abandons ? patience.pointee.sample(stream) : .infinity
        }
    }

    /// The follow-up of the message just answered by `officer`, arriving after its delay.
    mutating func scheduleFollowUp(after slot: UInt32, officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let message = table[slot]
        let arrival = time + message.followUpDelay
        guard arrival < end else { return }
        var next = message
        next.arrival = arrival
        next.work = message.followUpWork
        next.handling = message.followUpWork
        next.patience = message.followUpPatience
        next.followUpDelay = .infinity
        next.isFollowUp = true
        next.started = false
        next.waiting = false
        next.timers = 0
        next.officer = -1
        next.preferred = Int32(officer)
        next.isPending = true
        let followSlot = table.store(next)
        if let trace { trace._withUnsafeGuaranteedRef { $0.link(followSlot, to: slot) } }
        calendar.schedule(TeamEvent(.followUp, followSlot), at: arrival, priority: TeamEvent.Kind.followUp.rawValue)
    }

    /// The officer's conversations go back to the head of their queues, keeping the work done or
    /// not; they were answered already, so they count again neither as arrivals nor as answers.
    mutating func handOver(officer: Int, keepWork: Bool, at time: Double) {
        let n = officers[officer].inHand
        let speed = officers[officer].speed
        for j in (0..<n).reversed() {
            let slot = inHandSlots[officer * capacity + j]
            let message = table[slot]
            table[slot].work = keepWork ? max(0, (message.finish - time) * speed) : message.handling
            table[slot].officer = -1
            if message.counted { stats.team.handedOver += 1 }
            enqueue(slot, atFront: true)
        }
        update(officer) { $0.inHand = 0 }
        slotsInHand -= n
        officers[officer].speed = 1
        officers[officer].nextCompletion = .infinity
        officers[officer].completionVersion &+= 1
    }

    /// Gives every officer who can take work the best message they may take.
    mutating func feedAll(at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        for officer in 0..<officerCount where officers[officer].accepts(capacity: capacity) {
            feed(officer, at: time, calendar: &calendar)
        }
    }

    /// While `officer` can take more, starts the best waiting message it may take: the highest
    /// priority level, then the longest waiting, the officer's own site first on a tie.
    mutating func feed(_ officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        var started = false
        while officers[officer].accepts(capacity: capacity), let slot = bestWaiting(for: officer, at: time) {
            if !table[slot].started {
                waiting -= 1
                if isUrgent[Int(table[slot].kind)] { urgentWaiting -= 1 }
            }
            start(slot, officer: officer, at: time, calendar: &calendar, scheduling: false)
            started = true
        }
        if started { scheduleCompletion(officer, calendar: &calendar) }
    }

    mutating func bestWaiting(for officer: Int, at time: Double) -> UInt32? {
        if queueSites == 1 {
            for level in 0..<levelCount {
                if let slot = head(of: level) { return slot }
            }
            return nil
        }
        let ownSite = officerSite[officer]
        for level in 0..<levelCount {
            var best: UInt32?
            var bestArrival = Double.infinity
            for offset in 0..<queueSites {
                let site = (ownSite + offset) % queueSites
                let direct = mayTake(officer: officer, site: site, crossing: false)
                guard direct || overflowAfter != nil, let slot = head(of: site * levelCount + level) else { continue }
                let arrival = table[slot].arrival
                if !direct, let after = overflowAfter, time - arrival < after { continue }
                if arrival < bestArrival {
                    best = slot
                    bestArrival = arrival
                }
            }
            if let best { return best }
        }
        return nil
    }
}
