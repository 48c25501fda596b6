/// Time spent watching what is said online instead of answering: blocks of `blockMinutes`,
/// each after an exponential spell of available time with mean `blockMinutes·(1 − share)/share`,
/// so that in the long run `share` of an officer's available time goes to monitoring (an
/// alternating renewal process). An officer with work in hand starts the block after finishing it.
public struct Monitoring: Sendable, Equatable {
    /// Long-run share of on-duty time spent monitoring (0 < share < 1).
    public let share: Double
    /// Length of one monitoring block (minutes).
    public let blockMinutes: Double

    public init(share: Double, blockMinutes: Double) {
        precondition(share > 0 && share < 1 && blockMinutes > 0)
        self.share = share
        self.blockMinutes = blockMinutes
    }

    /// Mean available time between two blocks (minutes).
    public var meanGapMinutes: Double { blockMinutes * (1 - share) / share }
}
