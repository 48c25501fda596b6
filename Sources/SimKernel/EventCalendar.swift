import HeapModule

/// The future event list: a min-heap of value-type events ordered by (time, priority, sequence).
/// Equal-time events come out by priority, then in the order they were scheduled, so a run is
/// deterministic. No randomness, no domain knowledge.
///
/// While the run loop hands an event to its handler, that event stays at the top of the heap,
/// marked as spent; the first event the handler schedules replaces it (one sift-down, as
/// "replace-top" in a C heap) instead of a pop followed by a push. Keys are unique (the sequence
/// number breaks every tie), so the order in which events come out does not depend on how the
/// heap is arranged inside.
public struct EventCalendar<Payload: BitwiseCopyable> {
    @usableFromInline var heap: Heap<Event<Payload>>
    @usableFromInline var sequence: UInt64 = 0
    /// The top of the heap is the event being handled and no longer counts as pending.
    @usableFromInline var topIsSpent = false

    /// An empty calendar with room for `capacity` events before it grows.
    @inlinable public init(capacity: Int = 64) {
        heap = Heap()
        heap.reserveCapacity(capacity)
    }

    /// Schedules `payload` at `time` (minutes); lower `priority` goes first at equal times.
    @inlinable @inline(__always)
    public mutating func schedule(_ payload: Payload, at time: Double, priority: UInt8) {
        let event = Event(time: time, priority: priority, sequence: sequence, payload: payload)
        sequence &+= 1
        if topIsSpent {
            topIsSpent = false
            heap.replaceMin(with: event)
        } else {
            heap.insert(event)
        }
    }

    /// Removes and returns the earliest event, or nil when the calendar is empty.
    @inlinable public mutating func next() -> Event<Payload>? {
        dropSpentTop()
        return heap.popMin()
    }

    /// The time of the earliest event, or nil.
    @inlinable public var nextTime: Double? {
        guard topIsSpent else { return heap.min?.time }
        var rest = heap  // only while an event is being handled; O(n), never on the hot path
        _ = rest.popMin()
        return rest.min?.time
    }

    /// Number of pending events.
    @inlinable public var count: Int { heap.count - (topIsSpent ? 1 : 0) }

    /// True when no event is pending.
    @inlinable public var isEmpty: Bool { count == 0 }

    /// The earliest event, left at the top of the heap and marked as spent, or nil when the
    /// calendar is empty or the earliest event lies at or beyond `horizon` (it then stays pending).
    @inlinable @inline(__always)
    mutating func beginNext(before horizon: Double) -> Event<Payload>? {
        guard let event = heap.min, event.time < horizon else { return nil }
        topIsSpent = true
        return event
    }

    /// Removes the spent top if the handler did not replace it by scheduling.
    @inlinable @inline(__always)
    mutating func dropSpentTop() {
        if topIsSpent {
            topIsSpent = false
            heap.removeMin()
        }
    }
}
