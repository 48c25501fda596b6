import Calibration
import Dispatch
import Foundation
import Stochastics

/// The fit part of `webcare-sim bench`: a synthetic export of `rows` messages (two channels, two
/// kinds, bare local times of Europe/Amsterdam from 2021-01-04, started, responded and abandoned
/// times, one conversation in five with a follow-up) written to a temporary CSV file, then read and
/// fitted on one thread; prints rows per second and the peak memory.
enum FitBench {
    static func run(rows: Int) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-fit-bench-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try write(rows: rows, to: file)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let started = DispatchTime.now()
        let data = try ExportReader.read([file.path], options: ExportOptions())
        let read = DispatchTime.now()
        let fit = try DemandFit(data, settings: DemandFit.Settings())
        let done = DispatchTime.now()
        func seconds(_ a: DispatchTime, _ b: DispatchTime) -> Double { Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9 }
        let total = seconds(started, done)
        print("")
        print("fit of a synthetic export, 1 thread: \(rows) rows (\(size / 1_000_000) MB CSV), \(fit.data.days) days")
        print(String(format: "  read %.2f s, fit %.2f s, total %.2f s: %.0f rows/s (%.1f million rows a minute); peak RSS %.0f MB",
                     seconds(started, read), seconds(read, done), total, Double(rows) / total, Double(rows) / total * 60 / 1e6,
                     Double(PeakMemory.residentBytes()) / 1e6))
    }

    /// The synthetic export: arrivals 30 an hour, waits exponential (mean 20 min), handling
    /// lognormal (mean about 8 min), one in ten abandoned after an exponential patience.
    static func write(rows: Int, to file: URL) throws {
        guard let stream = RandomStream(seed: 12), let clock = ZoneClock(identifier: "Europe/Amsterdam"),
              FileManager.default.createFile(atPath: file.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: file.path) else { throw FitBenchError() }
        defer { try? handle.close() }
        func local(_ t: Double) -> String {
            let l = clock.local(t)
            let day = CivilDate(daysSince1970: Int((l / 86_400).rounded(.down)))
            let s = Int(l - Double(day.daysSince1970) * 86_400)
            return String(format: "%02d-%02d-%04d %02d:%02d:%02d", day.day, day.month, day.year, s / 3_600, s / 60 % 60, s % 60)
        }
        var t = Double(CivilDate(year: 2021, month: 1, day: 4)!.daysSince1970) * 86_400
        var text = "message_id;received_at;channel;conversation_id;kind;started_at;responded_at;abandoned_at\n"
        var conversation = 0
        for n in 1...rows {
            let followUp = n > 1 && stream.uniform() < 0.2
            if !followUp { conversation += 1 }
            t += stream.exponential(mean: 120)
            let channel = stream.uniform() < 0.6 ? "facebook" : "twitter", kind = stream.uniform() < 0.7 ? "vraag" : "tip"
            if stream.uniform() < 0.1 {
                text += "m\(n);\(local(t));\(channel);c\(conversation);\(kind);;;\(local(t + stream.exponential(mean: 600)))\n"
            } else {
                let start = t + stream.exponential(mean: 1_200)
                text += "m\(n);\(local(t));\(channel);c\(conversation);\(kind);\(local(start));\(local(start + stream.lognormal(zeta: 6, sigma: 0.6)));\n"
            }
            if n % 10_000 == 0 {
                try handle.write(contentsOf: Data(text.utf8))
                text = ""
            }
        }
        try handle.write(contentsOf: Data(text.utf8))
    }
}

/// The synthetic export could not be made.
struct FitBenchError: Error, CustomStringConvertible {
    var description: String { "cannot write the synthetic export to the temporary folder" }
}
