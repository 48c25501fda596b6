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
