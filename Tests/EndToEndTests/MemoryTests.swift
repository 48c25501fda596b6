import Calibration
import Foundation
import Testing

/// `fit` reads in memory that does not grow with the export: the binary's peak resident set on
/// an export ten times longer stays within a small margin of that on the shorter one.
@Suite(.tags(.large), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
struct MemoryTests {
    /// An export of `rows` messages over consecutive minutes-apart times (UTC), two channels and
    /// two kinds, conversations with follow-ups, started, responded and abandoned times.
    static func export(rows: Int) throws -> URL {
        let url = try FitBinary.temporaryDirectory().appendingPathComponent("export-\(rows).csv")
        var text = "message_id,received_at,channel,conversation_id,kind,started_at,responded_at,abandoned_at\n"
        text.reserveCapacity(rows * 110)
        let start = Double(CivilDate(year: 2024, month: 1, day: 8)!.daysSince1970) * 86_400
        func iso(_ t: Double) -> String {
            let day = CivilDate(daysSince1970: Int((t / 86_400).rounded(.down)))
            let s = Int(t) % 86_400
            return "\(day)T\(two(s / 3_600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
        }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var conversation = 0
        for n in 0..<rows {
            // A deterministic scramble of n picks follow-ups, channels, kinds and durations.
            let h = (UInt64(n) &* 0x9E37_79B9_7F4A_7C15) >> 33
            if n == 0 || h % 5 != 0 { conversation += 1 }
            let t = start + Double(n) * 90
            let channel = h % 3 == 0 ? "twitter" : "facebook", kind = h % 7 < 2 ? "tip" : "vraag"
            if h % 10 == 3 {
                text += "m\(n),\(iso(t)),\(channel),c\(conversation),\(kind),,,\(iso(t + Double(60 + h % 900)))\n"
            } else {
                let begun = t + Double(h % 1_800)
                text += "m\(n),\(iso(t)),\(channel),c\(conversation),\(kind),\(iso(begun)),\(iso(begun + Double(30 + h % 1_200))),\n"
            }
        }
        try Data(text.utf8).write(to: url)
        return url
    }

    static let time = "/usr/bin/time"

    /// Runs the binary under GNU time and gives its exit status and peak resident set (KiB). Not
    /// wait4 from here: a child spawned from this process starts its high-water mark at this
    /// process's resident set, whereas time's forked child starts small.
    static func peak(_ arguments: [String], report: URL) throws -> (status: Int32, kib: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: time)
        process.arguments = ["-f", "%M", "-o", report.path, FitBinary.binary.path] + arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = try String(contentsOf: report, encoding: .utf8)
        return (process.terminationStatus, Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? 0)
    }

    /// 60,000 and 600,000 rows with a 1 MiB sort budget, so that both sorts spill at either size
    /// (600,000 rows make 55 runs of messages, more than the 9 one merge takes, so the merge
    /// first makes longer runs): what may still grow is the bounded samples (at most 50,000
    /// values per kind and kind of duration: 2 kinds × (3 × 400 kB + 800 kB of waits) = 4 MB,
    /// partly filled already at the smaller size) and the allocator's slack; 6 MB allows for
    /// that. Keeping 113 bytes a message, as the fit did before, would add 61 MB; giving every
    /// run of the merge 1,024 records whatever the budget, as it did before, about 3 MB. The
    /// longer export fitted with a 64 MiB budget (every record in memory, no spill) gives the
    /// same files byte for byte: the external sort keeps the order exactly.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: time), "needs GNU time at /usr/bin/time"))
    func peakMemoryDoesNotGrowWithTheRows() throws {
        var peaks: [Int] = []
        for rows in [60_000, 600_000] {
            let file = try Self.export(rows: rows)
            defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
            let folder = file.deletingLastPathComponent()
            let spilled = folder.appendingPathComponent("out"), inMemory = folder.appendingPathComponent("in-memory")
            let outcome = try Self.peak(["fit", file.path, "--out", spilled.path, "--sort-memory", "1"],
                                        report: folder.appendingPathComponent("time.txt"))
            #expect(outcome.status == 0)
            peaks.append(outcome.kib)
            guard rows == 600_000 else { continue }
            let unspilled = try Self.peak(["fit", file.path, "--out", inMemory.path, "--sort-memory", "64"], report: folder.appendingPathComponent("time.txt"))
            #expect(unspilled.status == 0)
            for name in ["demand.yaml", "fit.json"] {
                let a = try Data(contentsOf: spilled.appendingPathComponent(name))
                let b = try Data(contentsOf: inMemory.appendingPathComponent(name))
                #expect(a == b, "\(name) differs between the spilled and the in-memory sort")
            }
        }
        #expect(peaks[1] - peaks[0] < 6 * 1_024, "peak RSS \(peaks[0]) KiB for 60,000 rows, \(peaks[1]) KiB for 600,000")
    }
}
