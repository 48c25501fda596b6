import Foundation
import Testing
import Calibration
import ZIPFoundation

/// `.xlsx` workbooks: shared and inline strings, Excel date serials, sparse cells, the first
/// sheet by default and `--sheet NAME`.
@Suite struct XLSXTests {
    /// A workbook with a sheet "Notes" (first, not an export) and a sheet "Export".
    static func workbook(badRow: Bool) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fit-\(UUID().uuidString).xlsx")
        let archive = try Archive(url: url, accessMode: .create)
        let parts: [(String, String)] = [
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                <sheet name="Notes" sheetId="1" r:id="rId1"/><sheet name="Export" sheetId="2" r:id="rId2"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>
                """),
            ("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <si><t>ID</t></si><si><t>Datum</t></si><si><r><t>Br</t></r><r><t>on</t></r></si><si><t>facebook</t></si><si><t>note</t></si></sst>
                """),
            ("xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetData><row r="1"><c r="A1" t="s"><v>4</v></c></row></sheetData></worksheet>
                """),
            ("xl/worksheets/sheet2.xml", """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
                <row r="2"><c r="A2" t="inlineStr"><is><t>m1</t></is></c><c r="B2"><v>45306.5</v></c><c r="C2" t="s"><v>3</v></c></row>\
                <row r="3"><c r="A3" t="inlineStr"><is><t>m2</t></is></c><c r="B3" t="str"><v>2024-01-15T13:00:00</v></c><c r="C3" t="s"><v>3</v></c></row>\
                \(badRow ? "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>m3</t></is></c><c r=\"C4\" t=\"s\"><v>3</v></c></row>" : "")\
                </sheetData></worksheet>
                """),
        ]
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url.path
    }

    @Test func readsTheNamedSheet() throws {
        var options = ExportOptions()
        options.sheet = "Export"
        options.profile = .coosto
        let data = try ExportReader.read([try Self.workbook(badRow: false)], options: options)
        // 45306.5 is 2024-01-15 12:00 on Amsterdam's clock (11:00Z); the text cell 13:00 is 12:00Z.
        let noon = Double(CivilDate(year: 2024, month: 1, day: 15)!.daysSince1970) * 86_400 + 11 * 3_600
        #expect(try data.messages().map(\.received).sorted() == [noon, noon + 3_600])
        #expect(data.channels == ["facebook"])
    }

    @Test func badRowOfASheet() throws {
        let file = try Self.workbook(badRow: true)
        var options = ExportOptions()
        options.sheet = "Export"
        options.profile = .coosto
        // Row 4 has no received_at: an error at its row and column.
        #expect(throws: ExportError.self) { try ExportReader.read([file], options: options) }
        do {
            _ = try ExportReader.read([file], options: options)
        } catch {
            #expect(error.row == 4 && error.column == 2)
        }
    }

    @Test func firstSheetByDefaultAndUnknownSheet() throws {
        let file = try Self.workbook(badRow: false)
        var options = ExportOptions()
        options.profile = .coosto
        do {
            _ = try ExportReader.read([file], options: options)
            Issue.record("the first sheet has no export columns")
        } catch {
            #expect(error.row == 1 && error.message.contains("no column for"))
        }
        options.sheet = "Nope"
        do {
            _ = try ExportReader.read([file], options: options)
            Issue.record("no such sheet")
        } catch {
            #expect(error.message.contains("the sheets are \"Notes\", \"Export\""))
        }
    }
}
