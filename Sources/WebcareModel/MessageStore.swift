/// The messages in flight (waiting for an officer, or abandoned and not yet skipped), in a slot
/// table reused through a free list, so memory is bounded by the number waiting at once and no
/// message allocates. A slot is freed once the message has left the queue and its abandonment
/// timer, if any, has fired (timers are cancelled lazily).
///
/// The table lives in raw memory (no reference counting, uniqueness or bounds checks per event)
/// that grows by doubling and is freed with the last copy of the store. Copies share the table:
/// a store belongs to one replication and is not copied while in use.
public struct MessageStore {
    /// One waiting message: 24 bytes.
    public struct Message {
        /// Arrival time (minutes).
        public var arrival: Double
        /// Officer time it will take (minutes).
        public var handling: Double
        public var channel: UInt8
        public var kind: UInt8
        /// Priority level index (0 is served first).
        public var level: UInt8
        /// Hour of the week it arrived in (0 ..< 168).
        public var hour: UInt8
        /// Whether the message is counted (arrived after the warm-up).
        public var counted: Bool
        /// Its slot is still held by a priority queue (abandoned ones are skipped lazily).
        public var inQueue: Bool
        /// Still waiting for an officer (not yet started, not abandoned).
        public var waiting: Bool
        /// An abandonment event for this slot is still in the calendar.
        public var timerPending: Bool
    }

    /// Owns the raw memory and frees it.
    @usableFromInline final class Memory {
        @usableFromInline var slots: UnsafeMutablePointer<Message>
        @usableFromInline var free: UnsafeMutablePointer<UInt32>

        init(capacity: Int) {
            slots = .allocate(capacity: capacity)
            free = .allocate(capacity: capacity)
        }

        deinit {
            slots.deallocate()
            free.deallocate()
        }
    }

    @usableFromInline let memory: Memory
    @usableFromInline var slots: UnsafeMutablePointer<Message>
    /// Free slots (a stack); it never holds more than `capacity` entries.
    @usableFromInline var free: UnsafeMutablePointer<UInt32>
    @usableFromInline var used = 0
    @usableFromInline var freeCount = 0
    /// Slots allocated.
    public private(set) var allocated: Int

    public init(capacity: Int = 64) {
        allocated = max(1, capacity)
        memory = Memory(capacity: allocated)
        slots = memory.slots
        free = memory.free
    }

    /// Stores a message and returns its slot.
    @inlinable @inline(__always) public mutating func insert(_ message: Message) -> UInt32 {
        if freeCount > 0 {
            freeCount &-= 1
            let slot = free[freeCount]
            slots[Int(slot)] = message
            return slot
        }
        if used == allocated { grow() }
        (slots + used).initialize(to: message)
        used &+= 1
        return UInt32(truncatingIfNeeded: used &- 1)
    }

    @inlinable public subscript(slot: UInt32) -> Message {
        @inline(__always) get { slots[Int(slot)] }
        @inline(__always) nonmutating _modify { yield &slots[Int(slot)] }
    }

    /// Frees the slot when nothing refers to it any more.
    @inlinable @inline(__always) public mutating func release(_ slot: UInt32) {
        let message = slots[Int(slot)]
        if !message.inQueue && !message.timerPending {
            free[freeCount] = slot
            freeCount &+= 1
        }
    }

    /// Slots in use (high-water mark of the table).
    public var capacity: Int { used }

    @usableFromInline @inline(never) mutating func grow() {
        let larger = allocated * 2
        let newSlots = UnsafeMutablePointer<Message>.allocate(capacity: larger)
        newSlots.moveInitialize(from: slots, count: used)
        let newFree = UnsafeMutablePointer<UInt32>.allocate(capacity: larger)
        newFree.moveInitialize(from: free, count: freeCount)
        slots.deallocate()
        free.deallocate()
        slots = newSlots
        free = newFree
        memory.slots = newSlots
        memory.free = newFree
        allocated = larger
    }
}

/// The priority queues of waiting messages (first come first served within a level): one ring
/// of message slots per level, in raw memory that grows by doubling and is freed with the last
/// copy (copies share the rings; a replication's queues are not copied while in use). No
/// reference counting, uniqueness or overflow checks per message.
public struct MessageQueues {
    @usableFromInline struct Ring {
        @usableFromInline var buffer: UnsafeMutablePointer<UInt32>
        /// Capacity − 1 (the capacity is a power of two).
        @usableFromInline var mask: Int
        @usableFromInline var head: Int
        @usableFromInline var count: Int
    }

    /// Owns the rings and their buffers.
    @usableFromInline final class Memory {
        let rings: UnsafeMutablePointer<Ring>
        let levels: Int

        init(levels: Int, capacity: Int) {
            self.levels = levels
            rings = .allocate(capacity: max(1, levels))
            for level in 0..<levels {
                (rings + level).initialize(to: Ring(buffer: .allocate(capacity: capacity), mask: capacity - 1, head: 0, count: 0))
            }
        }

        deinit {
            for level in 0..<levels { rings[level].buffer.deallocate() }
            rings.deallocate()
        }
    }

    @usableFromInline let memory: Memory
    @usableFromInline let rings: UnsafeMutablePointer<Ring>
    /// Number of priority levels (0 is served first).
    public let levels: Int

    /// `levels` empty queues, each with room for `capacity` slots (rounded up to a power of
    /// two) before it grows.
    public init(levels: Int, capacity: Int = 64) {
        var rounded = 1
        while rounded < capacity { rounded <<= 1 }
        memory = Memory(levels: levels, capacity: rounded)
        rings = memory.rings
        self.levels = levels
    }

    /// Appends `slot` at the back of `level`'s queue.
    @inlinable @inline(__always) public func append(_ slot: UInt32, level: Int) {
        let ring = rings + level
        if ring.pointee.count > ring.pointee.mask { grow(level) }
        ring.pointee.buffer[(ring.pointee.head &+ ring.pointee.count) & ring.pointee.mask] = slot
        ring.pointee.count &+= 1
    }

    /// Removes and returns the front of `level`'s queue, or nil when it is empty.
    @inlinable @inline(__always) public func popFirst(level: Int) -> UInt32? {
        let ring = rings + level
        guard ring.pointee.count > 0 else { return nil }
        let slot = ring.pointee.buffer[ring.pointee.head]
        ring.pointee.head = (ring.pointee.head &+ 1) & ring.pointee.mask
        ring.pointee.count &-= 1
        return slot
    }

    /// The slots in `level`'s queue, front first.
    public func slots(level: Int) -> [UInt32] {
        let ring = rings[level]
        return (0..<ring.count).map { ring.buffer[(ring.head + $0) & ring.mask] }
    }

    @usableFromInline @inline(never) func grow(_ level: Int) {
        let ring = rings[level]
        let capacity = (ring.mask + 1) * 2
        let buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        for i in 0..<ring.count { buffer[i] = ring.buffer[(ring.head + i) & ring.mask] }
        ring.buffer.deallocate()
        rings[level] = Ring(buffer: buffer, mask: capacity - 1, head: 0, count: ring.count)
    }
}
