import Stochastics

/// What a team replication records: answers and abandonments by hour, channel, kind, site and
/// thread position, the urgent messages' waits, and the books closed at the end.
extension TeamReplication {
    mutating func recordAnswer(_ message: TeamMessage, wait: Double) {
        let atOnce = wait == 0 ? 1 : 0
        let inTime = wait <= target ? 1 : 0
        let hour = Int(message.hour), channel = Int(message.channel), kind = Int(message.kind)
        let site = Int(message.homeSite), thread = message.isFollowUp ? 1 : 0
        stats.total.answer(wait: wait, atOnce: atOnce, inTime: inTime)
        stats.byHour[hour].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        stats.byChannel[channel].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        stats.byKind[kind].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        stats.bySite[site].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        stats.byThread[thread].answer(wait: wait, atOnce: atOnce, inTime: inTime)
        if wait > 0 {
            waits.byHour[hour].recordPositive(wait)
            waits.byChannel[channel].recordPositive(wait)
            waits.byKind[kind].recordPositive(wait)
            waits.bySite[site].recordPositive(wait)
            waits.byThread[thread].recordPositive(wait)
        }
        if isUrgent[kind] {
            stats.team.urgentAnswered += 1
            stats.team.urgentWaitSum += wait
            stats.team.urgentWaitMax = max(stats.team.urgentWaitMax, wait)
            recordUrgentWait(wait, offDuty: message.offDuty)
        }
    }

    mutating func recordAbandonment(_ message: TeamMessage, wait: Double) {
        let kind = Int(message.kind)
        stats.total.abandon(wait: wait)
        stats.byHour[Int(message.hour)].abandon(wait: wait)
        stats.byChannel[Int(message.channel)].abandon(wait: wait)
        stats.byKind[kind].abandon(wait: wait)
        stats.bySite[Int(message.homeSite)].abandon(wait: wait)
        stats.byThread[message.isFollowUp ? 1 : 0].abandon(wait: wait)
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
        for queue in queues.indices {
            for entry in queues[queue] {
                let slot = Int(UInt32(truncatingIfNeeded: entry))
                let message = messages[slot]
                guard message.waiting, !message.started, generation[slot] == UInt32(entry >> 32), message.counted else { continue }
                stats.waitingAtEnd += 1
                stats.censoredWaitSum += end - message.arrival
                if isUrgent[Int(message.kind)] { recordUrgentWait(end - message.arrival, offDuty: message.offDuty) }
            }
        }
        stats.team.slotCapacityArea = Double(capacity) * stats.totalTime.paidArea
    }

    /// Sets the histograms' totals and zeros from the counts; the overall histogram is the sum
    /// of the channel histograms.
    mutating func completeWaitHistograms() {
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
    mutating func abandon(wait: Double) {
        abandoned &+= 1
        abandonedWaitSum += wait
    }
}
