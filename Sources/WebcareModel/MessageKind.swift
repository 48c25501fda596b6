import Stochastics

/// What a message is (urgent, report/tip, question, …): its share of all messages, the priority
/// it is served with, its handling time and, optionally, how long the citizen waits before
/// giving up. Durations in minutes.
public struct MessageKind: Sendable, Equatable {
    /// The kind's name as written in the scenario.
    public let name: String
    /// Share of all arriving messages (the shares of a scenario sum to 1).
    public let share: Double
    /// Served in priority order: 1 goes before 2; first come first served within a priority.
    public let priority: Int
    /// Officer time spent on one message (minutes).
    public let handling: Distribution
    /// Time a waiting citizen waits before abandoning (minutes); nil means never.
    public let patience: Distribution?
    /// An urgent kind (a possible emergency, forwarded to the control room, 112, as part of its
    /// handling) goes to the head of the queue, before every kind that is not urgent; its waits
    /// are reported on their own against `Team.urgentThresholdMinutes`.
    public let urgent: Bool
    /// The citizen's answers to a reply; nil: none.
    public let followUp: FollowUp?

    public init(name: String, share: Double, priority: Int, handling: Distribution, patience: Distribution?,
                urgent: Bool = false, followUp: FollowUp? = nil) {
        self.name = name
        self.share = share
        self.priority = priority
        self.handling = handling
        self.patience = patience
        self.urgent = urgent
        self.followUp = followUp
    }
}
