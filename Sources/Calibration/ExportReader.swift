/// Reads export files (CSV or `.xlsx`) into `ExportData`: maps the columns, parses and checks
/// every row, and stops at the first bad one with `FILE:ROW:COLUMN: what is wrong`.
public struct ExportReader {
    let options: ExportOptions
    var data = ExportData()
    var parser: TimeParser
    /// Every message id's hash and place, in an external sort (a third of the sort budget: by
    /// default 8 MiB, 524,288 ids of 16 bytes) that finds
    /// duplicates after the reading (see `firstDuplicate`).
    var ids: SortedRuns<IDEntry>
    /// Each file's columns (for naming a duplicate's column).
    var columnMaps: [ColumnMap] = []
    var channelIndex: [String: Int] = [:]
    var kindIndex: [String: Int] = [:]
    /// The export's tags as written → kind, so that each row's tag is looked up once.
    var kindByTag: [String: UInt8] = [:]
    var groupIndex: [String: UInt32] = [:]
    let idHasher = SeededHash()

    static let timeExpected =
        "expected ISO 8601 (2024-03-31T14:05:00, optionally with Z or +01:00), dd-mm-yyyy HH:MM[:SS] or dd/mm/yyyy HH:MM[:SS], or give --date-format"

    /// Reads `files` in order; a trace (a `replication` column) without `--timezone` is read in UTC.
    public static func read(_ files: [String], options: ExportOptions) throws(ExportError) -> ExportData {
        let zone = options.timeZone ?? "Europe/Amsterdam"
        guard let clock = ZoneClock(identifier: zone) else {
            throw ExportError(file: "--timezone", row: 0, column: 0,
                              message: "\(zone): not a time zone of the system's tz database; expected an IANA name such as Europe/Amsterdam or UTC")
        }
        var reader = ExportReader(options: options, parser: TimeParser(clock: clock, format: options.dateFormat),
                                  ids: try SortedRuns(budget: options.sortBudget / 3))
        reader.data.sortBudget = options.sortBudget - options.sortBudget / 3
        reader.data.timeZone = zone
        reader.data.timeZoneReason = options.timeZone == nil ? "the default" : "given with --timezone"
        // A duplicate message_id is reported where the reading met it: before any later error.
        do throws(ExportError) {
            for (index, file) in files.enumerated() {
                try reader.readFile(file, index: index)
            }
        } catch {
            throw try reader.firstDuplicate() ?? error
        }
        if let duplicate = try reader.firstDuplicate() { throw duplicate }
        reader.data.repeatedHourTimes = reader.parser.repeatedHourTimes
        guard reader.data.messageCount > 0 else {
            throw ExportError(file: files.first ?? "-", row: 0, column: 0, message: "no messages; expected at least one data row")
        }
        return reader.data
    }

    mutating func readFile(_ file: String, index: Int) throws(ExportError) {
        data.files.append(file)
        if file.lowercased().hasSuffix(".xlsx") {
            var source = try XLSXReader(path: file, sheet: options.sheet)
            try read(&source, file: file, index: index)
        } else {
            var source = try CSVReader(path: file)
            try read(&source, file: file, index: index)
        }
    }

    mutating func read<Source: RowSource>(_ source: inout Source, file: String, index: Int) throws(ExportError) {
        var columns: ColumnMap?
        var width = 0
        let pads = source.padsRows
        try source.forEachRow { (fields: [String], row: Int) throws(ExportError) in
            guard let map = columns else {
                let map = try ColumnMap(header: fields, options: options, file: file)
                columns = map
                columnMaps.append(map)
                width = fields.count
                try noteColumns(map, first: index == 0)
                return
            }
            var fields = fields
            if pads {
                while fields.count < width { fields.append("") }
                while fields.count > width, fields.last == "" { fields.removeLast() }
            }
            guard fields.count == width else {
                throw ExportError(file: file, row: row, column: 0,
                                  message: "\(fields.count) fields; expected \(width) as in the header (is a field holding the delimiter not quoted?)")
            }
            data.rows += 1
            try readRow(fields, columns: map, file: file, fileIndex: index, row: row, excelSerials: pads)
        }
        guard columns != nil else {
            throw ExportError(file: file, row: 1, column: 0, message: "an empty file; expected a header row with the column names")
        }
    }

    /// Notes which optional fields the (first) file has; a trace is read in UTC.
    mutating func noteColumns(_ columns: ColumnMap, first: Bool) throws(ExportError) {
        guard first else { return }
        data.isTrace = columns[.replication] != nil
        if data.isTrace && options.timeZone == nil { try switchToUTC() }
        data.hasConversations = columns[.conversationID] != nil
        data.hasStarted = columns[.startedAt] != nil
        data.hasAbandoned = columns[.abandonedAt] != nil
    }

    /// A trace's times are the simulation clock, which has no daylight saving: read as UTC.
    mutating func switchToUTC() throws(ExportError) {
        guard let clock = ZoneClock(identifier: "UTC") else {
            throw ExportError(file: "-", row: 0, column: 0, message: "the system's tz database has no UTC")
        }
        parser = TimeParser(clock: clock, format: options.dateFormat)
        data.timeZone = "UTC"
        data.timeZoneReason = "a trace of webcare-sim (its clock has no daylight saving); give --timezone to override"
    }
}

/// A source of rows: the CSV or `.xlsx` reader.
protocol RowSource {
    /// Calls `body` with each row's fields and number (1 = the header), in order.
    mutating func forEachRow(_ body: ([String], Int) throws(ExportError) -> Void) throws(ExportError)
    /// Whether rows may lack trailing empty cells (a sheet), so they are padded to the header.
    var padsRows: Bool { get }
}

extension CSVReader: RowSource {
    mutating func forEachRow(_ body: ([String], Int) throws(ExportError) -> Void) throws(ExportError) {
        while let fields = try next() { try body(fields, row) }
    }

    var padsRows: Bool { false }
}

/// A hash of text with a fixed seed, for telling message ids apart without keeping them
/// (FNV-1a, 64 bits: two different ids share a hash with a chance of about n²/2⁶⁵).
struct SeededHash {
    func callAsFunction(_ text: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(bitPattern: UInt(hash))
    }
}
