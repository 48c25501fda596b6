import Stochastics

/// Raw memory of one team replication, freed with it: the fixed tables (through `RawMemory`),
/// the message table that grows by doubling, and the queues' ring buffers. The replication
/// reaches all of it through pointers, so an event does no bounds, uniqueness or exclusivity
/// check on its state.
final class TeamMemory {
    let fixed: RawMemory
    /// The message table and its per-slot companions, `capacity` slots each (the free list holds
    /// at most `capacity` entries).
    private(set) var messages: UnsafeMutablePointer<TeamMessage>
    private(set) var generation: UnsafeMutablePointer<UInt32>
    private(set) var queueRefs: UnsafeMutablePointer<UInt32>
    private(set) var freeSlots: UnsafeMutablePointer<UInt32>
    private(set) var capacity: Int
    /// The queues (their buffers are freed here too).
    let queues: UnsafeMutablePointer<SlotRing>
    let queueCount: Int

    init(keeping objects: [AnyObject], queueCount: Int, capacity: Int = 256) {
        fixed = RawMemory(keeping: objects)
        self.capacity = capacity
        messages = .allocate(capacity: capacity)
        generation = .allocate(capacity: capacity)
        queueRefs = .allocate(capacity: capacity)
        freeSlots = .allocate(capacity: capacity)
        self.queueCount = queueCount
        queues = .allocate(capacity: max(1, queueCount))
        for queue in 0..<queueCount { (queues + queue).initialize(to: SlotRing(capacity: 64)) }
    }

    /// Doubles the message table, keeping the `used` slots in use and the `free` entries.
    func grow(used: Int, free: Int) {
        let newCapacity = capacity * 2
        func moved<T>(_ old: UnsafeMutablePointer<T>, _ count: Int) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
            new.moveInitialize(from: old, count: count)
            old.deallocate()
            return new
        }
        messages = moved(messages, used)
        generation = moved(generation, used)
        queueRefs = moved(queueRefs, used)
        freeSlots = moved(freeSlots, free)
        capacity = newCapacity
    }

    deinit {
        messages.deallocate()
        generation.deallocate()
        queueRefs.deallocate()
        freeSlots.deallocate()
        for queue in 0..<queueCount { queues[queue].buffer.deallocate() }
        queues.deallocate()
    }
}

/// A queue of (slot, generation) entries in a ring buffer whose capacity is a power of two.
struct SlotRing {
    var buffer: UnsafeMutablePointer<UInt64>
    var mask: Int
    var head = 0
    var count = 0

    init(capacity: Int) {
        buffer = .allocate(capacity: capacity)
        mask = capacity - 1
    }

    @inline(__always) var isEmpty: Bool { count == 0 }
    @inline(__always) var first: UInt64 { buffer[head] }
    @inline(__always) subscript(_ i: Int) -> UInt64 { buffer[(head &+ i) & mask] }

    @inline(__always) mutating func append(_ entry: UInt64) {
        if count > mask { grow() }
        buffer[(head &+ count) & mask] = entry
        count &+= 1
    }

    @inline(__always) mutating func prepend(_ entry: UInt64) {
        if count > mask { grow() }
        head = (head &- 1) & mask
        buffer[head] = entry
        count &+= 1
    }

    @inline(__always) mutating func removeFirst() {
        head = (head &+ 1) & mask
        count &-= 1
    }

    @inline(never) mutating func grow() {
        let capacity = (mask + 1) * 2
        let new = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        for i in 0..<count { new[i] = self[i] }
        buffer.deallocate()
        buffer = new
        mask = capacity - 1
        head = 0
    }
}

/// Calls `body` with `stream`, unretained (the replication keeps it alive). A free function:
/// a non-mutating method of the replication called from a mutating one could copy it.
@inline(__always)
func withStream<T>(_ stream: Unmanaged<RandomStream>, _ body: (RandomStream) -> T) -> T {
    stream._withUnsafeGuaranteedRef(body)
}
