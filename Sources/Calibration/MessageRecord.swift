/// One message of an export, as the fit keeps it: times in seconds since 1970-01-01 UTC (NaN
/// when the export gives none), channel and kind as indices into the export's name lists.
/// 56 bytes.
public struct MessageRecord: Sendable, BitwiseCopyable {
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

/// A message as the external sort keeps it: its record and its place among the messages, in the
/// order of a conversation's messages (by conversation hash, arrival, then place). 64 bytes.
struct MessageEntry: RunRecord {
    let record: MessageRecord
    let sequence: UInt64

    static func < (a: MessageEntry, b: MessageEntry) -> Bool {
        a.record.conversation != b.record.conversation ? a.record.conversation < b.record.conversation
            : a.record.received != b.record.received ? a.record.received < b.record.received : a.sequence < b.sequence
    }

    static func == (a: MessageEntry, b: MessageEntry) -> Bool { a.sequence == b.sequence }
}

/// A message id as the duplicate check keeps it: its 64-bit hash and where it was read
/// (`place`: the file's index × 2⁴⁰ + the row). 16 bytes.
struct IDEntry: RunRecord {
    let hash: UInt64
    let place: UInt64

    init(hash: UInt64, file: Int, row: Int) {
        self.hash = hash
        place = UInt64(file) << 40 | UInt64(row)
    }

    var file: Int { Int(place >> 40) }
    var row: Int { Int(place & (1 << 40 - 1)) }

    static func < (a: IDEntry, b: IDEntry) -> Bool { a.hash != b.hash ? a.hash < b.hash : a.place < b.place }
}
