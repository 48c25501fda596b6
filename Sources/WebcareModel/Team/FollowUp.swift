import Stochastics

/// A citizen's answer to a reply: after an officer finishes a message of this kind, with
/// `probability` a follow-up of the same kind and channel arrives `delay` minutes later and joins
/// the queue (taken by the officer who handled the thread when that officer is free). A
/// follow-up may itself be answered again with the same probability. Its handling time is drawn
/// from `handling`, or from the kind's own handling time when nil.
public struct FollowUp: Sendable, Equatable {
    /// Chance that a reply is answered by the citizen (0 ≤ p < 1).
    public let probability: Double
    /// Time from the officer's reply to the citizen's follow-up (minutes).
    public let delay: Distribution
    /// Officer time for a follow-up (minutes); nil: as for the first message.
    public let handling: Distribution?

    public init(probability: Double, delay: Distribution, handling: Distribution?) {
        precondition(probability >= 0 && probability < 1)
        self.probability = probability
        self.delay = delay
        self.handling = handling
    }
}
