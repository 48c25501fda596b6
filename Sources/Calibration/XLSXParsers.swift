import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The attributes of every element with one name in a small XML part (the workbook's sheet
/// list, its relationships).
final class XMLAttributes: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []

    init(name: String) { self.name = name }

    static func elements(named name: String, in data: Data) -> [[String: String]] {
        let delegate = XMLAttributes(name: name)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.found
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if elementName == name { found.append(attributes) }
    }
}

/// The shared-string table: the text of each `<si>` (its `<t>` runs joined; phonetic runs left out).
final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false
    var inPhonetic = false

    static func parse(_ data: Data) -> [String] {
        let delegate = SharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// A worksheet's rows, handed to `body` one at a time (cells by their column letters; missing
/// cells empty; a shared string by its text, an inline string by its text, a number as written).
final class SheetParser: NSObject, XMLParserDelegate {
    let strings: [String]
    var body: (([String], Int) throws(ExportError) -> Void)?
    var failure: ExportError?
    var row = 0
    var cells: [String] = []
    var column = 0
    var type = ""
    var value = ""
    var collecting = false

    init(strings: [String]) { self.strings = strings }

    /// The 0-based column of a cell reference such as `AB12`.
    static func column(of reference: String) -> Int {
        var index = 0
        for byte in reference.utf8 {
            guard byte >= 65 && byte <= 90 else { break }
            index = index * 26 + Int(byte - 64)
        }
        return index - 1
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch elementName {
        case "row":
            row = Int(attributes["r"] ?? "") ?? row + 1
            cells = []
        case "c":
            column = attributes["r"].map(Self.column) ?? cells.count
            type = attributes["t"] ?? "n"
            value = ""
        case "v", "t":
            collecting = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "v", "t":
            collecting = false
        case "c":
            guard column >= 0, column < CSVReader.maxColumns else {
                fail(parser, ExportError(file: "", row: row, column: column + 1, message: "more than \(CSVReader.maxColumns) columns"))
                return
            }
            var text = value
            if type == "s" { text = Int(value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? "" }
            while cells.count <= column { cells.append("") }
            cells[column] = text
        case "row":
            do {
                try body?(cells, row)
            } catch {
                fail(parser, error)
            }
        default: break
        }
    }

    func fail(_ parser: XMLParser, _ error: ExportError) {
        failure = error
        parser.abortParsing()
    }
}
