import Foundation
import Scenarios
import TestWorkspace
import Testing

/// `check` trusts nothing in the results folder: a manifest entry that points outside it, a
/// summary with a broken schema, emptied hours or an inverted interval, a by-hour table that is
/// truncated, changed or gone, and impossible replication counts are all an unreadable baseline
/// naming the file, and `check --update` then deletes nothing (the exit status 2 of the command:
/// `CheckCommandTests` in EndToEndTests).
@Suite struct BaselineValidationTests {
    /// A workspace with a fresh baseline of one scenario.
    static func baselined() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("team", Workspace.team(replications: 3))
        _ = try workspace.check().update()
        return workspace
    }

    /// The JSON file at `path` changed by `edit`.
    static func edit(_ path: String, _ edit: (inout [String: Any]) -> Void) throws {
        let data = try #require(FileManager.default.contents(atPath: path))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    }

    /// The manifest's one entry changed by `edit`.
    static func editEntry(_ workspace: Workspace, _ edit: @escaping (inout [String: Any]) -> Void) throws {
        try Self.edit(workspace.results + "/manifest.json") { manifest in
            var entries = manifest["scenarios"] as? [[String: Any]] ?? []
            edit(&entries[0])
            manifest["scenarios"] = entries
        }
    }

    /// The reason the baseline is refused, and the file named; nil when it is accepted.
    static func refusal(_ workspace: Workspace) -> BaselineError? {
        do {
            _ = try Baseline.read(from: workspace.results)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFreshBaselineIsAccepted() throws {
        let workspace = try Self.baselined()
        #expect(Self.refusal(workspace) == nil)
    }

    @Test func pathsOutsideTheResultsFolderAreRefusedAndUpdateDeletesNothing() throws {
        let workspace = try Self.baselined()
        let victim = workspace.root.appendingPathComponent("victim")
        try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: victim.appendingPathComponent("summary.json"))
        try Data("keep".utf8).write(to: victim.appendingPathComponent("by-hour.csv"))
        try Self.editEntry(workspace) { entry in
            entry["name"] = "gone"
            entry["summary"] = "../victim/summary.json"
            entry["by_hour"] = "../victim/by-hour.csv"
        }
        let error = try #require(Self.refusal(workspace))
        #expect(error.file.hasSuffix("results/manifest.json"))
        #expect(error.reason.contains("points at \"../victim/summary.json\""))
        #expect(throws: BaselineError.self) { try workspace.check().check() }
        _ = try workspace.check().update()
        #expect(FileManager.default.contents(atPath: victim.appendingPathComponent("summary.json").path) == Data("keep".utf8))
        #expect(FileManager.default.contents(atPath: victim.appendingPathComponent("by-hour.csv").path) == Data("keep".utf8))
    }

    @Test func namesThatAreNotPlainAreRefused() throws {
        for name in ["..", "../victim", "/etc", ".hidden", ""] {
            let workspace = try Self.baselined()
            try Self.editEntry(workspace) { entry in
                entry["name"] = name
                entry["summary"] = "\(name)/summary.json"
                entry["by_hour"] = "\(name)/by-hour.csv"
            }
            let error = try #require(Self.refusal(workspace), "\(name)")
            #expect(error.reason.contains("is not a plain file name"), "\(name): \(error.reason)")
        }
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRefused() throws {
        let workspace = try Self.baselined()
        let outside = workspace.root.appendingPathComponent("outside")
        try FileManager.default.moveItem(atPath: workspace.results + "/team", toPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: workspace.results + "/team", withDestinationPath: outside.path)
        let error = try #require(Self.refusal(workspace))
        #expect(error.file == workspace.results + "/team")
        #expect(error.reason.hasPrefix("it is a symbolic link"))
    }

    @Test func impossibleReplicationCountsAreUnreadableNotChanged() throws {
        for replications in [-5, 0, 100_001] {
            let workspace = try Self.baselined()
            try Self.editEntry(workspace) { $0["replications"] = replications }
            let error = try #require(Self.refusal(workspace))
            #expect(error.reason.contains("has \(replications) replications; expected 1 to 100000"))
        }
    }

    @Test func brokenSummariesAreRefused() throws {
        let cases: [(String, (inout [String: Any]) -> Void)] = [
            ("by_hour_of_week has 0 rows; expected 168", { $0["by_hour_of_week"] = [] }),
            ("the key `metrics` is missing", { $0.removeValue(forKey: "metrics") }),
            ("expected low <= mean <= high", { summary in
                var metrics = summary["metrics"] as? [String: Any] ?? [:]
                var estimate = metrics["wait_mean_min"] as? [String: Any] ?? [:]
                let low = estimate["ci95_low"], high = estimate["ci95_high"]
                estimate["ci95_low"] = high
                estimate["ci95_high"] = low
                metrics["wait_mean_min"] = estimate
                summary["metrics"] = metrics
            }),
        ]
        for (reason, edit) in cases {
            let workspace = try Self.baselined()
            try Self.edit(workspace.results + "/team/summary.json", edit)
            let error = try #require(Self.refusal(workspace), "\(reason)")
            #expect(error.file == workspace.results + "/team/summary.json")
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test func theByHourTableIsReadAndCompared() throws {
        let truncated = try Self.baselined()
        let table = truncated.results + "/team/by-hour.csv"
        let data = try #require(FileManager.default.contents(atPath: table))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: table))
        #expect(try #require(Self.refusal(truncated)).reason.contains("differs from the by_hour_of_week"))

        let deleted = try Self.baselined()
        try FileManager.default.removeItem(atPath: deleted.results + "/team/by-hour.csv")
        let error = try #require(Self.refusal(deleted))
        #expect(error.file == deleted.results + "/team/by-hour.csv")
        #expect(error.reason.hasPrefix("no such file"))
    }
}
