import SimKernel
import Stochastics

extension Replication {
    /// The stream of `purpose` for `channel`, unretained (the replication keeps it alive).
    @inline(__always)
    func stream(_ purpose: StreamPurpose, _ channel: Int) -> Unmanaged<RandomStream> {
        streams[channel &* Self.purposes &+ Int(purpose.rawValue)]
    }

    /// The first arrival on a channel that has messages after `time`; `hour` is `Int(time / 60)`.
    @inline(__always)
    func nextArrival(channel: Int, after time: Double, hour: Int) -> Double {
        stream(.arrivals, channel)._withUnsafeGuaranteedRef { stream in
            ArrivalProcess.next(after: time, hour: hour, ratePerMinute: rates + channel &* Clock.hoursPerWeek, stream: stream)
        }
    }

    /// `Int(time / 60)` and that hour's hour of the week, from the bounds of the current hour
    /// (no division on the common path; the same values as the division).
    @inline(__always)
    mutating func hour(of time: Double) -> (absolute: Int, ofWeek: Int) {
        if time >= hourStart && time < hourEnd { return (currentHour, currentHourOfWeek) }
        return enterHour(of: time)
    }

    @inline(never)
    mutating func enterHour(of time: Double) -> (absolute: Int, ofWeek: Int) {
        let hour = Int(time / Clock.hour)
        currentHour = hour
        currentHourOfWeek = hour % Clock.hoursPerWeek
        hourStart = Self.firstTime(ofHour: hour)
        hourEnd = Self.firstTime(ofHour: hour + 1)
        return (currentHour, currentHourOfWeek)
    }

    /// The smallest time t ≥ 0 with t / 60 ≥ hour (the division is monotone, so every t from
    /// there up to the next hour's first time has Int(t / 60) == hour).
    static func firstTime(ofHour hour: Int) -> Double {
        let target = Double(hour)
        var t = target * Clock.hour
        while t > 0 && t.nextDown / Clock.hour >= target { t = t.nextDown }
        while t / Clock.hour < target { t = t.nextUp }
        return t
    }

    /// A handling time of `kind` from the channel's handling stream.
    @inline(__always)
    func drawHandling(kind: Int, channel: Int) -> Double {
        let mean = handlingExponentialMean[kind]
        return stream(.handling, channel)._withUnsafeGuaranteedRef { stream in
            mean > 0 ? stream.exponential(mean: mean) : handling[kind].sample(stream)
        }
    }

    /// A patience of `kind` (which abandons) from the channel's patience stream.
    @inline(__always)
    func drawPatience(kind: Int, channel: Int) -> Double {
        let mean = patienceExponentialMean[kind]
        return stream(.patience, channel)._withUnsafeGuaranteedRef { stream in
            mean > 0 ? stream.exponential(mean: mean) : patience[kind].sample(stream)
        }
    }

    @inline(__always)
    mutating func arrive(channel: Int, at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        events &+= 1
        let (absoluteHour, hour) = self.hour(of: time)
        // The next arrival is scheduled first, into the channel's lane of the calendar (this
        // arrival's lane, spent while it is handled: the new one takes its place), then the
        // completion or abandonment timer. Streams are per purpose and equal-time events of one
        // priority keep their scheduling order, so this order changes no result.
        if !silent[channel] {
            let next = nextArrival(channel: channel, after: time, hour: absoluteHour)
            if next < end {
                calendar.schedule(WebcareEvent(.arrival, UInt32(truncatingIfNeeded: channel)), at: next,
                                  priority: WebcareEvent.Kind.arrival.rawValue, lane: channel)
            }
        }
        let kind = singleKind ? 0 : stream(.kind, channel)._withUnsafeGuaranteedRef { kindSampler.sample($0) }
        let handling = drawHandling(kind: kind, channel: channel)
        let abandons = self.abandons[kind]
        let patience = abandons ? drawPatience(kind: kind, channel: channel) : 0
        let counted = time >= warmupEnd
        if counted {
            byHour[hour].arrivals &+= 1
            byChannel[channel].arrivals &+= 1
            byKind[kind].arrivals &+= 1
        }
        if busy < onDuty {
            busy &+= 1
            if counted {
                recordAnswerAtOnce(hour: hour, channel: channel, kind: kind)
                if let trace {
                    trace._withUnsafeGuaranteedRef {
                        $0.record(received: time, started: time, finished: time + handling, abandoned: .nan, channel: channel, kind: kind)
                    }
                }
            }
            calendar.schedule(WebcareEvent(.completion), at: time + handling, priority: WebcareEvent.Kind.completion.rawValue)
        } else {
            let level = kindLevel[kind]
            let slot = store.insert(.init(
                arrival: time, handling: handling, channel: UInt8(truncatingIfNeeded: channel),
                kind: UInt8(truncatingIfNeeded: kind), level: level, hour: UInt8(truncatingIfNeeded: hour),
                counted: counted, inQueue: true, waiting: true, timerPending: abandons))
            queues.append(slot, level: Int(level))
            waiting &+= 1
            if counted && waiting > queueMax { queueMax = waiting }
            if abandons {
                calendar.schedule(WebcareEvent(.abandonment, slot), at: time + patience,
                                  priority: WebcareEvent.Kind.abandonment.rawValue)
            }
        }
    }

    @inline(__always)
    mutating func complete(at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        events &+= 1
        busy &-= 1
        if waiting > 0 && busy < onDuty { startNext(at: time, calendar: &calendar) }
    }

    @inline(__always)
    mutating func abandon(slot: UInt32, at time: Double) {
        store[slot].timerPending = false
        let message = store[slot]
        if message.waiting {
            events &+= 1
            store[slot].waiting = false
            waiting &-= 1
            if message.counted {
                let wait = time - message.arrival
                let hour = Int(message.hour)
                let channel = Int(message.channel), kind = Int(message.kind)
                total.pointee.abandonedWaitSum += wait
                byHour[hour].abandoned &+= 1
                byHour[hour].abandonedWaitSum += wait
                byChannel[channel].abandoned &+= 1
                byChannel[channel].abandonedWaitSum += wait
                byKind[kind].abandoned &+= 1
                byKind[kind].abandonedWaitSum += wait
                if let trace {
                    trace._withUnsafeGuaranteedRef {
                        $0.record(received: message.arrival, started: .nan, finished: .nan, abandoned: time, channel: channel, kind: kind)
                    }
                }
            }
        }
        store.release(slot)
    }

    /// Starts the first waiting message of the highest priority; skips abandoned ones.
    @inline(__always)
    mutating func startNext(at time: Double, calendar: inout EventCalendar<WebcareEvent>) {
        for level in 0..<queues.levels {
            while let slot = queues.popFirst(level: level) {
                store[slot].inQueue = false
                let message = store[slot]
                guard message.waiting else {
                    store.release(slot)
                    continue
                }
                store[slot].waiting = false
                store.release(slot)
                waiting &-= 1
                busy &+= 1
                if message.counted {
                    recordAnswer(wait: time - message.arrival, hour: Int(message.hour),
                                 channel: Int(message.channel), kind: Int(message.kind))
                    if let trace {
                        trace._withUnsafeGuaranteedRef {
                            $0.record(received: message.arrival, started: time, finished: time + message.handling, abandoned: .nan,
                                      channel: Int(message.channel), kind: Int(message.kind))
                        }
                    }
                }
                calendar.schedule(WebcareEvent(.completion), at: time + message.handling,
                                  priority: WebcareEvent.Kind.completion.rawValue)
                return
            }
        }
    }

    /// Counts an answered message and records a positive wait in the hour, channel and kind
    /// histograms (the bin is looked up once per bin layout). Their totals and zeros are the
    /// answered and answered-at-once counts, set at the end; the overall histogram is the sum of
    /// the channel histograms (`completeWaitHistograms`). Of the overall counts only the sums
    /// are kept here; its whole-number counts are those of the channels added up (`statistics`).
    @inline(__always)
    mutating func recordAnswer(wait: Double, hour: Int, channel: Int, kind: Int) {
        let atOnce = wait == 0 ? 1 : 0
        let inTime = wait <= target ? 1 : 0
        total.pointee.waitSum += wait
        byHour[hour].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        byChannel[channel].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        byKind[kind].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        if wait > 0 {
            let fine = fineBins.index(of: wait)
            waitByHour[hour].recordPositive(wait, bin: hourBins.index(of: wait))
            waitByChannel[channel].recordPositive(wait, bin: fine)
            waitByKind[kind].recordPositive(wait, bin: fine)
        }
    }

    /// `recordAnswer(wait: 0, ...)` for a message answered on arrival: the same counts; the wait
    /// sums, which never hold −0, are unchanged by adding 0, and no histogram records a zero.
    @inline(__always)
    mutating func recordAnswerAtOnce(hour: Int, channel: Int, kind: Int) {
        let inTime = zeroWithinTarget
        byHour[hour].answerAtOnce(inTime: inTime)
        byChannel[channel].answerAtOnce(inTime: inTime)
        byKind[kind].answerAtOnce(inTime: inTime)
    }

    /// Sets the histograms' totals and zeros from the counts and adds the channel histograms
    /// into the overall one: the same bins, totals, zeros and maxima as recording every wait
    /// into each (counts are whole numbers, so the sums are exact).
    mutating func completeWaitHistograms() {
        for (hour, histogram) in waits.byHour.enumerated() {
            histogram.setCounts(total: byHour[hour].answered, zeros: byHour[hour].answeredAtOnce)
        }
        for (channel, histogram) in waits.byChannel.enumerated() {
            histogram.setCounts(total: byChannel[channel].answered, zeros: byChannel[channel].answeredAtOnce)
            waits.all.add(histogram)
        }
        for (kind, histogram) in waits.byKind.enumerated() {
            histogram.setCounts(total: byKind[kind].answered, zeros: byKind[kind].answeredAtOnce)
        }
    }

    /// Closes the books at the end of the run: the counted messages still waiting.
    mutating func finish(at end: Double) {
        advance(to: end)
        for level in 0..<queues.levels {
            for slot in queues.slots(level: level) where store[slot].waiting && store[slot].counted {
                waitingAtEnd += 1
                censoredWaitSum += end - store[slot].arrival
                trace?.takeUnretainedValue().record(received: store[slot].arrival, started: .nan, finished: .nan, abandoned: .nan,
                                                    channel: Int(store[slot].channel), kind: Int(store[slot].kind))
            }
        }
    }
}

extension ReplicationStatistics.MessageCounts {
    @inline(__always)
    mutating func answer(wait: Double, atOnce: Int, inTime: Int) {
        answered &+= 1
        answeredAtOnce &+= atOnce
        withinTarget &+= inTime
        waitSum += wait
    }

    @inline(__always)
    mutating func answerAtOnce(inTime: Int) {
        answered &+= 1
        answeredAtOnce &+= 1
        withinTarget &+= inTime
    }
}
