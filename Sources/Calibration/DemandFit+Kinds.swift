/// The kinds: shares of the first messages, their handling and patience, and the follow-ups of
/// their conversations.
extension DemandFit {
    static func kinds(_ data: ExportData, tally: FitTally) -> [KindFit] {
        let total = tally.firsts.reduce(0, +)
        return (0..<data.kinds.count).map { k in
            let seed = tally.settings.seed &+ UInt32(10 * k)
            let followUp = tally.followUps[k]
            return KindFit(
                name: data.kinds[k], count: tally.firsts[k],
                share: Interval.clopperPearson(successes: tally.firsts[k], trials: total),
                handling: DurationFit(tally.handling[k], seed: seed &+ 1),
                patience: data.hasAbandoned ? PatienceFit(tally.waits[k]) : nil,
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
}
