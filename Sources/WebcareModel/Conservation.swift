/// The message audit of a run, summed over replications: every counted message (arrived
/// after the warm-up) was answered, abandoned or was still waiting at the end, so
/// `arrived == answered + abandoned + waitingAtEnd` must hold exactly. Counts of messages.
public struct Conservation: Codable, Sendable, Equatable {
    public var arrived = 0
    public var answered = 0
    public var abandoned = 0
    public var waitingAtEnd = 0

    public init(arrived: Int = 0, answered: Int = 0, abandoned: Int = 0, waitingAtEnd: Int = 0) {
        self.arrived = arrived
        self.answered = answered
        self.abandoned = abandoned
        self.waitingAtEnd = waitingAtEnd
    }

    /// The audit of one replication.
    public init(_ statistics: ReplicationStatistics) {
        self.init(arrived: statistics.total.arrivals, answered: statistics.total.answered,
                  abandoned: statistics.total.abandoned, waitingAtEnd: statistics.waitingAtEnd)
    }

    /// True when every arrival is accounted for.
    public var holds: Bool { arrived == answered + abandoned + waitingAtEnd }

    /// Adds another audit's counts.
    public mutating func add(_ other: Conservation) {
        arrived += other.arrived
        answered += other.answered
        abandoned += other.abandoned
        waitingAtEnd += other.waitingAtEnd
    }

    enum CodingKeys: String, CodingKey {
        case arrived, answered, abandoned
        case waitingAtEnd = "waiting_at_end"
    }
}
