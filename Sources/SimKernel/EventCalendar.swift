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
/// channel, an officer's next completion) can be given a lane instead of a place in the heap. A
/// lane holds its pending event's key and payload; scheduling into a lane that holds one
/// replaces it (a superseded timer simply disappears). The lanes are the leaves of tournament
/// trees (`LaneTree`) whose roots are their earliest lanes, so scheduling or taking costs
/// log2(lanes) comparisons; the run loop takes whichever is earlier, the heap's top or the
/// earliest lane. The lanes may be split in two groups with a tree each (a few busy lanes, say
/// the channels' next arrivals, apart from many others, the officers' completions), so that a
/// lane of the small group costs log2 of its group only. A lane event gets its
/// key (time, priority, sequence number) exactly as in the heap, so events come out in the same
/// order as if every event were in the heap, stale copies of replaced events skipped; the heap
/// only does less work (fewer elements, no sift-down per lane event).
/// Copies of a calendar share its lanes: a calendar belongs to one run and is not copied while
/// in use (except by `nextTime`, which copies only the heap).
public struct EventCalendar<Payload: BitwiseCopyable> {
    @usableFromInline var heap: Heap<Event<Payload>>
    @usableFromInline var sequence: UInt64 = 0
    /// The top of the heap is the event being handled and no longer counts as pending.
    @usableFromInline var topIsSpent = false
    /// Owns the lanes' memory.
    @usableFromInline let laneMemory: LaneMemory<Payload>
    @usableFromInline let lanePayloads: UnsafeMutablePointer<Payload>
    /// The trees over the lanes below `laneSplit` and over the others.
    @usableFromInline let firstLanes: LaneTree
    @usableFromInline let otherLanes: LaneTree
    @usableFromInline let laneSplit: Int
    @usableFromInline let laneCount: Int
    /// The least lane key of both trees (`UInt128.max` when every lane is empty) and its lane.
    @usableFromInline var nextLaneKey = UInt128.max
    @usableFromInline var nextLane = 0
    /// The lane `nextLane` holds the event being handled, no longer pending: its key stays in
    /// the tree until the handler schedules that lane's next event (one replay of the tree
    /// instead of two, as "replace-top" for the heap) or the handler returns.
    @usableFromInline var laneIsSpent = false

    /// An empty calendar with room for `capacity` events in the heap before it grows, and
    /// `lanes` empty lanes, of which those below `firstGroup` (all when nil) form one group.
    @inlinable public init(capacity: Int = 64, lanes: Int = 0, firstGroup: Int? = nil) {
        precondition(lanes >= 0 && (firstGroup ?? lanes) >= 0 && (firstGroup ?? lanes) <= lanes, "no such lane group")
        heap = Heap()
        heap.reserveCapacity(capacity)
        laneSplit = firstGroup ?? lanes
        laneMemory = LaneMemory(count: lanes, split: laneSplit)
        lanePayloads = laneMemory.payloads
        firstLanes = laneMemory.first
        otherLanes = laneMemory.other
        laneCount = lanes
    }

    /// The pending key of `lane`, `UInt128.max` when it is empty.
    @inlinable func laneKey(_ lane: Int) -> UInt128 {
        lane < laneSplit ? firstLanes.leafKey(lane) : otherLanes.leafKey(lane)
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

    /// Schedules `payload` at `time` in `lane`, replacing the lane's pending event if it has one.
    /// The event takes its place in the order exactly as `schedule` would give it (the same
    /// sequence number).
    @inlinable @inline(__always)
    public mutating func schedule(_ payload: Payload, at time: Double, priority: UInt8, lane: Int) {
        precondition(UInt(bitPattern: lane) < UInt(bitPattern: laneCount), "no such lane")
        let key = Event<Payload>.key(time: time, priority: priority, sequence: sequence)
        sequence &+= 1
        (lanePayloads + lane).initialize(to: payload)
        if laneIsSpent {
            if lane == nextLane {
                laneIsSpent = false
                setLane(lane, key: key)
                return
            }
            dropSpentLane()
        }
        if key < nextLaneKey {
            // The new earliest lane: the tree's path to the root is won by this lane.
            nextLaneKey = key
            nextLane = lane
            claimPath(lane, key: key)
        } else {
            setLane(lane, key: key)
        }
    }

    /// Schedules the next event of the lane whose event is being handled, at `time`, with the
    /// payload that event had: what `schedule(_:at:priority:lane:)` does with that lane and
    /// payload, for a lane whose events are all alike (a channel's arrivals), without writing
    /// the payload again. Only while the run loop hands over a lane's event.
    @inlinable @inline(__always)
    public mutating func rescheduleSpentLane(at time: Double, priority: UInt8) {
        precondition(laneIsSpent, "no lane event is being handled")
        let key = Event<Payload>.key(time: time, priority: priority, sequence: sequence)
        sequence &+= 1
        laneIsSpent = false
        setLane(nextLane, key: key)
    }

    /// Empties `lane` (its pending event, if any, will not happen).
    @inlinable @inline(__always)
    public mutating func cancel(lane: Int) {
        precondition(lane >= 0 && lane < laneCount, "no such lane")
        if laneIsSpent && lane == nextLane { laneIsSpent = false }
        dropSpentLane()
        setLane(lane, key: .max)
    }

    /// Removes and returns the earliest event, or nil when the calendar is empty.
    @inlinable public mutating func next() -> Event<Payload>? {
        dropSpentTop()
        dropSpentLane()
        if let top = heap.min, top.key < nextLaneKey { return heap.popMin() }
        guard nextLaneKey != .max else { return nil }
        let key = nextLaneKey
        let payload = takeLane()
        dropSpentLane()
        return Event(key: key, payload: payload)
    }

    /// The time of the earliest event, or nil.
    @inlinable public var nextTime: Double? {
        var laneKey = nextLaneKey
        if laneIsSpent {  // only while a lane event is being handled; O(lanes), never on the hot path
            laneKey = .max
            for lane in 0..<laneCount where lane != nextLane { laneKey = min(laneKey, self.laneKey(lane)) }
        }
        let laneTime: Double? = laneKey == .max ? nil : Event<Payload>.time(ofKey: laneKey)
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
        var pending = heap.count - (topIsSpent ? 1 : 0) - (laneIsSpent ? 1 : 0)
        for lane in 0..<laneCount where laneKey(lane) != .max { pending += 1 }
        return pending
    }

    /// True when no event is pending.
    @inlinable public var isEmpty: Bool { count == 0 }

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

    /// Returns the earliest lane's payload and marks that lane as spent (see `laneIsSpent`).
    @inlinable @inline(__always)
    mutating func takeLane() -> Payload {
        laneIsSpent = true
        return lanePayloads[nextLane]
    }

    /// Empties the spent lane if the handler did not schedule its next event.
    @inlinable @inline(__always)
    mutating func dropSpentLane() {
        if laneIsSpent {
            laneIsSpent = false
            setLane(nextLane, key: .max)
        }
    }

    /// Gives `lane` the key `key` in its group's tree and takes the earlier of the two roots.
    @inlinable @inline(__always)
    mutating func setLane(_ lane: Int, key: UInt128) {
        if laneCount == 1 && laneSplit == 1 {  // one lane (one channel): its leaf is the root
            firstLanes.setSoleLeaf(key: key)
            nextLaneKey = key
            nextLane = 0
            return
        }
        if lane < laneSplit { firstLanes.set(lane, key: key) } else { otherLanes.set(lane, key: key) }
        let first = firstLanes.rootKey
        guard laneSplit < laneCount else {  // one group: its root is the earliest lane
            nextLaneKey = first
            nextLane = firstLanes.rootLane
            return
        }
        let other = otherLanes.rootKey
        if other < first {
            nextLaneKey = other
            nextLane = otherLanes.rootLane
        } else {
            nextLaneKey = first
            nextLane = firstLanes.rootLane
        }
    }

    /// Marks `lane` (holding the least key of all lanes) as the winner up to its tree's root.
    @inlinable @inline(__always)
    mutating func claimPath(_ lane: Int, key: UInt128) {
        if lane < laneSplit { firstLanes.claim(lane, key: key) } else { otherLanes.claim(lane, key: key) }
    }
}
