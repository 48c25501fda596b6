/// The team engine's side of `run --trace`: a counted message leaving, and the messages still
/// waiting or in hand at the end.
extension TeamReplication {
    /// Hands the message in `slot` to the trace (its officer: the one holding it, or −1).
    @inline(never)
    func traceLeave(_ trace: Unmanaged<MessageTrace>, slot: UInt32, finished: Double, abandoned: Double) {
        let message = messages[Int(slot)]
        trace._withUnsafeGuaranteedRef {
            $0.leave(slot: slot, received: message.arrival, finished: finished, abandoned: abandoned, channel: message.channel,
                     kind: message.kind, officer: message.officer, isFollowUp: message.isFollowUp)
        }
    }

    /// At the end: the counted messages waiting in a queue (live entries only) or in an
    /// officer's hand.
    func traceLeftOver() {
        guard let trace else { return }
        for queue in 0..<memory.queueCount {
            for i in 0..<queues[queue].count {
                let entry = queues[queue][i]
                let slot = UInt32(truncatingIfNeeded: entry)
                let message = messages[Int(slot)]
                guard message.waiting, generation[Int(slot)] == UInt32(entry >> 32), message.counted else { continue }
                traceLeave(trace, slot: slot, finished: .nan, abandoned: .nan)
            }
        }
        for officer in 0..<officerCount {
            for j in 0..<officers[officer].inHand {
                let slot = inHandSlots[officer * capacity + j]
                if messages[Int(slot)].counted { traceLeave(trace, slot: slot, finished: .nan, abandoned: .nan) }
            }
        }
    }
}
