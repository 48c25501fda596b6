import Foundation
import Testing
import WebcareModel

/// A roster that cannot keep up (`LongRunCapacity`) through the binary: the warning is in the
/// terminal table, in summary.json and comparison.json (`warnings`, an array), the run still
/// exits 0; a roster comfortably below capacity gets an empty array and no warning line.
@Suite struct CapacityWarningTests {
    /// 6 messages an hour of 10 minutes: 168 officer-hours of work a week against one officer
    /// on weekdays 08:00-16:00 (40 hours): 420% of capacity. Nobody gives up.
    static let overloaded = """
    name: overloaded
    run: {horizon_weeks: 2, warmup_days: 0, replications: 2, seed: 5}
    service_level: {target_minutes: 60}
    channels:
      - name: facebook
        messages_per_hour: 6
    kinds:
      - name: question
        share: 1
        handling: {dist: exponential, mean: 10}
    shifts:
      - name: day
        days: weekdays
        start: "08:00"
        end: "16:00"
        officers: 1
    """

    /// 1 message an hour of 10 minutes: 28 officer-hours a week against 84 (33%).
    static let comfortable = overloaded
        .replacingOccurrences(of: "name: overloaded", with: "name: comfortable")
        .replacingOccurrences(of: "messages_per_hour: 6", with: "messages_per_hour: 1")
        .replacingOccurrences(of: "days: weekdays", with: "days: daily")
        .replacingOccurrences(of: "end: \"16:00\"", with: "end: \"20:00\"")

    static func write(_ text: String, _ name: String, in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("\(name).yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func summary(_ url: URL) throws -> Summary {
        try JSONDecoder().decode(Summary.self, from: Data(contentsOf: url))
    }

    @Test func overloadedRosterWarnsInTableAndJSONAndExitsZero() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.write(Self.overloaded, "overloaded", in: dir)
        let out = dir.appendingPathComponent("out")
        let outcome = try CommandLineTests.run(["run", file.path, "--out", out.path, "--wide"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("WARNING (overloaded): demand above capacity"), "\(outcome.stdout.prefix(300))")
        #expect(outcome.stdout.contains("168.0 officer-hours"))
        #expect(outcome.stdout.contains("at most 40.0"))
        let summary = try Self.summary(out.appendingPathComponent("summary.json"))
        #expect(summary.allWarnings.map(\.code) == [SummaryWarning.demandAboveCapacity])
        let json = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(json.contains("\"code\" : \"demand_above_capacity\""))
    }

    @Test func comfortableRosterHasAnEmptyWarningsArray() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.write(Self.comfortable, "comfortable", in: dir)
        let out = dir.appendingPathComponent("out")
        let outcome = try CommandLineTests.run(["run", file.path, "--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stdout.contains("WARNING"))
        let json = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(json.contains("\"warnings\" : [\n\n  ]") || json.contains("\"warnings\" : []"))
        #expect(try Self.summary(out.appendingPathComponent("summary.json")).warnings == [])
    }

    @Test func comparisonCarriesEachScenariosWarnings() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let calm = try Self.write(Self.comfortable, "comfortable", in: dir)
        let busy = try Self.write(Self.overloaded, "overloaded", in: dir)
        let out = dir.appendingPathComponent("out")
        let outcome = try CommandLineTests.run(["compare", calm.path, busy.path, "--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("WARNING (overloaded): demand above capacity"))
        #expect(!outcome.stdout.contains("WARNING (comfortable)"))
        let result = try JSONDecoder().decode(ExperimentResult.self,
                                              from: Data(contentsOf: out.appendingPathComponent("comparison.json")))
        #expect(result.summaries.map { $0.allWarnings.map(\.code) } == [[], [SummaryWarning.demandAboveCapacity]])
    }
}
