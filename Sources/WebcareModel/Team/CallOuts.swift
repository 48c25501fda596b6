import Stochastics

/// Street call-outs: an officer on webcare duty is called away at `perHour` per hour of
/// available duty time (a Poisson process) for a random `duration` (minutes). The messages in
/// hand are finished first or handed over, as `inHand` says.
public struct CallOuts: Sendable, Equatable {
    /// Call-outs per officer per hour of available duty time.
    public let perHour: Double
    /// Time away on the street (minutes).
    public let duration: Distribution
    /// What happens to the work in hand.
    public let inHand: ShiftEndRule

    public init(perHour: Double, duration: Distribution, inHand: ShiftEndRule) {
        precondition(perHour > 0)
        self.perHour = perHour
        self.duration = duration
        self.inHand = inHand
    }
}

extension CallOuts: TimeAway {
    /// `minutes` times 1/(1 + r·D/60), the share of time left by call-outs at r per hour of
    /// available time lasting D minutes on average (an alternating renewal process).
    public func minutesLeft(of minutes: Double) -> Double { minutes / (1 + perHour * duration.mean / Clock.hour) }

    /// A call-out's start and end.
    public var eventsPerOfficerHour: Double { 2 * perHour }

    /// "street call-outs at 0.05 per officer-hour, averaging 60 minutes, finishing the work in hand first".
    public var description: String {
        let rule = inHand == .finish ? "finishing the work in hand first" : "handing the work in hand over"
        return "street call-outs at \(perHour.formatted) per officer-hour, averaging \(duration.mean.formatted) minutes, \(rule)"
    }
}
