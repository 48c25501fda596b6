/// The messages in flight (waiting for an officer, or abandoned and not yet skipped), in a slot table reused through a free
/// list, so memory is bounded by the number waiting at once and no message allocates.
/// A slot is freed once the message has left the queue and its abandonment timer, if any,
/// has fired (timers are cancelled lazily).
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
        /// Whether the message is counted (arrived after the warm-up).
        public var counted: Bool
        /// Its slot is still held by a priority queue (abandoned ones are skipped lazily).
        public var inQueue: Bool
        /// Still waiting for an officer (not yet started, not abandoned).
        public var waiting: Bool
        /// An abandonment event for this slot is still in the calendar.
        public var timerPending: Bool
    }

    @usableFromInline var slots: [Message] = []
    @usableFromInline var free: [UInt32] = []

    public init() {}

    /// Stores a message and returns its slot.
    @inlinable public mutating func insert(_ message: Message) -> UInt32 {
        if let slot = free.popLast() {
            slots[Int(slot)] = message
            return slot
        }
        slots.append(message)
        return UInt32(slots.count - 1)
    }

    @inlinable public subscript(slot: UInt32) -> Message {
        get { slots[Int(slot)] }
        _modify { yield &slots[Int(slot)] }
    }

    /// Frees the slot when nothing refers to it any more.
    @inlinable public mutating func release(_ slot: UInt32) {
        let message = slots[Int(slot)]
        if !message.inQueue && !message.timerPending { free.append(slot) }
    }

    /// Slots in use (high-water mark of the table).
    public var capacity: Int { slots.count }
}
