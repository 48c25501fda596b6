/// The messages read from one or more export files, with the names their indices stand for and
/// what the reading skipped or noticed.
public struct ExportData: Sendable {
    public var records: [MessageRecord] = []
    public var channels: [String] = []
    public var kinds: [String] = []
    /// Number of replication groups (1 for an export; a trace's replications).
    public var groups = 1
    /// The zone times without an offset were read in, and why (given, default, trace).
    public var timeZone = "Europe/Amsterdam"
    public var timeZoneReason = "the default"
    public var isTrace = false
    /// Data rows read (the headers not counted).
    public var rows = 0
    /// Rows left out, by reason.
    public var skipped: [String: Int] = [:]
    /// Times read in a repeated (fall-back) hour as its first occurrence.
    public var repeatedHourTimes = 0
    /// Whether the export has each optional field.
    public var hasConversations = false
    public var hasStarted = false
    public var hasAbandoned = false
    public var files: [String] = []

    public init() {}
}
