/// The messages in flight: waiting for a first response, in an officer's hand, or a follow-up
/// drawn but not yet arrived. A slot table reused through a free list, with per slot the
/// message, its queue generation and the number of queue entries that still name it; it grows
/// by doubling and is freed with the last copy of the table (a table belongs to one replication
/// and is not copied while in use).
///
/// What may be held across what: a slot number (`UInt32`) names its message until the message
/// is released (`release` frees the slot only when nothing refers to it any more); a pointer
/// from `pointer(_:)` is valid only until the next `store`, which may grow the table and move
/// every message. So no pointer into the table is held across a `store`.
///
/// Invariants (`checkInvariants`, debug builds only): `used ≤ capacity`; the free list holds
/// distinct slots below `used`, each marked `isFree`, and no other slot is marked free; a free
/// slot is referred to by no queue entry, timer or officer.
struct MessageTable {
    /// Owns the memory and frees it.
    private final class Memory {
        var messages: UnsafeMutablePointer<TeamMessage>
        var generation: UnsafeMutablePointer<UInt32>
        var queueRefs: UnsafeMutablePointer<UInt32>
        var freeSlots: UnsafeMutablePointer<UInt32>

        init(capacity: Int) {
            messages = .allocate(capacity: capacity)
            generation = .allocate(capacity: capacity)
            queueRefs = .allocate(capacity: capacity)
            freeSlots = .allocate(capacity: capacity)
        }

        deinit {
            messages.deallocate()
            generation.deallocate()
            queueRefs.deallocate()
            freeSlots.deallocate()
        }
    }

    private let memory: Memory
    private var messages: UnsafeMutablePointer<TeamMessage>
    private var generation: UnsafeMutablePointer<UInt32>
    private var queueRefs: UnsafeMutablePointer<UInt32>
    private var freeSlots: UnsafeMutablePointer<UInt32>
    /// Slots handed out so far (the high-water mark); slots below it are initialised.
    private(set) var used = 0
    private var freeCount = 0
    /// Slots allocated.
    private(set) var capacity: Int

    /// An empty table with room for `capacity` messages before it grows.
    init(capacity: Int = 256) {
        self.capacity = max(1, capacity)
        memory = Memory(capacity: self.capacity)
        messages = memory.messages
        generation = memory.generation
        queueRefs = memory.queueRefs
        freeSlots = memory.freeSlots
    }

    /// The message in `slot` (which holds one).
    @inline(__always)
    subscript(slot: UInt32) -> TeamMessage {
        get { messages[Int(slot)] }
        nonmutating _modify { yield &messages[Int(slot)] }
    }

    /// The message in `slot`, in place: valid until the next `store`.
    @inline(__always)
    func pointer(_ slot: UInt32) -> UnsafeMutablePointer<TeamMessage> { messages + Int(slot) }

    /// Stores `message` in a free slot (growing the table when none is left) and returns it.
    @inline(__always)
    mutating func store(_ message: TeamMessage) -> UInt32 {
        if freeCount > 0 {
            freeCount &-= 1
            let slot = freeSlots[freeCount]
            messages[Int(slot)] = message
            messages[Int(slot)].isFree = false
            return slot
        }
        if used == capacity { grow() }
        let slot = used
        (messages + slot).initialize(to: message)
        generation[slot] = 0
        queueRefs[slot] = 0
        used &+= 1
        return UInt32(truncatingIfNeeded: slot)
    }

    /// Frees `slot` once no queue entry, timer or officer refers to its message, it waits for
    /// nothing and is not a follow-up still to come; otherwise does nothing (the last of them
    /// to let go calls it again).
    @inline(__always)
    mutating func release(_ slot: UInt32) {
        let message = messages + Int(slot)
        if queueRefs[Int(slot)] == 0 && message.pointee.timers == 0 && !message.pointee.waiting && message.pointee.officer < 0
            && !message.pointee.isFree && !message.pointee.isPending {
            freeSlots[freeCount] = slot
            freeCount &+= 1
            message.pointee.isFree = true
        }
    }

    /// A new queue entry for `slot`: the slot and its new generation (older entries of the slot
    /// are stale from now on).
    @inline(__always)
    func enter(_ slot: UInt32) -> UInt64 {
        generation[Int(slot)] &+= 1
        queueRefs[Int(slot)] &+= 1
        return UInt64(slot) | UInt64(generation[Int(slot)]) << 32
    }

    /// Whether the queue entry `entry` still stands for a waiting message.
    @inline(__always)
    func isLive(_ entry: UInt64) -> Bool {
        let slot = Int(UInt32(truncatingIfNeeded: entry))
        return messages[slot].waiting && generation[slot] == UInt32(truncatingIfNeeded: entry >> 32)
    }

    /// A queue dropped `entry`: its slot may be free now.
    @inline(__always)
    mutating func leave(_ entry: UInt64) {
        let slot = UInt32(truncatingIfNeeded: entry)
        queueRefs[Int(slot)] &-= 1
        release(slot)
    }

    @inline(never)
    private mutating func grow() {
        let larger = capacity * 2
        func moved<T>(_ old: UnsafeMutablePointer<T>, _ count: Int) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: larger)
            new.moveInitialize(from: old, count: count)
            old.deallocate()
            return new
        }
        messages = moved(messages, used)
        generation = moved(generation, used)
        queueRefs = moved(queueRefs, used)
        freeSlots = moved(freeSlots, freeCount)
        memory.messages = messages
        memory.generation = generation
        memory.queueRefs = queueRefs
        memory.freeSlots = freeSlots
        capacity = larger
    }

    /// Checks the invariants in debug builds; compiled out in release builds.
    func checkInvariants(queueEntries: [UInt64]) {
        #if DEBUG
        precondition(used <= capacity && freeCount <= used, "message table: more slots used than allocated")
        var free = Set<UInt32>()
        for i in 0..<freeCount {
            let slot = freeSlots[i]
            precondition(Int(slot) < used && free.insert(slot).inserted, "message table: a free slot twice or out of range")
            let message = messages[Int(slot)]
            precondition(message.isFree && message.timers == 0 && message.officer < 0 && !message.waiting && queueRefs[Int(slot)] == 0,
                         "message table: a free slot still referred to")
        }
        for slot in 0..<used where !free.contains(UInt32(slot)) {
            precondition(!messages[slot].isFree, "message table: a slot marked free outside the free list")
        }
        var refs = [UInt32](repeating: 0, count: used)
        for entry in queueEntries { refs[Int(UInt32(truncatingIfNeeded: entry))] += 1 }
        for slot in 0..<used { precondition(refs[slot] == queueRefs[slot], "message table: queue references miscounted") }
        #endif
    }
}
