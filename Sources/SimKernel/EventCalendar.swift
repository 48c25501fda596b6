import HeapModule

/// The future event list: a min-heap of value-type events ordered by (time, priority, sequence).
/// Equal-time events come out by priority, then in the order they were scheduled, so a run is
/// deterministic. No randomness, no domain knowledge.
public struct EventCalendar<Payload: BitwiseCopyable> {
    @usableFromInline var heap: Heap<Event<Payload>>
    @usableFromInline var sequence: UInt64 = 0

    /// An empty calendar with room for `capacity` events before it grows.
    @inlinable public init(capacity: Int = 64) {
        heap = Heap()
        heap.reserveCapacity(capacity)
    }

    /// Schedules `payload` at `time` (minutes); lower `priority` goes first at equal times.
    @inlinable public mutating func schedule(_ payload: Payload, at time: Double, priority: UInt8) {
        heap.insert(Event(time: time, priority: priority, sequence: sequence, payload: payload))
        sequence &+= 1
    }

    /// Removes and returns the earliest event, or nil when the calendar is empty.
    @inlinable public mutating func next() -> Event<Payload>? { heap.popMin() }

    /// The time of the earliest event, or nil.
    @inlinable public var nextTime: Double? { heap.min?.time }

    /// Number of pending events.
    @inlinable public var count: Int { heap.count }

    /// True when no event is pending.
    @inlinable public var isEmpty: Bool { heap.isEmpty }
}
