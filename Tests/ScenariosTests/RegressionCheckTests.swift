import Foundation
import Scenarios
import TestWorkspace
import Testing
import WebcareModel

/// The regression check end to end through the library, with a baseline generated in each
/// test from small scenarios in a temporary folder (never the committed results/).
@Suite struct RegressionCheckTests {
    /// A workspace with one scenario and its baseline.
    static func baselined(_ text: String = Workspace.team()) throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("team", text)
        let report = try workspace.check().update()
        #expect(report.added == ["team"])
        return workspace
    }

    @Test func unchangedTreePassesAsIdentical() throws {
        let workspace = try Self.baselined()
        let report = try workspace.check().check()
        #expect(report.scenarios.map(\.name) == ["team"])
        #expect(report.verdict() == .identical)
        #expect(report.verdict(requireIdentical: true) == .identical)
        #expect(report.exitCode() == 0)
        #expect(report.scenarios[0].notes.isEmpty)
    }

    /// Re-baselining an unchanged tree rewrites every file byte for byte.
    @Test func rebaseliningAnUnchangedTreeIsByteIdentical() throws {
        let workspace = try Self.baselined()
        let before = try workspace.resultFiles()
        #expect(Set(before.keys) == ["manifest.json", "team/summary.json", "team/by-hour.csv"])
        let report = try workspace.check().update()
        #expect(report.verdict() == .identical && report.added.isEmpty)
        #expect(try workspace.resultFiles() == before)
    }

    @Test func handlingMeanUpTenPercentFailsAndNamesTheMetrics() throws {
        let workspace = try Self.baselined()
        try workspace.write("team", Workspace.team(handlingMean: 11))
        let report = try workspace.check().check()
        #expect(report.verdict() == .changed)
        #expect(report.exitCode() == 1)
        let comparison = try #require(report.scenarios.first)
        let moved = Set(comparison.changed.map(\.name))
        for name in ["utilization", "wait_mean_min", "service_level", "by_kind[question].wait_mean_min"] {
            #expect(moved.contains(name), "\(name) should have moved; moved: \(moved.sorted())")
        }
        #expect(!moved.contains("messages_per_week"), "the arrivals did not change")
        let utilization = try #require(comparison.changed.first { $0.name == "utilization" })
        #expect((utilization.change ?? 0) > 0)
        #expect(comparison.notes.contains { $0.contains("sha256") }, "the scenario file changed: \(comparison.notes)")
    }

    /// The same model from another seed is noise, not a change: the scenario's tests are judged
    /// together at a family-wise 1% (`ScenarioComparison.judged`), so this passes for at least
    /// 99% of seed pairs. (An earlier session measured 360 of 360 re-seeded comparisons of the
    /// shipped scenarios passing; on 2026-12-01 twente-16h and twente-24-7 failed every re-seeding
    /// until hours with an interval of no width on one side went unjudged: see below.)
    @Test func differentSeedAlonePassesAsEquivalent() throws {
        let workspace = try Self.baselined()
        let report = try workspace.check(ReseededRunner(offset: 1000)).check()
        let comparison = try #require(report.scenarios.first)
        #expect(report.verdict() == .equivalent, "changed: \(comparison.changed.map(\.name)), hours: \(comparison.hours.filter { $0.verdict == .changed }.map(\.metric))")
        #expect(report.exitCode() == 0)
        #expect(report.exitCode(requireIdentical: true) == 1)
        #expect(comparison.differing.count > 0)
    }

    /// A quiet night hour's service level is often 100% in every replication (an interval of no
    /// width), which the hour test leaves unjudged: the shipped twente-16h and twente-24-7, each
    /// re-seeded (2019 and 2020 for 2018), are noise. Judged as intervals, such hours made 9 and 16
    /// (twente-16h) and 43 and 49 (twente-24-7) of 168 hours' service levels "move" in these runs.
    @Test(arguments: ["twente-16h", "twente-24-7"], [UInt64(1), 2])
    func reseededShippedTwenteIsEquivalent(_ name: String, _ offset: UInt64) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios")
        let workspace = try Self.baselined(try String(contentsOf: folder.appendingPathComponent("\(name).yaml"), encoding: .utf8))
        let report = try workspace.check(ReseededRunner(offset: offset)).check()
        let comparison = try #require(report.scenarios.first)
        let hours = comparison.hours.filter { $0.verdict == .changed || ($0.familyPValue ?? 1) < 0.01 }
        #expect(report.verdict() == .equivalent, "changed: \(comparison.changed.map(\.name)), hours: \(hours.map(\.metric))")
    }

    @Test func brokenKernelDroppingOneMessageInAThousandIsCaught() throws {
        let workspace = try Self.baselined()
        let report = try workspace.check(DroppingRunner()).check()
        #expect(report.verdict() == .changed)
        #expect(report.exitCode() == 1)
        let comparison = try #require(report.scenarios.first)
        #expect(comparison.problems.count == 1)
        #expect(comparison.problems.first?.contains("invariant broken in the new run") == true, "\(comparison.problems)")
        #expect(comparison.problems.first?.contains("lost") == true)
        // Same seed, so the numbers it touched are no longer identical.
        let touched = comparison.metrics.filter { ["service_level", "p_wait", "conservation.answered"].contains($0.name) }
        #expect(touched.count == 3 && touched.allSatisfy { $0.verdict != .identical })
    }

    @Test func brokenKernelCannotBecomeTheBaseline() throws {
        let workspace = try Self.baselined()
        let before = try workspace.resultFiles()
        #expect(throws: RegressionCheck.Failure.self) { try workspace.check(DroppingRunner()).update() }
        #expect(try workspace.resultFiles() == before)
    }

    @Test func missingBaselineIsAnErrorNotAPass() throws {
        let workspace = try Workspace()
        try workspace.write("team", Workspace.team())
        let error = try #require(throws: BaselineError.self) { try workspace.check().check() }
        #expect(error.description.hasPrefix(workspace.results + "/manifest.json:1:1: cannot read the baseline: no such file"))
    }

    @Test func unreadableBaselineIsAnError() throws {
        let workspace = try Self.baselined()
        try "{\"tool_version\": \"0.1.0\"".write(toFile: workspace.results + "/manifest.json", atomically: true, encoding: .utf8)
        let error = try #require(throws: BaselineError.self) { try workspace.check().check() }
        #expect(error.description.contains("manifest.json:1:1: cannot read the baseline: not valid JSON"))
        try FileManager.default.removeItem(atPath: workspace.results + "/manifest.json")
        _ = try workspace.check().update()
        try FileManager.default.removeItem(atPath: workspace.results + "/team/summary.json")
        let missing = try #require(throws: BaselineError.self) { try workspace.check().check() }
        #expect(missing.file == workspace.results + "/team/summary.json")
    }

    /// A new scenario with no baseline is an error; a removed one is a change.
    @Test func addedAndRemovedScenarios() throws {
        let workspace = try Self.baselined()
        try workspace.write("other", Workspace.team(replications: 3))
        let error = try #require(throws: BaselineError.self) { try workspace.check().check() }
        #expect(error.reason.contains("other.yaml"))
        let named = try workspace.check().check(named: ["team"])
        #expect(named.verdict() == .identical)
        try FileManager.default.removeItem(atPath: workspace.scenarios + "/other.yaml")
        try FileManager.default.removeItem(atPath: workspace.scenarios + "/team.yaml")
        try workspace.write("renamed", Workspace.team())
        let update = try workspace.check().update()
        #expect(update.added == ["renamed"] && update.removed == ["team"])
        #expect(!FileManager.default.fileExists(atPath: workspace.results + "/team"))
        try FileManager.default.removeItem(atPath: workspace.scenarios + "/renamed.yaml")
        let report = try workspace.check().check()
        #expect(report.verdict() == .changed)
        #expect(report.scenarios.first?.problems.first?.contains("is gone") == true)
    }

    /// The check runs with the baseline's seed and replications, not the file's.
    @Test func checkUsesTheBaselinesSeedAndReplications() throws {
        let workspace = try Self.baselined()
        try workspace.write("team", Workspace.team(replications: 3, seed: 99))
        let report = try workspace.check().check()
        #expect(report.verdict() == .identical)
        let notes = report.scenarios.first?.notes ?? []
        #expect(notes.contains { $0.contains("sha256") } && notes.contains { $0.contains("seed 99") })
    }
}
