import SimKernel
import Stochastics

extension Replication {
    mutating func arrive(channel: Int, at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        statistics.events += 1
        let kind = kindSampler.sample(kindStreams[channel])
        let handling = plan.handling[kind].sample(handlingStreams[channel])
        let patience = plan.patience[kind]?.sample(patienceStreams[channel])
        let counted = time >= plan.warmupEnd
        if counted {
            let hour = Int(time / Clock.hour) % Clock.hoursPerWeek
            statistics.total.arrivals += 1
            statistics.byHour[hour].arrivals += 1
            statistics.byChannel[channel].arrivals += 1
            statistics.byKind[kind].arrivals += 1
        }
        if busy < onDuty {
            busy += 1
            if counted { recordAnswer(wait: 0, arrival: time, channel: channel, kind: kind) }
            calendar.schedule(WebcareEvent(.completion), at: time + handling, priority: WebcareEvent.Kind.completion.rawValue)
        } else {
            let level = plan.kindLevel[kind]
            let slot = store.insert(.init(
                arrival: time, handling: handling, channel: UInt8(channel), kind: UInt8(kind), level: level,
                counted: counted, inQueue: true, waiting: true, timerPending: patience != nil))
            queues[Int(level)].append(slot)
            waiting += 1
            if counted && waiting > statistics.queueMax { statistics.queueMax = waiting }
            if let patience {
                calendar.schedule(WebcareEvent(.abandonment, slot), at: time + patience,
                                  priority: WebcareEvent.Kind.abandonment.rawValue)
            }
        }
        if let next = plan.arrivals[channel].next(after: time, stream: arrivalStreams[channel]), next < plan.end {
            calendar.schedule(WebcareEvent(.arrival, UInt32(channel)), at: next, priority: WebcareEvent.Kind.arrival.rawValue)
        }
    }

    mutating func complete(at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        statistics.events += 1
        busy -= 1
        if waiting > 0 && busy < onDuty { startNext(at: time, calendar: &calendar) }
    }

    mutating func abandon(slot: UInt32, at time: Double) {
        store[slot].timerPending = false
        let message = store[slot]
        if message.waiting {
            statistics.events += 1
            store[slot].waiting = false
            waiting -= 1
            if message.counted {
                let wait = time - message.arrival
                let hour = Int(message.arrival / Clock.hour) % Clock.hoursPerWeek
                statistics.total.abandoned += 1
                statistics.total.abandonedWaitSum += wait
                statistics.byHour[hour].abandoned += 1
                statistics.byHour[hour].abandonedWaitSum += wait
                statistics.byChannel[Int(message.channel)].abandoned += 1
                statistics.byChannel[Int(message.channel)].abandonedWaitSum += wait
                statistics.byKind[Int(message.kind)].abandoned += 1
                statistics.byKind[Int(message.kind)].abandonedWaitSum += wait
            }
        }
        store.release(slot)
    }

    /// Starts the first waiting message of the highest priority; skips abandoned ones.
    mutating func startNext(at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        for level in queues.indices {
            while let slot = queues[level].popFirst() {
                store[slot].inQueue = false
                let message = store[slot]
                guard message.waiting else {
                    store.release(slot)
                    continue
                }
                store[slot].waiting = false
                store.release(slot)
                waiting -= 1
                busy += 1
                if message.counted {
                    recordAnswer(wait: time - message.arrival, arrival: message.arrival,
                                 channel: Int(message.channel), kind: Int(message.kind))
                }
                calendar.schedule(WebcareEvent(.completion), at: time + message.handling,
                                  priority: WebcareEvent.Kind.completion.rawValue)
                return
            }
        }
    }

    mutating func recordAnswer(wait: Double, arrival: Double, channel: Int, kind: Int) {
        let hour = Int(arrival / Clock.hour) % Clock.hoursPerWeek
        let atOnce = wait == 0 ? 1 : 0
        let inTime = wait <= plan.target ? 1 : 0
        statistics.total.answer(wait: wait, atOnce: atOnce, inTime: inTime)
        statistics.byHour[hour].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        statistics.byChannel[channel].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        statistics.byKind[kind].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        let waits = statistics.waits
        waits.all.record(wait)
        waits.byHour[hour].record(wait)
        waits.byChannel[channel].record(wait)
        waits.byKind[kind].record(wait)
    }

    /// Closes the books at the end of the run: the counted messages still waiting.
    mutating func finish(at end: Double) {
        advance(to: end)
        for queue in queues {
            for slot in queue where store[slot].waiting && store[slot].counted {
                statistics.waitingAtEnd += 1
                statistics.censoredWaitSum += end - store[slot].arrival
            }
        }
    }
}

extension ReplicationStatistics.MessageCounts {
    mutating func answer(wait: Double, atOnce: Int, inTime: Int) {
        answered += 1
        answeredAtOnce += atOnce
        withinTarget += inTime
        waitSum += wait
    }
}
