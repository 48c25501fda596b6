/// The engine's invariants, in the style of swift-collections' `Heap+Invariants.swift`: checked
/// in debug builds (so in every debug test run) at the end of each run and every 4096 events,
/// compiled out of release builds.
extension TeamReplication {
    /// Checks the message table, the queues, the officer mask and the counters kept beside the
    /// officers' states against one another.
    func checkInvariants() {
        #if DEBUG
        let entries = queues.entries
        table.checkInvariants(queueEntries: entries)
        queues.checkInvariants(used: table.used)
        if Pool.interchangeable {
            precondition(busyOfficers >= 0 && busyOfficers <= onShiftCount && paidCount == onShiftCount
                         && stateLevels[Officer.State.idle.rawValue] == Double(onShiftCount),
                         "pool counters out of step: \(busyOfficers) busy of \(onShiftCount)")
        }
        var busy = 0, inHand = 0, paid = 0, onShift = 0
        for officer in 0..<officerCount where !Pool.interchangeable {
            let o = officers[officer]
            precondition(accepting.contains(officer) == o.accepts(capacity: capacity), "officer mask out of step with officer \(officer)")
            precondition(o.inHand >= 0 && o.inHand <= capacity, "officer \(officer) holds \(o.inHand) conversations")
            for j in 0..<o.inHand {
                precondition(table[inHandSlots[officer * capacity + j]].officer == Int32(officer), "a conversation in hand names another officer")
            }
            busy += o.inHand > 0 ? 1 : 0
            inHand += o.inHand
            paid += o.state(isOnCall: officer == onCallIndex) == nil ? 0 : 1
            onShift += o.onShift ? 1 : 0
        }
        precondition(Pool.interchangeable || (busy == busyOfficers && inHand == slotsInHand && paid == paidCount && onShift == onShiftCount),
                     "officer counters out of step with the officers")
        let live = entries.filter { table.isLive($0) }.map { table[UInt32(truncatingIfNeeded: $0)] }
        precondition(Set(entries.filter { table.isLive($0) }.map { UInt32(truncatingIfNeeded: $0) }).count == live.count,
                     "a message waits in two queues")
        let byValue = poolQueues.messages
        precondition(queuesByValue || byValue.isEmpty, "messages queued by value for officers who keep a table")
        precondition(live.filter { !$0.started }.count + byValue.count == waiting, "waiting count out of step with the queues")
        precondition(live.filter { !$0.started && isUrgent[Int($0.kind)] }.count + byValue.filter { isUrgent[Int($0.kind)] }.count
                     == urgentWaiting, "urgent waiting count out of step")
        #endif
    }
}
