/// How to read an export: the column for each field (`--map`, over a `--profile`), the time
/// zone of times without an offset, a date format, the tag → kind map, days to leave out and
/// which end time closes the handling.
public struct ExportOptions: Sendable {
    public var map: [ExportField: String] = [:]
    public var profile: ExportProfile?
    /// IANA zone; nil: Europe/Amsterdam, or UTC for a trace (which says so).
    public var timeZone: String?
    public var dateFormat: String?
    /// Tag (lowercased) → kind name; empty: every tag is its own kind.
    public var kindMap: [String: String] = [:]
    public var excludedDays: [CivilDate] = []
    /// Handling ends at `closed_at` rather than `responded_at`.
    public var handlingEndsAtClose = false
    /// The `.xlsx` sheet to read (default the first).
    public var sheet: String?
    /// Memory the reading's external sorts may hold, bytes (`--sort-memory`, 24 MiB by default):
    /// a third for the message ids' duplicate check, the rest for the messages by conversation.
    public var sortBudget = 24 << 20

    public init() {}

    /// Parses `FIELD=COLUMN`; the error says which fields exist.
    public static func parseMap(_ argument: String) -> Result<(ExportField, String), ExportError> {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        let fields = ExportField.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, !parts[1].isEmpty else {
            return .failure(ExportError(file: "--map", row: 0, column: 0,
                                        message: "\(argument): expected FIELD=COLUMN, FIELD one of \(fields)"))
        }
        guard let field = ExportField(rawValue: parts[0]) else {
            return .failure(ExportError(file: "--map", row: 0, column: 0,
                                        message: "\(argument): unknown field \"\(parts[0])\"; expected one of \(fields)"))
        }
        return .success((field, parts[1]))
    }
}
