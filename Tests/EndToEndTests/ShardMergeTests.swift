import Foundation
import Scenarios
import Testing

/// `--shard I/N` and `merge` through the binary, every shard a separate process: for a shipped
/// scenario run alone, a comparison of two shipped scenarios and a sweep, every N in
/// {1, 2, 3, 7} merges to the single run's files byte for byte (the `performance` block, the
/// run's own timing, aside). A shipped horizon is shortened to one week so the debug build
/// runs the tests in seconds; the streams do not depend on the horizon's length.
@Suite struct ShardMergeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func shipped(_ name: String) -> String { root.appendingPathComponent("scenarios/\(name)").path }
    static let short = ["--set", "run.horizon_weeks=1", "--set", "run.warmup_days=0", "--replications", "7"]

    /// A file's bytes, with a JSON document's `performance` objects removed.
    static func comparable(_ url: URL) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard url.pathExtension == "json" else { return text }
        return text.replacingOccurrences(of: #""performance" : \{[^{}]*\}"#, with: "\"performance\" : {}",
                                         options: .regularExpression)
    }

    /// Every file below `folder`, as paths relative to it (the marker file aside).
    static func files(_ folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue, !path.hasSuffix(OutputTarget.marker) { found.append(path) }
        }
        return found.sorted()
    }

    /// Runs `arguments` once whole and as `shards` separate shard processes plus a merge; the
    /// two result folders must hold the same files with the same bytes.
    static func expectSameAsSingleRun(_ arguments: [String], shards: Int, expecting names: [String]) throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let single = dir.appendingPathComponent("single"), merged = dir.appendingPathComponent("merged")
        let whole = try CommandLineTests.run(arguments + ["--out", single.path, "--threads", "2"])
        #expect(whole.status == 0, "\(whole.stderr)")
        var parts: [String] = []
        for index in 0..<shards {
            let parts_ = dir.appendingPathComponent("parts")
            let shard = try CommandLineTests.run(arguments + ["--shard", "\(index)/\(shards)", "--out", parts_.path, "--threads", "1"])
            #expect(shard.status == 0, "\(shard.stderr)")
            parts.append(parts_.appendingPathComponent("part-\(index)-of-\(shards).json").path)
        }
        let merge = try CommandLineTests.run(["merge"] + parts.reversed() + ["--out", merged.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout == whole.stdout, "merge prints the single run's table")
        let written = files(single)
        for name in names { #expect(written.contains(name), "\(name) written") }
        #expect(files(merged) == written)
        for name in written {
            let a = try comparable(single.appendingPathComponent(name)), b = try comparable(merged.appendingPathComponent(name))
            #expect(a == b, "\(name) differs after merging \(shards) shards")
        }
    }

    @Test(arguments: [1, 2, 3, 7])
    func shippedRunMergesToTheSingleRun(shards: Int) throws {
        try Self.expectSameAsSingleRun(["run", Self.shipped("drenthe-14-22.yaml")] + Self.short, shards: shards,
                                       expecting: ["summary.json", "by-hour.csv", "replications.csv"])
    }

    @Test(arguments: [1, 2, 3, 7])
    func shippedComparisonMergesToTheSingleRun(shards: Int) throws {
        try Self.expectSameAsSingleRun(
            ["compare", Self.shipped("drenthe-14-22.yaml"), Self.shipped("drenthe-09-22.yaml")] + Self.short,
            shards: shards,
            expecting: ["comparison.json", "drenthe-14-22/summary.json", "drenthe-09-22/by-hour.csv", "drenthe-09-22/replications.csv"])
    }

    /// A sweep is divided by grid points: with 7 shards of 3 points, four shards run none.
    @Test(arguments: [1, 2, 3, 7])
    func sweepMergesToTheSingleRun(shards: Int) throws {
        try Self.expectSameAsSingleRun(
            ["sweep", Self.shipped("drenthe-14-22.yaml"), "--vary", "shifts.late-emmen.officers=1,2,3"] + Self.short,
            shards: shards, expecting: ["sweep.csv", "sweep.json", "replications.csv"])
    }
}
