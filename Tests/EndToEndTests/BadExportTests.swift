import Foundation
import Testing

/// Every kind of bad export through the binary: one line `FILE:ROW:COLUMN: problem` on stderr,
/// a non-zero exit, and no output folder.
@Suite struct BadExportTests {
    static let header = "message_id,received_at,channel,started_at,responded_at,replication"

    /// (rows after the header, extra arguments, expected row:column, a phrase of the message).
    static let cases: [(String, [String], String, String)] = [
        ("m1,2024-01-08T10:00:00,fb,,,\nm2,08-01-2024 25:00,fb,,,", [], ":3:2: received_at", "not a date that exists"),
        ("m1,yesterday,fb,,,", [], ":2:2: received_at", "is not a date-time"),
        ("m1,2024-01-08T10:00:00,fb,,,\nm1,2024-01-08T11:00:00,fb,,,", [], ":3:1: message_id", "duplicate of the message_id in row 2"),
        ("m1,2024-01-08T10:00:00,fb,2024-01-08T09:00:00,2024-01-08T10:30:00,", [], ":2:4: started_at", "the times go backwards"),
        ("m1,2024-01-08T10:00:00,fb,2024-01-08T10:10:00,2024-01-08T10:05:00,", [], ":2:5: responded_at", "the times go backwards"),
        ("m1,\"45306,5\",fb,,,", [], ":2:2: received_at", "decimal comma"),
        ("m1,2024-01-08T10:00:00,fb,,,\"1,5\"", [], ":2:6: replication", "decimal comma"),
        ("m1,2024-03-31T02:30:00,fb,,,", ["--timezone", "Europe/Amsterdam"], ":2:2: received_at", "does not exist in Europe/Amsterdam"),
        ("m1,2024-01-08T10:00:00,fb,,", [], ":2:0: 5 fields; expected 6", "as in the header"),
        ("m1,2024-01-08T10:00:00,,,,", [], ":2:3: channel", "empty"),
        ("m1,2024-01-08T10:00:00,fb,,,\nm2,9024-01-08T10:00:00,fb,,,", [], ":3:2: received_at", "outside 1970-2099"),
    ]

    @Test(arguments: cases.indices)
    func badRow(_ index: Int) throws {
        let (rows, extra, place, phrase) = Self.cases[index]
        try Self.expectFailure(Self.header + "\n" + rows + "\n", extra, place: place, phrase: phrase)
    }

    @Test func missingColumnNamesTheColumnsFound() throws {
        try Self.expectFailure("id,Datum,Bron\nm1,2024-01-08T10:00:00,fb\n", ["--map", "received_at=Datum"],
                               place: ":1:0: no column for message_id", phrase: "the columns are \"id\", \"Datum\", \"Bron\"")
        try Self.expectFailure("id,Datum,Bron\nm1,2024-01-08T10:00:00,fb\n", ["--map", "message_id=ID2"],
                               place: ":1:0: --map message_id=ID2", phrase: "no column \"ID2\"")
    }

    @Test func unknownFieldInMap() throws {
        let outcome = try Self.fit("message_id,received_at,channel\nm1,2024-01-08T10:00:00,fb\n", ["--map", "chanel=Bron"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.hasPrefix("--map:0:0: chanel=Bron: unknown field \"chanel\""))
    }

    @Test func outThatIsAFileIsRefused() throws {
        let file = try FitBinary.file("message_id,received_at,channel\nm1,2024-01-08T10:00:00,fb\n")
        let out = try FitBinary.file("not a folder")
        let outcome = try FitBinary.run(["fit", file, "--out", out])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("it is a regular file; expected a folder"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "not a folder")
    }

    static func fit(_ text: String, _ extra: [String]) throws -> (status: Int32, stderr: String, out: URL) {
        let file = try FitBinary.file(text)
        let out = try FitBinary.temporaryDirectory().appendingPathComponent("fitted")
        let outcome = try FitBinary.run(["fit", file, "--out", out.path, "--timezone", "UTC"] + extra)
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written after bad input")
        return (outcome.status, outcome.stderr, out)
    }

    static func expectFailure(_ text: String, _ extra: [String], place: String, phrase: String) throws {
        // A later --timezone wins over the default UTC of `fit` above.
        let outcome = try fit(text, extra)
        #expect(outcome.status != 0)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(".csv" + place), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(phrase), "\(outcome.stderr)")
    }
}
