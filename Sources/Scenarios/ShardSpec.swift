/// `--shard I/N`: shard I (counted from 0, as Slurm's SLURM_ARRAY_TASK_ID and Kubernetes'
/// JOB_COMPLETION_INDEX count) of N equal shares of a run's replications, or of a sweep's grid
/// points. Share I of `count` items is `I*count/N ..< (I+1)*count/N` (whole-number division),
/// so every item belongs to exactly one shard and shares differ by at most one item.
public struct ShardSpec: Sendable, Equatable {
    public let index: Int
    public let count: Int

    /// Most shards of one run.
    public static let most = 100_000

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with 0 ≤ I < N ≤ `most`; nil otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              (1...Self.most).contains(count), (0..<count).contains(index) else { return nil }
        self.init(index: index, count: count)
    }

    /// This shard's share of `items` items (replications or grid points), possibly empty.
    public func share(of items: Int) -> Range<Int> {
        (index * items / count)..<((index + 1) * items / count)
    }

    /// The name of this shard's part file: `part-I-of-N.json`.
    public var fileName: String { "part-\(index)-of-\(count).json" }

    /// `I/N`, as given on the command line.
    public var argument: String { "\(index)/\(count)" }
}
