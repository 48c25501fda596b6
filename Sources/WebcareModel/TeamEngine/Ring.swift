/// A first-in, first-out queue of values in a ring buffer whose capacity is a power of two; it
/// grows by doubling (freeing the buffer it leaves). `RingMemory` holds rings in raw memory and
/// frees their last buffers; a ring is not copied while in use.
///
/// Invariant: `0 ≤ count ≤ mask + 1`; the entries are `buffer[(head + i) & mask]` for i < count.
struct Ring<Element: BitwiseCopyable> {
    var buffer: UnsafeMutablePointer<Element>
    /// Capacity − 1.
    var mask: Int
    var head = 0
    var count = 0

    init(capacity: Int) {
        buffer = .allocate(capacity: capacity)
        mask = capacity - 1
    }

    @inline(__always) var isEmpty: Bool { count == 0 }
    @inline(__always) var first: Element { buffer[head] }
    @inline(__always) subscript(_ i: Int) -> Element { buffer[(head &+ i) & mask] }

    @inline(__always) mutating func append(_ entry: Element) {
        if count > mask { grow() }
        buffer[(head &+ count) & mask] = entry
        count &+= 1
    }

    @inline(__always) mutating func prepend(_ entry: Element) {
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
        let new = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        for i in 0..<count { new[i] = self[i] }
        buffer.deallocate()
        buffer = new
        mask = capacity - 1
        head = 0
    }
}

/// `count` empty rings in raw memory (room for 64 entries each before they grow), freed with
/// their buffers when the last queue holding them goes.
final class RingMemory<Element: BitwiseCopyable> {
    let rings: UnsafeMutablePointer<Ring<Element>>
    let count: Int

    init(count: Int) {
        self.count = count
        rings = .allocate(capacity: max(1, count))
        for ring in 0..<count { (rings + ring).initialize(to: Ring<Element>(capacity: 64)) }
    }

    deinit {
        for ring in 0..<count { rings[ring].buffer.deallocate() }
        rings.deallocate()
    }
}
