/// How many conversations one officer works on at once, and how fast. With `n` conversations in
/// hand the officer's total throughput is `throughput[n - 1]` (in officer-minutes of handling
/// done per minute); each conversation advances at `throughput[n - 1] / n`. `throughput[0]` is 1:
/// one conversation at a time goes at full speed. A table `[1, 2, …, k]` means no slowdown.
public struct Concurrency: Sendable, Equatable {
    /// Conversations one officer can have in hand (k ≥ 1).
    public let conversations: Int
    /// Total throughput with 1, 2, …, k conversations in hand.
    public let throughput: [Double]

    public init(conversations: Int, throughput: [Double]) {
        precondition(conversations >= 1 && throughput.count == conversations)
        self.conversations = conversations
        self.throughput = throughput
    }

    /// One conversation at a time (no concurrency).
    public static let single = Concurrency(conversations: 1, throughput: [1])

    /// The speed of each conversation when `n` (≥ 1) are in hand.
    public func speed(inHand n: Int) -> Double { throughput[n - 1] / Double(n) }
}
