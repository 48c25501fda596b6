import Foundation
import Testing

/// The external sorts when they spill: with a 1 MiB budget 50,000 ids make three runs, and a
/// duplicate whose two rows are in different runs is still found, named by both rows, and
/// reported before a bad row that comes after it (as the reading met it).
@Suite struct SpillTests {
    @Test func aDuplicateAcrossRunsIsFoundBeforeALaterBadRow() throws {
        var text = "message_id,received_at,channel\n"
        for n in 0..<50_000 {
            let id = n == 45_000 ? "m7" : "m\(n)"
            let time = n == 48_000 ? "yesterday" : "2024-01-08T10:00:00Z"
            text += "\(id),\(time),facebook\n"
        }
        let folder = try FitBinary.temporaryDirectory()
        let file = folder.appendingPathComponent("export.csv")
        try Data(text.utf8).write(to: file)
        let outcome = try FitBinary.run(["fit", file.path, "--out", folder.appendingPathComponent("out").path, "--sort-memory", "1"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("export.csv:45002:1: message_id: \"m7\" is a duplicate of the message_id in row 9"), "\(outcome.stderr)")
        // Without the duplicate the bad row is the error.
        let clean = text.replacingOccurrences(of: "\nm7,2024-01-08T10:00:00Z,facebook\nm45001,", with: "\nm45000,2024-01-08T10:00:00Z,facebook\nm45001,")
        try Data(clean.utf8).write(to: file)
        let bad = try FitBinary.run(["fit", file.path, "--out", folder.appendingPathComponent("out").path, "--sort-memory", "1"])
        #expect(bad.stderr.contains("export.csv:48002:2: received_at"), "\(bad.stderr)")
        try? FileManager.default.removeItem(at: folder)
    }
}
