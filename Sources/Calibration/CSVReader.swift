import Foundation

/// A streaming reader of delimited text (RFC 4180): comma, semicolon or tab, detected from the
/// header line (the most frequent of the three outside quotes); fields in double quotes may hold
/// delimiters, line ends and doubled quotes; UTF-8 with or without a byte-order mark; LF or CRLF
/// line ends. The file is read in blocks of 1 MiB, so memory does not grow with its size.
///
/// Limits (each an `ExportError` when passed): `maxColumns` columns, `maxFieldBytes` bytes per
/// field, `maxRows` records; no NUL bytes; valid UTF-8.
public struct CSVReader {
    public static let maxColumns = 1_000
    public static let maxFieldBytes = 65_536
    public static let maxRows = 100_000_000
    static let blockSize = 1 << 20

    let path: String
    let handle: FileHandle
    var block: [UInt8] = []
    var position = 0
    var atEnd = false
    /// The delimiter byte, found from the header.
    public private(set) var delimiter: UInt8 = UInt8(ascii: ",")
    /// Number of the next record (1 = the header).
    public private(set) var row = 0

    /// Opens `path` for reading; the error names the file.
    public init(path: String) throws(ExportError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError(file: path, row: 0, column: 0, message: "cannot open the file")
        }
        self.handle = handle
        refill()
        if block.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        delimiter = detectDelimiter()
    }

    /// Reads the next block, keeping the unread rest of the current one.
    mutating func refill() {
        let data = handle.readData(ofLength: Self.blockSize)
        if data.isEmpty { atEnd = true }
        if position > 0 {
            block.removeFirst(position)
            position = 0
        }
        block.append(contentsOf: data)
    }

    /// The most frequent of comma, semicolon and tab outside quotes in the first line (comma
    /// when none occurs).
    func detectDelimiter() -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in block[position...] {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && (byte == 10 || byte == 13) { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let order: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 > $1) } ?? UInt8(ascii: ",")
    }

    /// The next record's fields, or nil at the end of the file. A blank line is skipped.
    public mutating func next() throws(ExportError) -> [String]? {
        while true {
            guard let fields = try record() else { return nil }
            if fields.count == 1 && fields[0].isEmpty { continue }
            return fields
        }
    }

    /// One record (a blank line gives one empty field).
    mutating func record() throws(ExportError) -> [String]? {
        if position >= block.count && !atEnd { refill() }
        if position >= block.count && atEnd { return nil }
        row += 1
        guard row <= Self.maxRows else { throw error(column: 0, "more than \(Self.maxRows) rows; split the export") }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false, wasQuoted = false
        while true {
            if position >= block.count {
                if !atEnd { refill() }
                if position >= block.count {
                    if quoted { throw error(column: fields.count + 1, "a quoted field is not closed before the end of the file") }
                    fields.append(try text(field, column: fields.count + 1))
                    return fields
                }
            }
            let byte = block[position]
            position += 1
            if byte == 0 { throw error(column: fields.count + 1, "a NUL byte; expected text (is this a binary file? .xlsx files need the .xlsx extension)") }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position >= block.count && !atEnd { refill() }
                    if position < block.count && block[position] == UInt8(ascii: "\"") {
                        field.append(byte)
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == delimiter {
                fields.append(try text(field, column: fields.count + 1))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
                guard fields.count < Self.maxColumns else {
                    throw error(column: fields.count, "more than \(Self.maxColumns) columns")
                }
            } else if byte == 10 || byte == 13 {
                if byte == 13 {
                    if position >= block.count && !atEnd { refill() }
                    if position < block.count && block[position] == 10 { position += 1 }
                }
                fields.append(try text(field, column: fields.count + 1))
                return fields
            } else if byte == UInt8(ascii: "\"") && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else {
                field.append(byte)
            }
            if field.count > Self.maxFieldBytes {
                throw error(column: fields.count + 1, "a field longer than \(Self.maxFieldBytes) bytes")
            }
        }
    }

    /// The field's text; invalid UTF-8 is an error (ASCII, the common case, needs no check).
    @inline(__always)
    func text(_ bytes: [UInt8], column: Int) throws(ExportError) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw error(column: column, "not valid UTF-8 text; export the file as UTF-8")
        }
        return string
    }

    func error(column: Int, _ message: String) -> ExportError {
        ExportError(file: path, row: row, column: column, message: message)
    }
}
