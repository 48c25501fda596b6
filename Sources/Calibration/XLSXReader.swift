import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// A streaming reader of an Excel workbook (`.xlsx`): the shared strings are read into memory,
/// then the chosen sheet (the first, or `--sheet NAME`) is extracted to a temporary file and
/// parsed with Foundation's `XMLParser` in chunks, row by row. Numeric cells are given as their
/// number text (`isNumber`), so that time fields can read Excel's date serials.
struct XLSXReader: RowSource {
    let path: String
    let archive: Archive
    let sheetPath: String
    let strings: [String]
    private(set) var row = 0
    /// The largest workbook part (shared strings, sheet list) read into memory: 256 MiB.
    static let maxPartBytes: UInt64 = 1 << 28
    var padsRows: Bool { true }

    init(path: String, sheet: String?) throws(ExportError) {
        self.path = path
        func fail(_ message: String) -> ExportError { ExportError(file: path, row: 0, column: 0, message: message) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw fail("not a readable .xlsx workbook (a ZIP archive): \(error)")
        }
        let workbook = try XLSXReader.entryData(archive, "xl/workbook.xml", path)
        let relations = try XLSXReader.entryData(archive, "xl/_rels/workbook.xml.rels", path)
        let sheets = XMLAttributes.elements(named: "sheet", in: workbook)
        let targets = Dictionary(XMLAttributes.elements(named: "Relationship", in: relations).map { ($0["Id"] ?? "", $0["Target"] ?? "") },
                                 uniquingKeysWith: { a, _ in a })
        let names = sheets.compactMap { $0["name"] }
        let picked = sheet.map { name in sheets.first { $0["name"] == name } } ?? sheets.first
        guard let chosen = picked else {
            throw fail(sheet.map { "no sheet \"\($0)\"; the sheets are \(names.map { "\"\($0)\"" }.joined(separator: ", "))" }
                       ?? "the workbook has no sheet")
        }
        let target = targets[chosen["r:id"] ?? ""] ?? ""
        sheetPath = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        if archive["xl/sharedStrings.xml"] != nil {
            strings = SharedStrings.parse(try XLSXReader.entryData(archive, "xl/sharedStrings.xml", path))
        } else {
            strings = []
        }
    }

    static func entryData(_ archive: Archive, _ name: String, _ path: String) throws(ExportError) -> Data {
        guard let entry = archive[name] else {
            throw ExportError(file: path, row: 0, column: 0, message: "not an .xlsx workbook: it has no \(name)")
        }
        guard entry.uncompressedSize <= XLSXReader.maxPartBytes else {
            throw ExportError(file: path, row: 0, column: 0,
                              message: "\(name) unpacks to \(entry.uncompressedSize) bytes; at most \(XLSXReader.maxPartBytes) are read into memory")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw ExportError(file: path, row: 0, column: 0, message: "cannot read \(name) from the workbook: \(error)")
        }
        return data
    }

    /// Calls `body` with each row's cells (strings; numbers as written) and its row number.
    mutating func forEachRow(_ body: ([String], Int) throws(ExportError) -> Void) throws(ExportError) {
        guard let entry = archive[sheetPath] else {
            throw ExportError(file: path, row: 0, column: 0, message: "the workbook has no \(sheetPath)")
        }
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-fit-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            _ = try archive.extract(entry, to: temporary, skipCRC32: false)
        } catch {
            throw ExportError(file: path, row: 0, column: 0, message: "cannot read \(sheetPath) from the workbook: \(error)")
        }
        guard let stream = InputStream(url: temporary) else {
            throw ExportError(file: path, row: 0, column: 0, message: "cannot read the extracted sheet")
        }
        let delegate = SheetParser(strings: strings)
        let parser = XMLParser(stream: stream)
        parser.delegate = delegate
        let finished = withoutActuallyEscaping(body) { escaping in
            delegate.body = escaping
            let parsed = parser.parse()
            // The closure must not outlive this block (withoutActuallyEscaping checks it).
            delegate.body = nil
            return parsed
        }
        if let failure = delegate.failure {
            throw ExportError(file: path, row: failure.row, column: failure.column, message: failure.message)
        }
        if !finished {
            throw ExportError(file: path, row: delegate.row, column: 0,
                              message: "the sheet's XML is broken: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
        }
        row = delegate.row
    }
}
