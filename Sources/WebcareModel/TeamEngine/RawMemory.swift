import Stochastics

/// Raw memory of one replication, freed (and deinitialised) with it; also keeps the objects
/// whose unretained references the replication holds alive.
final class RawMemory {
    private let kept: [AnyObject]
    private var releases: [() -> Void] = []

    init(keeping objects: [AnyObject]) { kept = objects }

    /// A copy of `values` in raw memory that lives as long as this object.
    func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let count = values.count
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
        _ = UnsafeMutableBufferPointer(start: pointer, count: count).initialize(from: values)
        releases.append {
            pointer.deinitialize(count: count)
            pointer.deallocate()
        }
        return pointer
    }

    deinit { for release in releases { release() } }
}

/// Calls `body` with `stream`, unretained (the replication keeps it alive). A free function:
/// a non-mutating method of the replication called from a mutating one could copy it.
@inline(__always)
func withStream<T>(_ stream: Unmanaged<RandomStream>, _ body: (RandomStream) -> T) -> T {
    stream._withUnsafeGuaranteedRef(body)
}
