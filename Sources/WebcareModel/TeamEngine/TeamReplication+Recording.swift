import SimKernel
import Stochastics

/// What a team replication records: answers and abandonments by hour, channel, kind, site and
/// thread position, the urgent messages' waits, and the books closed at the end.
extension TeamReplication {
    @inline(__always)
    mutating func recordAnswer(_ pointer: UnsafeMutablePointer<TeamMessage>, wait: Double) {
        let message = pointer.pointee
        recordAnswer(wait: wait, hour: Int(message.hour), channel: Int(message.channel), kind: Int(message.kind),
                     site: Int(message.homeSite), thread: message.isFollowUp ? 1 : 0, offDuty: message.offDuty)
    }

    /// Records an answer after `wait` minutes to a message of these groups (hour of the week of
    /// its arrival, channel, kind, home site, thread position) that came off duty or not.
    @inline(__always)
    mutating func recordAnswer(wait: Double, hour: Int, channel: Int, kind: Int, site: Int, thread: Int, offDuty: Bool) {
        let atOnce = wait == 0 ? 1 : 0
        let inTime = wait <= target ? 1 : 0
        count(hour: hour, channel: channel, kind: kind, site: site, thread: thread) { $0.answer(wait: wait, atOnce: atOnce, inTime: inTime) }
        if wait > 0 {
            let fine = fineBins.index(of: wait)
            waitByHour[hour].recordPositive(wait, bin: hourBins.index(of: wait))
            waitByChannel[channel].recordPositive(wait, bin: fine)
            if recordsKinds { waitByKind[kind].recordPositive(wait, bin: fine) }
            if recordsSites { waitBySite[site].recordPositive(wait, bin: fine) }
            if recordsThreads { waitByThread[thread].recordPositive(wait, bin: fine) }
        }
        if isUrgent[kind] {
            stats.team.urgentAnswered += 1
            stats.team.urgentWaitSum += wait
            stats.team.urgentWaitMax = max(stats.team.urgentWaitMax, wait)
            recordUrgentWait(wait, offDuty: offDuty)
        }
    }

    mutating func recordAbandonment(_ pointer: UnsafeMutablePointer<TeamMessage>, wait: Double) {
        let message = pointer.pointee
        let kind = Int(message.kind)
        count(pointer) { $0.abandon(wait: wait) }
        if isUrgent[kind] { recordUrgentWait(wait, offDuty: message.offDuty) }
    }

    /// A counted message taken at once by an interchangeable officer, never stored: its arrival
    /// and its answer after a wait of 0, exactly as `admit` and `recordAnswer` count them (a
    /// wait of +0 added to a sum of non-negative waits changes no bit, raises no maximum, and
    /// no histogram records a zero wait).
    @inline(__always)
    mutating func countAnswerAtOnce(hour: Int, channel: Int, kind: Int, site: Int) {
        let inTime = 0 <= target ? 1 : 0
        count(hour: hour, channel: channel, kind: kind, site: site, thread: 0) {
            $0.arrivals &+= 1
            $0.answered &+= 1
            $0.answeredAtOnce &+= 1
            $0.withinTarget &+= inTime
        }
        if isUrgent[kind] {
            stats.team.urgent += 1
            stats.team.urgentAnswered += 1
            recordUrgentWait(0, offDuty: false)
        }
    }

    /// Counts an urgent message's wait (answered, abandoned or cut off by the end) against the
    /// threshold.
    mutating func recordUrgentWait(_ wait: Double, offDuty: Bool) {
        guard wait > urgentThreshold else { return }
        stats.team.urgentLate += 1
        if offDuty { stats.team.urgentOffDutyLate += 1 }
    }

    /// Closes the books at the end of the run: counted messages still waiting for a first answer.
    mutating func finish(at end: Double) {
        advance(to: end)
        for entry in queues.entries where table.isLive(entry) {
            let message = table[UInt32(truncatingIfNeeded: entry)]
            guard !message.started, message.counted else { continue }
            censor(arrival: message.arrival, kind: Int(message.kind), offDuty: message.offDuty, at: end)
        }
        for message in poolQueues.messages where message.counted {
            censor(arrival: message.arrival, kind: Int(message.kind), offDuty: message.offDuty, at: end)
        }
        if Pool.interchangeable {
            for hour in 0..<Clock.hoursPerWeek { integrals[hour].paidArea = integrals[hour].dutyArea }
        }
        stats.time = Array(UnsafeBufferPointer(start: integrals, count: Clock.hoursPerWeek))
        stats.team.officerMinutes = Officer.State.allCases.map { officerMinutes[$0.rawValue] }
        stats.team.slotArea = Pool.interchangeable ? officerMinutes[Officer.State.handling.rawValue] : slotArea
        stats.team.slotCapacityArea = Double(capacity) * stats.totalTime.paidArea
    }

    /// Counts a message still waiting for its first answer at `end`, its wait cut off there.
    mutating func censor(arrival: Double, kind: Int, offDuty: Bool, at end: Double) {
        stats.waitingAtEnd += 1
        stats.censoredWaitSum += end - arrival
        if isUrgent[kind] { recordUrgentWait(end - arrival, offDuty: offDuty) }
    }

    /// Applies `change` to the message's groups in `counts`: all, its hour of arrival, channel,
    /// kind, site and thread position (those of the groupings recorded as the run goes).
    @inline(__always)
    func count(_ message: UnsafeMutablePointer<TeamMessage>, _ change: (inout ReplicationStatistics.MessageCounts) -> Void) {
        count(hour: Int(message.pointee.hour), channel: Int(message.pointee.channel), kind: Int(message.pointee.kind),
              site: Int(message.pointee.homeSite), thread: message.pointee.isFollowUp ? 1 : 0, change)
    }

    /// `count` by the groups' numbers (hour of the week, channel, kind, site, thread position).
    @inline(__always)
    func count(hour: Int, channel: Int, kind: Int, site: Int, thread: Int, _ change: (inout ReplicationStatistics.MessageCounts) -> Void) {
        if recordsTotal { change(&counts[0]) }
        change(&counts[1 + hour])
        change(&counts[countOffsets.channel + channel])
        if recordsKinds { change(&counts[countOffsets.kind + kind]) }
        if recordsSites { change(&counts[countOffsets.site + site]) }
        if recordsThreads { change(&counts[countOffsets.thread + thread]) }
    }

    /// Copies the counts into the statistics, sets the histograms' totals and zeros from them;
    /// the overall histogram is the sum of the channel histograms. A grouping not recorded (one
    /// group) gets the figures of the one it repeats: the overall counts are the channel's, and
    /// the one kind, site or (first-message) thread has the overall counts and histogram.
    mutating func completeWaitHistograms() {
        if !recordsTotal { self.counts[0] = self.counts[countOffsets.channel] }
        if !recordsKinds { self.counts[countOffsets.kind] = self.counts[0] }
        if !recordsSites { self.counts[countOffsets.site] = self.counts[0] }
        if !recordsThreads { self.counts[countOffsets.thread] = self.counts[0] }
        let counts = Array(UnsafeBufferPointer(start: self.counts, count: countTotal))
        stats.total = counts[0]
        stats.byHour = Array(counts[1..<countOffsets.channel])
        stats.byChannel = Array(counts[countOffsets.channel..<countOffsets.kind])
        stats.byKind = Array(counts[countOffsets.kind..<countOffsets.site])
        stats.bySite = Array(counts[countOffsets.site..<countOffsets.thread])
        stats.byThread = Array(counts[countOffsets.thread...])
        func complete(_ histograms: [WaitHistogram], _ counts: [ReplicationStatistics.MessageCounts]) {
            for (histogram, count) in zip(histograms, counts) {
                histogram.setCounts(total: count.answered, zeros: count.answeredAtOnce)
            }
        }
        complete(waits.byHour, stats.byHour)
        complete(waits.byChannel, stats.byChannel)
        if recordsKinds { complete(waits.byKind, stats.byKind) }
        if recordsSites { complete(waits.bySite, stats.bySite) }
        if recordsThreads { complete(waits.byThread, stats.byThread) }
        for histogram in waits.byChannel { waits.all.add(histogram) }
        if !recordsKinds { waits.byKind[0].add(waits.all) }
        if !recordsSites { waits.bySite[0].add(waits.all) }
        if !recordsThreads { waits.byThread[0].add(waits.all) }
    }
}

extension ReplicationStatistics.MessageCounts {
    /// Counts an answer after `wait` minutes; `atOnce` and `inTime` are 1 or 0.
    mutating func answer(wait: Double, atOnce: Int, inTime: Int) {
        answered &+= 1
        answeredAtOnce &+= atOnce
        withinTarget &+= inTime
        waitSum += wait
    }

    /// Counts an abandonment after `wait` minutes.
    mutating func abandon(wait: Double) {
        abandoned &+= 1
        abandonedWaitSum += wait
    }
}
