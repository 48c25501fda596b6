import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The scenario files `webcare-sim bench` runs are the M/M/c case of ../shared/bench: they load,
/// and a short run agrees with the exact Erlang C / Erlang A values (lambda 9, mu 1, c 10).
@Suite(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
struct BenchScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios/bench")

    private func shortRun(_ file: String) throws -> Summary {
        var scenario = try ScenarioLoader.load(path: Self.folder.appendingPathComponent(file).path)
        #expect(scenario.channels.count == 1 && scenario.kinds.count == 1)
        #expect(scenario.roster.levelByMinute.allSatisfy { $0 == 10 })
        scenario.run.horizonDays = 15
        return try Experiment.run(scenario, replications: 4, threads: ProcessInfo.processInfo.activeProcessorCount)
    }

    @Test func erlangC() throws {
        let summary = try shortRun("mmc-10.yaml")
        let exact = ErlangC(arrivalRate: 9, serviceRate: 1, servers: 10)
        let pWait = try #require(summary[.pWait].mean), wait = try #require(summary[.waitMean].mean)
        #expect(abs(pWait - exact.probabilityOfWaiting) < 0.02, "p_wait \(pWait)")
        #expect(abs(wait - exact.meanWait) < 0.1 * exact.meanWait, "wait \(wait)")
        #expect(summary[.abandonShare].mean == 0)
    }

    /// Erlang A exact values from ../shared/bench/README.md (theta 0.5).
    @Test func erlangA() throws {
        let summary = try shortRun("mmc-10-patience.yaml")
        let pWait = try #require(summary[.pWait].mean), wait = try #require(summary[.waitMean].mean)
        let abandon = try #require(summary[.abandonShare].mean)
        #expect(abs(pWait - 0.4689) < 0.02, "p_wait \(pWait)")
        #expect(abs(wait - 0.1259) < 0.1 * 0.1259, "wait \(wait)")
        #expect(abs(abandon - 0.0670) < 0.01, "abandon \(abandon)")
    }
}
