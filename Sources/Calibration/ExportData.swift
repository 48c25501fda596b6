/// The messages read from one or more export files, with the names their indices stand for and
/// what the reading skipped or noticed. The messages themselves are not held in memory: they go
/// to an external sort (`SortedRuns`, 16 MiB in memory by default) that gives them back by conversation;
/// what the fit needs of their times before that (each group's span) is accumulated here.
public struct ExportData {
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
    /// The messages kept (rows less the skipped ones).
    public var messageCount: Int { store?.count ?? 0 }
    private var store: SortedRuns<MessageEntry>?
    /// Per replication group: the earliest and latest arrival and the latest time of any kind.
    private(set) var firstArrival: [Double] = []
    private(set) var lastArrival: [Double] = []
    private(set) var lastTime: [Double] = []

    /// Memory the message sort may hold (two thirds of `ExportOptions.sortBudget`: by default
    /// 16 MiB, 262,144 messages of 64 bytes).
    var sortBudget = 16 << 20

    public init() {}

    /// Adds a message (to the sort, and to its group's span).
    public mutating func append(_ record: MessageRecord) throws(ExportError) {
        if store == nil { store = try SortedRuns(budget: sortBudget) }
        let g = Int(record.group)
        while firstArrival.count <= g {
            firstArrival.append(.infinity)
            lastArrival.append(-.infinity)
            lastTime.append(-.infinity)
        }
        firstArrival[g] = min(firstArrival[g], record.received)
        lastArrival[g] = max(lastArrival[g], record.received)
        for t in [record.received, record.started, record.responded, record.closed, record.abandoned] where !t.isNaN {
            lastTime[g] = max(lastTime[g], t)
        }
        try store!.append(MessageEntry(record: record, sequence: UInt64(store!.count)))
    }

    /// Calls `body` with every message by conversation (hash), each conversation's in order of
    /// arrival (then of reading).
    public func forEachByConversation(_ body: (MessageRecord) throws(ExportError) -> Void) throws(ExportError) {
        try store?.forEachInOrder { (entry: MessageEntry) throws(ExportError) in try body(entry.record) }
    }
}
