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
///
/// Lanes: a stream of events of which at most one is pending at a time (the next arrival of a
/// channel) can be given a lane instead of a place in the heap. A lane holds its pending event's
/// key and payload; the calendar keeps the earliest lane at hand and the run loop takes whichever
/// is earlier, the heap's top or that lane. A lane event gets its key (time, priority, sequence
/// number) exactly as in the heap, so events come out in the same order as if every event were
/// in the heap; the heap only does less work (fewer elements, no sift-down per lane event).
/// Copies of a calendar share its lanes: a calendar belongs to one run and is not copied while
/// in use (except by `nextTime`, which copies only the heap).
public struct EventCalendar<Payload: BitwiseCopyable> {
    @usableFromInline var heap: Heap<Event<Payload>>
    @usableFromInline var sequence: UInt64 = 0
    /// The top of the heap is the event being handled and no longer counts as pending.
    @usableFromInline var topIsSpent = false
    /// Owns the lanes' memory.
    @usableFromInline let laneMemory: LaneMemory<Payload>
    /// Each lane's pending key, `UInt128.max` when the lane is empty.
    @usableFromInline let laneKeys: UnsafeMutablePointer<UInt128>
    @usableFromInline let lanePayloads: UnsafeMutablePointer<Payload>
    @usableFromInline let laneCount: Int
    /// The least of `laneKeys` (`UInt128.max` when every lane is empty) and its lane.
    @usableFromInline var nextLaneKey = UInt128.max
    @usableFromInline var nextLane = 0

    /// An empty calendar with room for `capacity` events in the heap before it grows, and
    /// `lanes` empty lanes.
    @inlinable public init(capacity: Int = 64, lanes: Int = 0) {
        heap = Heap()
        heap.reserveCapacity(capacity)
        laneMemory = LaneMemory(count: lanes)
        laneKeys = laneMemory.keys
        lanePayloads = laneMemory.payloads
        laneCount = lanes
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

    /// Schedules `payload` at `time` in `lane`, which must be empty (its previous event handled
    /// or never scheduled). The event takes its place in the order exactly as `schedule` would
    /// give it (the same sequence number).
    @inlinable @inline(__always)
    public mutating func schedule(_ payload: Payload, at time: Double, priority: UInt8, lane: Int) {
        precondition(lane >= 0 && lane < laneCount, "no such lane")
        let key = Event<Payload>.key(time: time, priority: priority, sequence: sequence)
        sequence &+= 1
        assert(laneKeys[lane] == .max, "lane already holds a pending event")
        laneKeys[lane] = key
        (lanePayloads + lane).initialize(to: payload)
        if key < nextLaneKey {
            nextLaneKey = key
            nextLane = lane
        }
    }

    /// Removes and returns the earliest event, or nil when the calendar is empty.
    @inlinable public mutating func next() -> Event<Payload>? {
        dropSpentTop()
        if let top = heap.min, top.key < nextLaneKey { return heap.popMin() }
        guard nextLaneKey != .max else { return nil }
        let key = nextLaneKey
        return Event(key: key, payload: takeLane())
    }

    /// The time of the earliest event, or nil.
    @inlinable public var nextTime: Double? {
        let laneTime: Double? = nextLaneKey == .max ? nil : Event<Payload>.time(ofKey: nextLaneKey)
        let heapTime: Double?
        if topIsSpent {
            var rest = heap  // only while an event is being handled; O(n), never on the hot path
            _ = rest.popMin()
            heapTime = rest.min?.time
        } else {
            heapTime = heap.min?.time
        }
        guard let heapTime else { return laneTime }
        guard let laneTime else { return heapTime }
        return min(heapTime, laneTime)
    }

    /// Number of pending events.
    @inlinable public var count: Int {
        var pending = heap.count - (topIsSpent ? 1 : 0)
        for lane in 0..<laneCount where laneKeys[lane] != .max { pending += 1 }
        return pending
    }

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

    /// The heap's earliest event (the lanes aside), or nil.
    @inlinable var heapTop: Event<Payload>? {
        @inline(__always) get { heap.min }
    }

    /// Removes the spent top if the handler did not replace it by scheduling.
    @inlinable @inline(__always)
    mutating func dropSpentTop() {
        if topIsSpent {
            topIsSpent = false
            heap.removeMin()
        }
    }

    /// Empties the earliest lane and returns its payload; finds the next earliest lane.
    @inlinable @inline(__always)
    mutating func takeLane() -> Payload {
        let payload = lanePayloads[nextLane]
        laneKeys[nextLane] = .max
        if laneCount == 1 {
            nextLaneKey = .max
            return payload
        }
        var least = UInt128.max, leastLane = 0
        for lane in 0..<laneCount where laneKeys[lane] < least {
            least = laneKeys[lane]
            leastLane = lane
        }
        nextLaneKey = least
        nextLane = leastLane
        return payload
    }
}

/// The memory of a calendar's lanes, freed with the last copy of the calendar.
@usableFromInline final class LaneMemory<Payload: BitwiseCopyable> {
    @usableFromInline let keys: UnsafeMutablePointer<UInt128>
    @usableFromInline let payloads: UnsafeMutablePointer<Payload>

    @usableFromInline init(count: Int) {
        keys = .allocate(capacity: max(1, count))
        keys.initialize(repeating: .max, count: max(1, count))
        payloads = .allocate(capacity: max(1, count))
    }

    deinit {
        keys.deallocate()
        payloads.deallocate()
    }
}
