import Foundation
import Scenarios
import Testing
import WebcareModel

/// `merge` refuses parts that do not make one whole run, in one line naming the part, with a
/// non-zero exit and no output folder: a missing shard, a shard given twice, a part of another
/// run (other seed, other scenario) and a truncated part.
@Suite struct MergeRefusalTests {
    static let scenario = ShardMergeTests.shipped("drenthe-14-22.yaml")
    static let short = ["--set", "run.horizon_weeks=1", "--set", "run.warmup_days=0", "--replications", "3"]

    /// Writes shard `index` of `shards` of `file` into `folder` (with `extra` arguments) and returns its path.
    static func part(_ index: Int, of shards: Int, into folder: URL, file: String = scenario,
                     extra: [String] = []) throws -> String {
        let outcome = try CommandLineTests.run(["run", file] + short + extra + ["--shard", "\(index)/\(shards)", "--out", folder.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return folder.appendingPathComponent("part-\(index)-of-\(shards).json").path
    }

    /// Merges `parts` and expects a refusal whose one line starts with `named` and contains `word`.
    static func expectRefused(_ parts: [String], in dir: URL, named: String, word: String) throws {
        let out = dir.appendingPathComponent("merged")
        let outcome = try CommandLineTests.run(["merge"] + parts + ["--out", out.path])
        #expect(outcome.status != 0)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(outcome.stderr)")
        #expect(lines.first?.hasPrefix("\(named):1:1: ") == true, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(word), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing written")
    }

    @Test func missingPartIsNamed() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = dir.appendingPathComponent("parts")
        let given = [try Self.part(0, of: 3, into: parts), try Self.part(2, of: 3, into: parts)]
        try Self.expectRefused(given, in: dir, named: parts.appendingPathComponent("part-1-of-3.json").path, word: "missing")
    }

    @Test func duplicatedPartIsNamed() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = dir.appendingPathComponent("parts")
        let first = try Self.part(0, of: 2, into: parts), second = try Self.part(1, of: 2, into: parts)
        let copy = dir.appendingPathComponent("copy.json").path
        try FileManager.default.copyItem(atPath: second, toPath: copy)
        try Self.expectRefused([first, second, copy], in: dir, named: copy, word: "twice")
    }

    @Test func partWithAnotherSeedIsNamed() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try Self.part(0, of: 2, into: dir.appendingPathComponent("a"), extra: ["--seed", "11"])
        let foreign = try Self.part(1, of: 2, into: dir.appendingPathComponent("b"), extra: ["--seed", "12"])
        try Self.expectRefused([first, foreign], in: dir, named: foreign, word: "another run")
    }

    @Test func partOfAnotherScenarioIsNamed() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try Self.part(0, of: 2, into: dir.appendingPathComponent("a"))
        let foreign = try Self.part(1, of: 2, into: dir.appendingPathComponent("b"), file: ShardMergeTests.shipped("drenthe-09-22.yaml"))
        try Self.expectRefused([first, foreign], in: dir, named: foreign, word: "another run")
    }

    /// A copy of the scenario file with one byte changed between the shards has another SHA-256.
    @Test func partOfAChangedScenarioFileIsNamed() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("unit.yaml").path
        let text = try String(contentsOfFile: Self.scenario, encoding: .utf8)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let first = try Self.part(0, of: 2, into: dir.appendingPathComponent("a"), file: file)
        try (text + "\n# edited\n").write(toFile: file, atomically: true, encoding: .utf8)
        let changed = try Self.part(1, of: 2, into: dir.appendingPathComponent("b"), file: file)
        try Self.expectRefused([first, changed], in: dir, named: changed, word: "SHA-256")
    }

    @Test func truncatedPartIsNamed() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = dir.appendingPathComponent("parts")
        let first = try Self.part(0, of: 2, into: parts), second = try Self.part(1, of: 2, into: parts)
        let data = try Data(contentsOf: URL(fileURLWithPath: second))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: second))
        try Self.expectRefused([first, second], in: dir, named: second, word: "truncated")
    }

    /// Part files keep doubles as bit patterns: every finite double (random bit patterns,
    /// subnormals, extremes, negative zero) and an undefined value read back identical.
    @Test func doublesRoundTripThroughAPartBitForBit() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double?] = [0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
                                 -.greatestFiniteMagnitude, 0.1, 1.0 / 3.0, nil]
        while values.count < 20_000 {
            let value = Double(bitPattern: generator.next())
            if value.isFinite { values.append(value) }
        }
        let row = PartRow(ReplicationRow(index: 0, values: values, events: 1, conservation: []))
        let part = ShardPart(command: "run", arguments: [], shard: ShardSpec(index: 0, count: 1), experiments: [
            ShardExperiment(files: [], seed: 1, replications: 0..<1, of: 1, points: 0..<1, of: 1, sharesPoints: false,
                            wall: 0, rows: [row])])
        let back = try JSONDecoder().decode(ShardPart.self, from: try part.json())
        let read = back.experiments[0].rows[0].values
        #expect(read.count == values.count)
        #expect(zip(read, values).allSatisfy { $0.map(\.bitPattern) == $1.map(\.bitPattern) })
    }
}
