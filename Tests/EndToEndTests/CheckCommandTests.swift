import Foundation
import TestWorkspace
import Testing

/// `webcare-sim check` as CI runs it: exit 0 identical or equivalent, 1 changed (with a table
/// naming what moved), 2 a missing or unreadable baseline (one line, no stack trace).
@Suite struct CheckCommandTests {
    /// Runs `webcare-sim check` with `arguments`.
    static func run(_ arguments: [String]) throws -> CommandLineTests.Outcome {
        try CommandLineTests.run(["check"] + arguments)
    }

    @Test func exitCodesAndTable() throws {
        let workspace = try Workspace()
        try workspace.write("team", Workspace.team())
        let folders = ["--baseline", workspace.results, "--scenarios", workspace.scenarios, "--threads", "2"]

        let missing = try Self.run(folders)
        #expect(missing.status == 2)
        #expect(missing.stderr == "\(workspace.results)/manifest.json:1:1: cannot read the baseline: no such file; "
            + "create the baseline with `make results` (webcare-sim check --update)\n")

        let update = try Self.run(folders + ["--update"])
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout.contains("new baseline: team"))

        let same = try Self.run(folders + ["--require-identical"])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        #expect(same.stdout.contains("team: identical"))

        try workspace.write("team", Workspace.team(handlingMean: 11))
        let changed = try Self.run(folders)
        #expect(changed.status == 1)
        let tableLines = changed.stdout.split(separator: "\n").filter { $0.hasPrefix("team  ") }
        #expect(tableLines.contains { $0.contains(" utilization ") && $0.contains(" up ") && $0.contains(" changed (p ") },
                "\(changed.stdout)")
        #expect(changed.stdout.contains("team: CHANGED"))
        #expect(changed.stdout.contains("overall: CHANGED"))

        try "not json".write(toFile: workspace.results + "/manifest.json", atomically: true, encoding: .utf8)
        let unreadable = try Self.run(folders)
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.split(separator: "\n").count == 1)
        #expect(unreadable.stderr.hasPrefix("\(workspace.results)/manifest.json:1:1: cannot read the baseline: not valid JSON"))
    }

    /// An update that fails after writing the first scenarios (here the third scenario's
    /// sub-folder is a file) leaves results/ byte for byte the old set, which `check` accepts.
    @Test func failedUpdateLeavesTheOldBaselineWhole() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        try workspace.write("a", Workspace.team(replications: 4, seed: 3))
        try workspace.write("b", Workspace.team(replications: 4, seed: 5))
        let folders = ["--baseline", workspace.results, "--scenarios", workspace.scenarios, "--threads", "2"]
        #expect(try Self.run(["--update"] + folders).status == 0)
        let old = try workspace.resultFiles()

        try workspace.write("a", Workspace.team(replications: 4, seed: 4))
        try workspace.write("b", Workspace.team(replications: 4, seed: 6))
        try workspace.write("c", Workspace.team(replications: 4))
        let blocker = URL(fileURLWithPath: workspace.results + "/c")
        try Data("not a folder\n".utf8).write(to: blocker)
        let failed = try Self.run(["--update"] + folders)
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("\(workspace.results)/c:1:1: cannot write the baseline: it is a regular file"), "\(failed.stderr)")
        var left = try workspace.resultFiles()
        #expect(left.removeValue(forKey: "c") != nil)
        #expect(left == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted() == ["results", "scenarios"])

        try FileManager.default.removeItem(at: blocker)
        try FileManager.default.removeItem(atPath: workspace.scenarios + "/c.yaml")
        try workspace.write("a", Workspace.team(replications: 4, seed: 3))
        try workspace.write("b", Workspace.team(replications: 4, seed: 5))
        let check = try Self.run(["--require-identical"] + folders)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// A manifest entry with an impossible replication count is an unreadable baseline: exit
    /// status 2 and one line (what the line says: `BaselineValidationTests`).
    @Test func impossibleReplicationCountsExitTwoInOneLine() throws {
        for replications in [-5, 0, 100_001] {
            let workspace = try Workspace()
            defer { try? FileManager.default.removeItem(at: workspace.root) }
            try workspace.write("team", Workspace.team(replications: 3))
            let folders = ["--baseline", workspace.results, "--scenarios", workspace.scenarios]
            #expect(try Self.run(folders + ["--update"]).status == 0)
            let manifest = URL(fileURLWithPath: workspace.results + "/manifest.json")
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: manifest)) as? [String: Any])
            var entries = try #require(object["scenarios"] as? [[String: Any]])
            entries[0]["replications"] = replications
            object["scenarios"] = entries
            try JSONSerialization.data(withJSONObject: object).write(to: manifest)
            let outcome = try Self.run(folders)
            #expect(outcome.status == 2, "\(outcome.stderr)")
            #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("has \(replications) replications"), "\(outcome.stderr)")
        }
    }
}
