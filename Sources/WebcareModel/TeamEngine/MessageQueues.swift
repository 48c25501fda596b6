/// The queues of messages waiting for an officer: one per (site, priority level), queue
/// `site * levels + level`, each a ring of message-table entries (slot and generation, see
/// `MessageTable.enter`), oldest first, a hand-over going back to the front. Entries of messages
/// taken or abandoned since are not removed at once but dropped when they reach the front
/// (`head`), so taking a message is O(1). The rings grow by doubling and are freed with the last
/// copy (the queues belong to one replication and are not copied while in use).
///
/// What may be held across what: nothing but queue numbers; `head` may drop entries and so free
/// slots of the table.
///
/// Invariant (`checkInvariants`, debug builds only): each ring's count is within its capacity,
/// and every entry names a slot below the table's high-water mark (the table checks that the
/// entries are counted in its queue references).
struct MessageQueues {
    private let memory: RingMemory<UInt64>
    private let rings: UnsafeMutablePointer<Ring<UInt64>>
    /// Number of queues: sites × priority levels.
    let count: Int

    init(count: Int) {
        memory = RingMemory(count: count)
        rings = memory.rings
        self.count = count
    }

    /// Adds `entry` at the back of `queue` (or the front, after a hand-over).
    @inline(__always)
    func add(_ entry: UInt64, to queue: Int, atFront: Bool) {
        if atFront { rings[queue].prepend(entry) } else { rings[queue].append(entry) }
    }

    /// The slot of the first live entry of `queue`, dropping the stale ones before it from the
    /// queue and from `table`'s references; nil when none is left.
    @inline(__always)
    func head(of queue: Int, in table: inout MessageTable) -> UInt32? {
        let ring = rings + queue
        while !ring.pointee.isEmpty {
            let entry = ring.pointee.first
            if table.isLive(entry) { return UInt32(truncatingIfNeeded: entry) }
            ring.pointee.removeFirst()
            table.leave(entry)
        }
        return nil
    }

    /// Removes the first entry of `queue` (the one `head` just returned, its message taken now),
    /// so that the slot may be freed at once rather than when the queue next reaches it.
    @inline(__always)
    func dropHead(of queue: Int, in table: inout MessageTable) {
        let ring = rings + queue
        let entry = ring.pointee.first
        ring.pointee.removeFirst()
        table.leave(entry)
    }

    /// Every entry of every queue, live or stale, queue by queue, front first.
    var entries: [UInt64] {
        (0..<count).flatMap { queue in (0..<rings[queue].count).map { rings[queue][$0] } }
    }

    /// Checks the invariants in debug builds; compiled out in release builds.
    func checkInvariants(used: Int) {
        #if DEBUG
        for queue in 0..<count {
            precondition(rings[queue].count <= rings[queue].mask + 1, "queues: more entries than room")
            for i in 0..<rings[queue].count {
                precondition(Int(UInt32(truncatingIfNeeded: rings[queue][i])) < used, "queues: an entry beyond the table")
            }
        }
        #endif
    }
}
