/// The kinds: shares of the first messages, their handling and patience, and the follow-ups of
/// their conversations.
extension DemandFit {
    static func kinds(_ data: ExportData, threads: Conversations, groupEnd: [Double], settings: Settings) -> [KindFit] {
        let records = data.records
        let kindCount = data.kinds.count
        var firsts = [Int](repeating: 0, count: kindCount)
        var handling = [[Double]](repeating: [], count: kindCount)
        var waits = [[(minutes: Double, gaveUp: Bool)]](repeating: [], count: kindCount)
        for (i, r) in records.enumerated() where threads.isFirst[i] {
            let k = Int(r.kind)
            firsts[k] += 1
            if let minutes = handlingMinutes(r, endsAtClose: settings.handlingEndsAtClose) { handling[k].append(minutes) }
            if data.hasAbandoned { waits[k].append(wait(r, end: groupEnd[Int(r.group)])) }
        }
        let followUps = followUpSamples(records, threads: threads, kinds: kindCount, settings: settings)
        let total = firsts.reduce(0, +)
        return (0..<kindCount).map { k in
            let seed = settings.seed &+ UInt32(10 * k)
            let followUp = followUps[k]
            return KindFit(
                name: data.kinds[k], count: firsts[k],
                share: Interval.clopperPearson(successes: firsts[k], trials: total),
                handling: DurationFit(handling[k], seed: seed &+ 1),
                patience: data.hasAbandoned ? PatienceFit(waits: waits[k]) : nil,
                followUp: data.hasConversations && followUp.answered > 0
                    ? FollowUpFit(answered: followUp.answered, followed: followUp.delays.count,
                                  probability: .clopperPearson(successes: followUp.delays.count, trials: followUp.answered),
                                  delay: DurationFit(followUp.delays, seed: seed &+ 2),
                                  handling: DurationFit(followUp.handling, seed: seed &+ 3), beforeAnswer: followUp.early)
                    : nil)
        }
    }

    /// Officer time on a message, minutes: started_at to responded_at (or closed_at).
    static func handlingMinutes(_ r: MessageRecord, endsAtClose: Bool) -> Double? {
        let end = endsAtClose || r.responded.isNaN ? r.closed : r.responded
        guard !r.started.isNaN, !end.isNaN else { return nil }
        return (end - r.started) / 60
    }

    /// A first message's wait for the patience fit: until it was abandoned (an event), or
    /// censored where it was started (or answered), or at the export's end.
    static func wait(_ r: MessageRecord, end: Double) -> (minutes: Double, gaveUp: Bool) {
        if !r.abandoned.isNaN { return ((r.abandoned - r.received) / 60, true) }
        let answered = r.started.isNaN ? r.responded : r.started
        return (((answered.isNaN ? end : answered) - r.received) / 60, false)
    }

    /// Per kind of the thread: answered messages, the delays from an answer to the next message
    /// of its conversation, the follow-ups' handling times and the follow-ups that came early.
    static func followUpSamples(_ records: [MessageRecord], threads: Conversations, kinds: Int, settings: Settings)
        -> [(answered: Int, delays: [Double], handling: [Double], early: Int)] {
        var result = [(answered: Int, delays: [Double], handling: [Double], early: Int)](
            repeating: (0, [], [], 0), count: kinds)
        for c in 0..<(threads.starts.count - 1) {
            let members = threads.order[threads.starts[c]..<threads.starts[c + 1]]
            for (position, i) in members.enumerated() {
                let r = records[i], k = Int(threads.threadKind[i])
                if !threads.isFirst[i], let minutes = handlingMinutes(r, endsAtClose: settings.handlingEndsAtClose) {
                    result[k].handling.append(minutes)
                }
                let answeredAt = r.finished
                guard !answeredAt.isNaN else { continue }
                result[k].answered += 1
                let nextPosition = members.startIndex + position + 1
                guard nextPosition < members.endIndex else { continue }
                let delay = (records[threads.order[nextPosition]].received - answeredAt) / 60
                if delay >= 0 { result[k].delays.append(delay) } else { result[k].early += 1 }
            }
        }
        return result
    }
}
