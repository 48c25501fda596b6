/// Derives the 32-bit seed of one stream from (master seed, replication, purpose, index) by
/// arithmetic, never by hashing: within one master seed every (replication, purpose, index)
/// gets a distinct seed as long as replication < 2^22, purposes < 8 and indices < 32. What the
/// purposes and indices mean is the caller's (the model's stream layout). Across
/// two master seeds, streams can coincide only if their spread bases lie within one run's range
/// of stream indices of each other (a chance of about streams used / 2^32).
public struct StreamSeed: Sendable, Hashable {
    /// Indices per purpose and replication that get distinct streams.
    public static let maxIndices: UInt32 = 32
    /// Purposes per replication that get distinct streams.
    public static let maxPurposes: UInt32 = 8
    /// Largest replication count: one run's seeds then span at most 2^30 consecutive values
    /// (mod 2^32), so they are distinct and hold at most one seed of each pair that GSL's taus2
    /// seeds alike (those pairs lie 1,271,221,770 apart; see `RandomStream`).
    public static let maxReplications = 1 << 22

    /// The master seed of a run.
    public let master: UInt64

    public init(master: UInt64) { self.master = master }

    /// The seed of stream `index` of purpose `purpose` (< `maxPurposes`) in replication
    /// `replication`. The master seed is spread over the 32-bit space by Knuth's multiplicative
    /// constant and the stream index is added, so seeds inside one run are distinct by
    /// construction.
    public func seed(replication: Int, purpose: UInt32, index: Int) -> UInt32 {
        let base = UInt32(truncatingIfNeeded: (master &* 2_654_435_761) ^ (master >> 32))
        let stream = (UInt32(truncatingIfNeeded: replication) &* Self.maxPurposes &+ purpose)
            &* Self.maxIndices &+ UInt32(truncatingIfNeeded: index)
        return base &+ stream
    }
}
