/// One scheduled event: a value with its time (minutes), its priority at equal times and a
/// sequence number that keeps equal (time, priority) events in scheduling order.
@frozen public struct Event<Payload: BitwiseCopyable>: Comparable {
    /// When the event happens (minutes since the start of the run).
    public let time: Double
    /// Priority in the high byte (lower goes first at equal times), sequence in the low 56 bits.
    @usableFromInline let order: UInt64
    /// What happens.
    public let payload: Payload

    @inlinable init(time: Double, priority: UInt8, sequence: UInt64, payload: Payload) {
        self.time = time
        self.order = UInt64(priority) << 56 | sequence
        self.payload = payload
    }

    /// The priority the event was scheduled with.
    @inlinable public var priority: UInt8 { UInt8(truncatingIfNeeded: order >> 56) }

    @inlinable public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.time < rhs.time || (lhs.time == rhs.time && lhs.order < rhs.order)
    }

    @inlinable public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.time == rhs.time && lhs.order == rhs.order
    }
}
