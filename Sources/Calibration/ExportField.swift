/// A field of a message export, by webcare-sim's own name; `--map FIELD=COLUMN` names the
/// export's column for it. A trace written by `run --trace` uses exactly these names.
public enum ExportField: String, CaseIterable, Sendable {
    case messageID = "message_id"
    case receivedAt = "received_at"
    case channel
    case conversationID = "conversation_id"
    case kind
    case startedAt = "started_at"
    case respondedAt = "responded_at"
    case closedAt = "closed_at"
    case abandonedAt = "abandoned_at"
    case officer
    case site
    /// Only in a trace: the replication the message belongs to (its days are counted apart).
    case replication
    /// Only in a trace: `first` or `follow-up`.
    case thread

    /// Fields an export must have.
    public static let required: [ExportField] = [.messageID, .receivedAt, .channel]

    /// Whether the field holds a date-time.
    var isTime: Bool {
        switch self {
        case .receivedAt, .startedAt, .respondedAt, .closedAt, .abandonedAt: true
        default: false
        }
    }
}

/// Built-in column names of common aggregators' exports. They are best-effort mappings (the
/// vendors' export layouts are configurable and not published as a stable format): a column
/// that differs in your export is named with `--map FIELD=COLUMN`, which wins over the profile.
public enum ExportProfile: String, CaseIterable, Sendable {
    case coosto, obi4wan, hootsuite, sprinklr

    /// Field → the export's column header.
    public var columns: [ExportField: String] {
        switch self {
        case .coosto:
            [.messageID: "ID", .receivedAt: "Datum", .channel: "Bron", .conversationID: "Gesprek ID",
             .kind: "Label", .respondedAt: "Reactiedatum", .closedAt: "Afgehandeld op", .officer: "Medewerker"]
        case .obi4wan:
            [.messageID: "Message ID", .receivedAt: "Date", .channel: "Channel", .conversationID: "Conversation ID",
             .kind: "Tags", .startedAt: "Assigned at", .respondedAt: "Replied at", .closedAt: "Closed at",
             .officer: "Assigned to"]
        case .hootsuite:
            [.messageID: "Message ID", .receivedAt: "Created Date", .channel: "Network", .conversationID: "Conversation ID",
             .kind: "Tags", .startedAt: "Assigned Date", .respondedAt: "First Response Date", .closedAt: "Resolved Date",
             .officer: "Assignee"]
        case .sprinklr:
            [.messageID: "Message Id", .receivedAt: "Created Time", .channel: "Social Network", .conversationID: "Case Id",
             .kind: "Case Tags", .startedAt: "Assigned Time", .respondedAt: "First Response Time", .closedAt: "Closed Time",
             .officer: "Assigned User"]
        }
    }
}
