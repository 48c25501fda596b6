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

extension Monitoring: TimeAway {
    /// `minutes` less the monitoring share.
    public func minutesLeft(of minutes: Double) -> Double { minutes * (1 - share) }

    /// A block's start and end per block and gap.
    public var eventsPerOfficerHour: Double { 2 * Clock.hour / (blockMinutes + meanGapMinutes) }

    /// "monitoring takes 10% of free time in blocks of 15 minutes".
    public var description: String {
        "monitoring takes \((share * 100).formatted)% of free time in blocks of \(blockMinutes.formatted) minutes"
    }
}
