/// Messages already waiting when the run starts (Monday 00:00): `count` messages of one kind
/// on one channel, all with arrival time 0.
public struct BacklogEntry: Sendable, Equatable {
    /// Index into `Scenario.channels`.
    public let channel: Int
    /// Index into `Scenario.kinds`.
    public let kind: Int
    /// Number of messages.
    public let count: Int

    public init(channel: Int, kind: Int, count: Int) {
        self.channel = channel
        self.kind = kind
        self.count = count
    }
}
