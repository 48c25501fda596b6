import Foundation
import Testing

/// The built `webcare-sim` binary as a planner uses it: bad scenario files give one line
/// `FILE:LINE:COLUMN: message`, a non-zero exit and no output files, never a crash; good runs
/// write their results atomically and do not depend on the thread count.
@Suite struct CommandLineTests {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("webcare-sim")
    }

    /// Runs the built binary; `environment` replaces the inherited one when given.
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let good = """
    name: small team
    run: {horizon_weeks: 2, warmup_days: 2, replications: 4, seed: 3}
    service_level: {target_minutes: 30}
    channels:
      - name: facebook
        messages_per_hour: 4
    kinds:
      - name: question
        share: 1
        handling: {dist: exponential, mean: 10}
        patience: {dist: exponential, mean: 120}
    shifts:
      - name: day
        days: daily
        start: "08:00"
        end: "20:00"
        officers: 1
    """

    /// Each bad file: (name, text, expected "LINE:COLUMN", a word the message must contain).
    static let badFiles: [(String, String, String, String)] = [
        ("unknown-key", good.replacingOccurrences(of: "seed: 3}", with: "seed: 3, sede: 4}"), "2:", "sede"),
        ("wrong-type", good.replacingOccurrences(of: "officers: 1", with: "officers: two"), "17:15", "officers"),
        ("23-weights", good.replacingOccurrences(of: "messages_per_hour: 4",
            with: "messages_per_day: 90\n    hour_shape: [\(Array(repeating: "1", count: 23).joined(separator: ", "))]"), "7:17", "hour_shape"),
        ("negative-officers", good.replacingOccurrences(of: "officers: 1", with: "officers: -1"), "17:15", "officers"),
        ("shift-25h", good.replacingOccurrences(of: "start: \"08:00\"", with: "start: \"25:00\""), "15:12", "start"),
        ("shares", good.replacingOccurrences(of: "share: 1", with: "share: 0.9"), "7:", "share"),
        ("empty", "", "1:1", "empty"),
        ("not-yaml", "name: [unclosed\nrun: {", "", "YAML"),
    ]

    @Test(arguments: badFiles.map(\.0))
    func badFileGivesOneLineAndNoOutput(_ name: String) throws {
        let (_, text, position, word) = try #require(Self.badFiles.first { $0.0 == name })
        let dir = try Self.temporaryDirectory()
        let file = dir.appendingPathComponent("\(name).yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out")
        for command in [["run", file.path, "--out", out.path], ["validate", file.path]] {
            let outcome = try Self.run(command)
            #expect(outcome.status == 1, "\(name): exit \(outcome.status)")
            let lines = outcome.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(name): \(outcome.stderr)")
            let line = String(lines.first ?? "")
            #expect(line.hasPrefix("\(file.path):\(position)"), "\(name): \(line)")
            #expect(line.contains(word), "\(name): \(line)")
            #expect(outcome.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
    }

    /// The JSON names its scenario file, the file's SHA-256 (checked against sha256sum) and the
    /// --set changes applied on top of it.
    @Test func resultRecordsItsProvenance() throws {
        let dir = try Self.temporaryDirectory()
        let file = dir.appendingPathComponent("good.yaml")
        try Self.good.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try Self.run(["run", file.path, "--format", "json", "--set", "shifts.day.officers=2"])
        #expect(outcome.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let provenance = try #require(object["provenance"] as? [String: Any])
        #expect(provenance["scenario_file"] as? String == file.path)
        #expect(provenance["overrides"] as? [String] == ["shifts.day.officers=2"])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let line = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(provenance["scenario_sha256"] as? String == line.split(separator: " ").first.map(String.init))
    }

    @Test func missingFileIsOneLine() throws {
        let outcome = try Self.run(["run", "/nonexistent/team.yaml"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("/nonexistent/team.yaml:1:1: cannot read the file"))
        #expect(outcome.stderr.split(separator: "\n").count == 1)
    }

    /// JSON on stdout is one document; apart from `performance` it is byte-identical with 1
    /// and 2 threads; --out writes summary.json (the same document) and by-hour.csv (168 rows).
    @Test func jsonIsIdenticalWhateverTheThreads() throws {
        let dir = try Self.temporaryDirectory()
        let file = dir.appendingPathComponent("good.yaml")
        try Self.good.write(to: file, atomically: true, encoding: .utf8)
        let one = try Self.run(["run", file.path, "--format", "json", "--threads", "1"])
        let two = try Self.run(["run", file.path, "--format", "json", "--threads", "2", "--out", dir.appendingPathComponent("out").path])
        #expect(one.status == 0 && two.status == 0)
        func withoutPerformance(_ text: String) throws -> Data {
            var object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["performance"] != nil)
            object["performance"] = nil
            return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        }
        #expect(try withoutPerformance(one.stdout) == withoutPerformance(two.stdout))
        let written = try String(contentsOf: dir.appendingPathComponent("out/summary.json"), encoding: .utf8)
        #expect(try withoutPerformance(written) == withoutPerformance(two.stdout))
        let csv = try String(contentsOf: dir.appendingPathComponent("out/by-hour.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 169)
    }
}
