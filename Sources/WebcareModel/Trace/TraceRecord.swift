/// One message of a trace (`run --trace`): its times in simulation minutes (NaN when it did not
/// happen), channel and kind by index, the officer (index into `TeamPlan.officers`, −1 for none),
/// its number and its conversation's in the
/// replication (the number of the conversation's first message).
public struct TraceRecord: Sendable {
    public var id: Int
    public var conversation: Int
    public var received: Double
    public var started = Double.nan
    /// The reply sent (the end of handling).
    public var finished = Double.nan
    public var abandoned = Double.nan
    public var channel: UInt8
    public var kind: UInt8
    public var officer: Int32 = -1
    public var isFollowUp = false

    public init(id: Int, conversation: Int, received: Double, channel: UInt8, kind: UInt8) {
        self.id = id
        self.conversation = conversation
        self.received = received
        self.channel = channel
        self.kind = kind
    }
}
