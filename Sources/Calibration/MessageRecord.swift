/// One message of an export, as the fit keeps it: times in seconds since 1970-01-01 UTC (NaN
/// when the export gives none), channel and kind as indices into the export's name lists.
/// 56 bytes.
public struct MessageRecord: Sendable {
    public var received: Double
    public var started = Double.nan
    public var responded = Double.nan
    public var closed = Double.nan
    public var abandoned = Double.nan
    /// Hash of the conversation id and replication group (of its own message id when the export
    /// has no conversation_id).
    public var conversation: UInt64
    /// Index of the replication group (0 for an export; a trace's `replication`).
    public var group: UInt32
    public var channel: UInt8
    public var kind: UInt8
    /// Marked a follow-up by a trace's `thread` column.
    public var markedFollowUp = false

    public init(received: Double, conversation: UInt64, group: UInt32, channel: UInt8, kind: UInt8) {
        self.received = received
        self.conversation = conversation
        self.group = group
        self.channel = channel
        self.kind = kind
    }

    /// When the officer's work on it ended: the first reply, else the closing.
    public var finished: Double { responded.isNaN ? closed : responded }
}
