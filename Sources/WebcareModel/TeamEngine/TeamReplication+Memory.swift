import SimKernel

extension TeamReplication {
    /// Memory per message in flight in the team engine, in bytes: its slot in the message table
    /// (`TeamMessage`), the slot's queue generation and queue-reference count, its entry in the
    /// table's free list (reserved with the slot), its entry in a priority queue (slot and
    /// generation), and one calendar entry for each timer it has pending (patience, overflow, or
    /// a follow-up not yet arrived). Tables grow by doubling, so up to twice this is reserved at
    /// the high-water mark. Officers hold a completion lane each, not a heap entry.
    public static var bytesPerMessageInFlight: (slot: Int, companions: Int, freeList: Int, queue: Int, timer: Int) {
        (MemoryLayout<TeamMessage>.stride, MemoryLayout<UInt32>.stride + MemoryLayout<UInt32>.stride,
         MemoryLayout<UInt32>.stride, MemoryLayout<UInt64>.stride, MemoryLayout<Event<TeamEvent>>.stride)
    }
}
