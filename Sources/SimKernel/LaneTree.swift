/// A winner tree over one group of a calendar's lanes: `leaves` leaves (a power of two; leaves
/// beyond the group's last lane stay empty). Node `n` has children `2n` and `2n + 1`; node 1 is
/// the root and node `leaves + i` the leaf of the group's lane `i`, calendar lane `offset + i`.
/// Each node holds the least key of its subtree and the calendar lane it belongs to; an empty
/// lane's key is `UInt128.max`. The memory belongs to the calendar's `LaneMemory`.
@frozen @usableFromInline struct LaneTree {
    @usableFromInline let keys: UnsafeMutablePointer<UInt128>
    @usableFromInline let lanes: UnsafeMutablePointer<Int32>
    @usableFromInline let leaves: Int
    /// The calendar lane of the group's first lane.
    @usableFromInline let offset: Int

    /// A tree of empty lanes `offset ..< offset + count`, to be freed with `deallocate`.
    init(lanes count: Int, offset: Int) {
        var leaves = 1
        while leaves < count { leaves <<= 1 }
        self.leaves = leaves
        self.offset = offset
        keys = .allocate(capacity: 2 * leaves)
        keys.initialize(repeating: .max, count: 2 * leaves)
        lanes = .allocate(capacity: 2 * leaves)
        lanes.initialize(repeating: Int32(truncatingIfNeeded: offset), count: 2 * leaves)
        for lane in 0..<leaves { lanes[leaves + lane] = Int32(truncatingIfNeeded: offset + lane) }
    }

    func deallocate() {
        keys.deallocate()
        lanes.deallocate()
    }

    /// The least key of the group and its lane.
    @inlinable var rootKey: UInt128 { @inline(__always) get { keys[1] } }
    @inlinable var rootLane: Int { @inline(__always) get { Int(lanes[1]) } }

    /// The pending key of calendar lane `lane` (of this group).
    @inlinable @inline(__always) func leafKey(_ lane: Int) -> UInt128 { keys[leaves &+ lane &- offset] }

    /// Gives calendar lane `lane` the key `key` and replays its matches up the tree, stopping
    /// where a subtree's winner did not change.
    @inlinable @inline(__always)
    func set(_ lane: Int, key: UInt128) {
        var node = leaves &+ lane &- offset
        keys[node] = key
        var winnerKey = key, winner = Int32(truncatingIfNeeded: lane)
        while node > 1 {
            let sibling = node ^ 1
            let siblingKey = keys[sibling]
            if siblingKey < winnerKey {
                winnerKey = siblingKey
                winner = lanes[sibling]
            }
            node &>>= 1
            if lanes[node] == winner && keys[node] == winnerKey { break }
            keys[node] = winnerKey
            lanes[node] = winner
        }
    }

    /// Gives the only lane of a tree of one leaf (which is its root) the key `key`.
    @inlinable @inline(__always)
    func setSoleLeaf(key: UInt128) { keys[1] = key }

    /// Marks calendar lane `lane` (holding the least key of the group) as the winner up to the root.
    @inlinable @inline(__always)
    func claim(_ lane: Int, key: UInt128) {
        var node = leaves &+ lane &- offset
        let winner = Int32(truncatingIfNeeded: lane)
        while node > 0 {
            keys[node] = key
            lanes[node] = winner
            node &>>= 1
        }
    }
}

/// The memory of a calendar's lanes, freed with the last copy of the calendar: their payloads
/// and the trees of the two groups (lanes below `split`, and the others).
@usableFromInline final class LaneMemory<Payload: BitwiseCopyable> {
    @usableFromInline let payloads: UnsafeMutablePointer<Payload>
    @usableFromInline let first: LaneTree
    @usableFromInline let other: LaneTree

    @usableFromInline init(count: Int, split: Int) {
        payloads = .allocate(capacity: max(1, count))
        first = LaneTree(lanes: split, offset: 0)
        other = LaneTree(lanes: count - split, offset: split)
    }

    deinit {
        first.deallocate()
        other.deallocate()
        payloads.deallocate()
    }
}
