/// The officers who accept a conversation now, one bit each: officer `i` is bit `i % 64` of word
/// `i / 64`, in words the replication's fixed memory owns (`RawMemory`). `update` keeps it in
/// step with the officers' states, so a search for a free officer visits the free ones only, in
/// index order, a word of 64 officers at a time, whatever the team's size.
///
/// Invariant (checked by `TeamReplication.checkInvariants` in debug builds): bit `i` is set
/// exactly when officer `i` accepts a conversation; bits past the last officer are clear.
struct OfficerMask {
    let words: UnsafeMutablePointer<UInt64>
    let wordCount: Int

    /// All clear, for `officers` officers.
    init(officers: Int, memory: RawMemory) {
        wordCount = max(1, (officers + 63) / 64)
        words = memory.copy([UInt64](repeating: 0, count: wordCount))
    }

    /// Sets or clears `officer`'s bit.
    @inline(__always)
    func set(_ officer: Int, _ accepts: Bool) {
        let word = words + (officer &>> 6)
        let bit = UInt64(1) &<< UInt64(officer & 63)
        if accepts { word.pointee |= bit } else { word.pointee &= ~bit }
    }

    /// Whether `officer`'s bit is set.
    @inline(__always)
    func contains(_ officer: Int) -> Bool {
        words[officer &>> 6] & (UInt64(1) &<< UInt64(officer & 63)) != 0
    }

    /// Calls `body` with each officer whose bit is set, in index order, until it returns false.
    @inline(__always)
    func forEach(_ body: (Int) -> Bool) {
        for w in 0..<wordCount {
            var mask = words[w]
            while mask != 0 {
                guard body(w &<< 6 | mask.trailingZeroBitCount) else { return }
                mask &= mask &- 1
            }
        }
    }
}
