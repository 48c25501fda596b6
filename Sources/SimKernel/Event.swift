/// One scheduled event: a value with its time (minutes), its priority at equal times and a
/// sequence number that keeps equal (time, priority) events in scheduling order.
///
/// The order is kept as one 128-bit unsigned key: the time's IEEE bits mapped to an unsigned
/// integer of the same order in the high half, priority and sequence in the low half, so the
/// heap compares two events with one wide integer comparison (no data-dependent branch).
@frozen public struct Event<Payload: BitwiseCopyable>: Comparable {
    /// The time, as an unsigned integer with the same order as the times (see `orderedBits`).
    @usableFromInline let timeKey: UInt64
    /// Priority in the high byte (lower goes first at equal times), sequence in the low 56 bits.
    @usableFromInline let order: UInt64
    /// What happens.
    public let payload: Payload

    @inlinable init(time: Double, priority: UInt8, sequence: UInt64, payload: Payload) {
        self.timeKey = Self.orderedBits(time)
        self.order = UInt64(priority) << 56 | sequence
        self.payload = payload
    }

    /// The event with the given 128-bit key (as `key` returns it).
    @inlinable @inline(__always) init(key: UInt128, payload: Payload) {
        self.timeKey = UInt64(truncatingIfNeeded: key >> 64)
        self.order = UInt64(truncatingIfNeeded: key)
        self.payload = payload
    }

    /// The key of an event at `time` with `priority` and `sequence`: the same value as `key`.
    @inlinable @inline(__always) static func key(time: Double, priority: UInt8, sequence: UInt64) -> UInt128 {
        UInt128(orderedBits(time)) << 64 | UInt128(UInt64(priority) << 56 | sequence)
    }

    /// When the event happens (minutes since the start of the run).
    @inlinable public var time: Double {
        @inline(__always) get { Self.time(ofTimeKey: timeKey) }
    }

    /// The time whose `orderedBits` are `timeKey` (NaN for `UInt64.max`, the empty key's half).
    @inlinable @inline(__always) static func time(ofTimeKey timeKey: UInt64) -> Double {
        Double(bitPattern: timeKey & signBit != 0 ? timeKey ^ signBit : ~timeKey)
    }

    /// The time of an event with the 128-bit key `key`.
    @inlinable @inline(__always) static func time(ofKey key: UInt128) -> Double {
        time(ofTimeKey: UInt64(truncatingIfNeeded: key >> 64))
    }

    /// The priority the event was scheduled with.
    @inlinable public var priority: UInt8 { UInt8(truncatingIfNeeded: order >> 56) }

    @inlinable static var signBit: UInt64 { 1 << 63 }

    /// Maps a time to an unsigned integer that orders as the times do: non-negative times get
    /// the sign bit set, negative ones have all bits flipped. −0 is first made +0 (they are
    /// equal times), so the order is exactly that of `<` and `==` on the times (NaN excluded).
    @inlinable @inline(__always) static func orderedBits(_ time: Double) -> UInt64 {
        let bits = (time + 0.0).bitPattern
        let mask = UInt64(bitPattern: Int64(bitPattern: bits) >> 63) | signBit
        return bits ^ mask
    }

    @inlinable @inline(__always) var key: UInt128 { UInt128(timeKey) << 64 | UInt128(order) }

    @inlinable @inline(__always) public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.key < rhs.key
    }

    @inlinable @inline(__always) public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.timeKey == rhs.timeKey && lhs.order == rhs.order
    }
}
