import Foundation
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
}
