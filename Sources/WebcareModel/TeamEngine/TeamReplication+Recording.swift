import SimKernel
import Stochastics

/// What a team replication records: answers and abandonments by hour, channel, kind, site and
/// thread position, the urgent messages' waits, and the books closed at the end.
extension TeamReplication {
    mutating func recordAnswer(_ pointer: UnsafeMutablePointer<TeamMessage>, wait: Double) {
        let message = pointer.pointee
        let atOnce = wait == 0 ? 1 : 0
        let inTime = wait <= target ? 1 : 0
        let hour = Int(message.hour), channel = Int(message.channel), kind = Int(message.kind)
        let site = Int(message.homeSite), thread = message.isFollowUp ? 1 : 0
        count(pointer) { $0.answer(wait: wait, atOnce: atOnce, inTime: inTime) }
        if wait > 0 {
            let fine = fineBins.index(of: wait)
            waitByHour[hour].recordPositive(wait, bin: hourBins.index(of: wait))
            waitByChannel[channel].recordPositive(wait, bin: fine)
            waitByKind[kind].recordPositive(wait, bin: fine)
            waitBySite[site].recordPositive(wait, bin: fine)
            waitByThread[thread].recordPositive(wait, bin: fine)
        }
        if isUrgent[kind] {
            stats.team.urgentAnswered += 1
            stats.team.urgentWaitSum += wait
            stats.team.urgentWaitMax = max(stats.team.urgentWaitMax, wait)
            recordUrgentWait(wait, offDuty: message.offDuty)
        }
    }

    mutating func recordAbandonment(_ pointer: UnsafeMutablePointer<TeamMessage>, wait: Double) {
        let message = pointer.pointee
        let kind = Int(message.kind)
        count(pointer) { $0.abandon(wait: wait) }
        if isUrgent[kind] { recordUrgentWait(wait, offDuty: message.offDuty) }
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
            stats.waitingAtEnd += 1
            stats.censoredWaitSum += end - message.arrival
            if isUrgent[Int(message.kind)] { recordUrgentWait(end - message.arrival, offDuty: message.offDuty) }
        }
        stats.time = Array(UnsafeBufferPointer(start: integrals, count: Clock.hoursPerWeek))
        stats.team.officerMinutes = Officer.State.allCases.map { officerMinutes[$0.rawValue] }
        stats.team.slotArea = slotArea
        stats.team.slotCapacityArea = Double(capacity) * stats.totalTime.paidArea
    }

    /// Applies `change` to the message's groups in `counts`: all, its hour of arrival, channel,
    /// kind, site and thread position.
    @inline(__always)
    func count(_ message: UnsafeMutablePointer<TeamMessage>, _ change: (inout ReplicationStatistics.MessageCounts) -> Void) {
        change(&counts[0])
        change(&counts[1 + Int(message.pointee.hour)])
        change(&counts[countOffsets.channel + Int(message.pointee.channel)])
        change(&counts[countOffsets.kind + Int(message.pointee.kind)])
        change(&counts[countOffsets.site + Int(message.pointee.homeSite)])
        change(&counts[countOffsets.thread + (message.pointee.isFollowUp ? 1 : 0)])
    }

    /// Copies the counts into the statistics, sets the histograms' totals and zeros from them;
    /// the overall histogram is the sum of the channel histograms.
    mutating func completeWaitHistograms() {
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
        complete(waits.byKind, stats.byKind)
        complete(waits.bySite, stats.bySite)
        complete(waits.byThread, stats.byThread)
        for histogram in waits.byChannel { waits.all.add(histogram) }
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
