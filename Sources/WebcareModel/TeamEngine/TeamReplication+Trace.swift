/// The team engine's side of `run --trace`: a counted message leaving, and the messages still
/// waiting or in hand at the end.
extension TeamReplication {
    /// Hands the message in `slot` to the trace (its officer: the one holding it, or −1).
    @inline(never)
    func traceLeave(_ trace: Unmanaged<MessageTrace>, slot: UInt32, finished: Double, abandoned: Double) {
        let message = table[slot]
        trace._withUnsafeGuaranteedRef {
            $0.leave(slot: slot, received: message.arrival, finished: finished, abandoned: abandoned, channel: message.channel,
                     kind: message.kind, officer: message.officer, isFollowUp: message.isFollowUp)
        }
    }

    /// At the end: the counted messages waiting in a queue (live entries only) or in an
    /// officer's hand.
    func traceLeftOver() {
        guard let trace else { return }
        for entry in queues.entries where table.isLive(entry) {
            let slot = UInt32(truncatingIfNeeded: entry)
            if table[slot].counted { traceLeave(trace, slot: slot, finished: .nan, abandoned: .nan) }
        }
        for officer in 0..<officerCount {
            for j in 0..<officers[officer].inHand {
                let slot = inHandSlots[officer * capacity + j]
                if table[slot].counted { traceLeave(trace, slot: slot, finished: .nan, abandoned: .nan) }
            }
        }
    }
}
