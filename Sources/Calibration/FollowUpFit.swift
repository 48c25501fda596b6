/// A kind's follow-ups, from the conversations: the probability that an answered message gets a
/// further message from the citizen (Clopper–Pearson interval), the delay from the answer to that
/// message, and the follow-ups' own handling times. The model's chain is geometric (a follow-up
/// may get a follow-up), so answered follow-ups count as trials too.
public struct FollowUpFit: Codable, Sendable {
    public let answered: Int
    public let followed: Int
    public let probability: Interval
    public let delay: DurationFit?
    public let handling: DurationFit?
    /// Follow-ups that arrived before the answer they follow (left out of the delays).
    public let beforeAnswer: Int
}
