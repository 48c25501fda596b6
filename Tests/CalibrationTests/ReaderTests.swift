import Foundation
import Testing
import Calibration

/// The export readers: CSV dialects (delimiter, quoting, BOM, CRLF), time formats and zones.
@Suite struct ReaderTests {
    static func file(_ text: String, _ ext: String = "csv") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fit-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func rows(_ text: String) throws -> [[String]] {
        var reader = try CSVReader(path: file(text))
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    @Test func semicolonsQuotesBOMAndCRLF() throws {
        let rows = try Self.rows("\u{FEFF}id;text;n\r\n1;\"a;b\";\"say \"\"hi\"\"\"\r\n\r\n2;\"two\r\nlines\";x\r\n")
        #expect(rows == [["id", "text", "n"], ["1", "a;b", "say \"hi\""], ["2", "two\r\nlines", "x"]])
    }

    @Test func tabsAndCommas() throws {
        #expect(try Self.rows("a\tb\tc\n1\t2\t3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try Self.rows("a,b\n\"1,5\",2") == [["a", "b"], ["1,5", "2"]])
    }

    @Test func limitsAreErrors() throws {
        let long = String(repeating: "x", count: CSVReader.maxFieldBytes + 1)
        #expect(throws: ExportError.self) { try Self.rows("a,b\n1,\(long)\n") }
        #expect(throws: ExportError.self) { try Self.rows("a,b\n1,\"open\n") }
    }

    @Test func timeFormats() throws {
        let clock = try #require(ZoneClock(identifier: "Europe/Amsterdam"))
        var parser = TimeParser(clock: clock)
        // 2024-01-15 12:00 in Amsterdam (winter, +01:00) is 11:00Z.
        let expected = Double(CivilDate(year: 2024, month: 1, day: 15)!.daysSince1970) * 86_400 + 11 * 3_600
        for text in ["2024-01-15T12:00:00", "2024-01-15 12:00", "15-01-2024 12:00", "15/01/2024 12:00:00", "2024-01-15T11:00:00Z",
                     "2024-01-15T13:00:00+02:00", "2024-01-15T06:00:00-0500"] {
            #expect(try parser.parse(text).get() == expected, "\(text)")
        }
        #expect(try parser.parse("2024-01-15T12:00:00.250").get() == expected + 0.25)
        var custom = TimeParser(clock: clock, format: "dd.MM.yyyy HH:mm")
        #expect(try custom.parse("15.01.2024 12:00").get() == expected)
        #expect(parser.parse("31-02-2024 10:00") == .failure(.noSuchDate))
        #expect(parser.parse("1,5") == .failure(.number(decimalComma: true)))
        #expect(parser.parse("yesterday") == .failure(.unreadable))
        // 45306.5 is Excel's serial of 2024-01-15 12:00.
        #expect(try parser.parse(excelSerial: "45306.5").get() == expected)
    }

    @Test func daylightSavingTimes() throws {
        let clock = try #require(ZoneClock(identifier: "Europe/Amsterdam"))
        var parser = TimeParser(clock: clock)
        #expect(parser.parse("2024-03-31 02:30") == .failure(.skippedHour))
        // 03:30 CEST on 31 March is 01:30Z; 02:30 on 27 October occurs twice (00:30Z and 01:30Z).
        let march = Double(CivilDate(year: 2024, month: 3, day: 31)!.daysSince1970) * 86_400
        #expect(try parser.parse("2024-03-31 03:30").get() == march + 1.5 * 3_600)
        let october = Double(CivilDate(year: 2024, month: 10, day: 27)!.daysSince1970) * 86_400
        #expect(try parser.parse("2024-10-27 02:30").get() == october + 0.5 * 3_600)
        #expect(parser.repeatedHourTimes == 1)
        #expect(try parser.parse("2024-10-27T02:30:00+01:00").get() == october + 1.5 * 3_600)
    }

    @Test func aRepeatedHourTimeThatWouldGoBackwardsIsItsSecondOccurrence() throws {
        // Received 02:50 summer time (00:50Z), started 02:55 (00:55Z), answered at 02:05 winter
        // time (01:05Z): read as the first 02:05 the answer would precede the message.
        let file = try Self.file("message_id,received_at,channel,started_at,responded_at\nm1,2024-10-27 02:50,fb,2024-10-27 02:55,2024-10-27 02:05\n")
        let data = try ExportReader.read([file], options: ExportOptions())
        let record = try #require(try data.messages().first)
        #expect(record.responded - record.started == 600)
        #expect(data.repeatedHourTimes == 3)
    }
}
