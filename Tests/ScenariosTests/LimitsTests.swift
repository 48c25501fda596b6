import Foundation
import Scenarios
import Testing
import WebcareModel

/// The documented limits (`ScenarioLimits`, `WorkEstimate.Limits`): each is refused at its
/// field's position with the range, and the YAML reader's budgets hold before anything is
/// expanded.
@Suite struct LimitsTests {
    /// The package's root folder (for the fuzz regressions).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let base = """
    name: small team
    run: {horizon_weeks: 2, warmup_days: 0, replications: 4, seed: 3}
    service_level: {target_minutes: 30}
    channels:
      - name: facebook
        messages_per_hour: 4
    kinds:
      - name: question
        share: 1
        handling: {dist: exponential, mean: 10}
    shifts:
      - name: day
        days: daily
        start: "08:00"
        end: "20:00"
        officers: 1
    """

    /// The one-line error for `yaml`, or nil when it loads.
    static func failure(_ yaml: String, _ overrides: [String] = []) -> String? {
        do {
            let parsed = try overrides.map { argument throws(ScenarioError) in try ScenarioOverride.parse(argument) }
            _ = try ScenarioLoader.parse(yaml: yaml, file: "test.yaml", overrides: parsed)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theBaseLoads() {
        #expect(Self.failure(Self.base) == nil)
    }

    @Test func aliasesCountAsExpanded() {
        var lines = ["  a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append("  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let bomb = Self.base + "\ndescription:\n" + lines.joined(separator: "\n") + "\n"
        #expect(Self.failure(bomb) == "test.yaml:24:12: the document has more than 1000000 nodes, aliases counted as the nodes they repeat; expected a smaller document (an alias bomb?)")
        // Found by make fuzz: an alias of a huge node used as a mapping key, which Yams hashed in
        // full while composing (6 s, 22 s instrumented), before the count on libyaml's events.
        let found = Self.root.appendingPathComponent("Tests/Fuzz/regressions/alias-key-hashing-slow-unit.yaml")
        let text = String(decoding: (try? Data(contentsOf: found)) ?? Data(), as: UTF8.self)
        #expect(Self.failure(text) == "test.yaml:9:17: the document has more than 1000000 nodes, aliases counted as the nodes they repeat; expected a smaller document (an alias bomb?)")
        let few = Self.base + "\ndescription: {a: &a [1, 2], b: *a, c: *a}\n"
        #expect(Self.failure(few) == "test.yaml:17:14: description: a mapping; expected free text describing the scenario")
    }

    @Test func depthScalarsAndSize() {
        let deep = Self.base + "\ndescription: " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n"
        #expect(Self.failure(deep)?.hasSuffix("lists and mappings nested more than 64 deep; expected at most 64 levels") == true)
        let long = Self.base + "\ndescription: " + String(repeating: "x", count: 65_537) + "\n"
        #expect(Self.failure(long) == "test.yaml:17:14: a value of 65537 bytes; expected at most 65536 bytes in one value")
        let huge = Self.base + "\n#" + String(repeating: "x", count: 16 * 1_024 * 1_024) + "\n"
        #expect(Self.failure(huge)?.hasPrefix("test.yaml:1:1: the document has 16777") == true)
        let name = Self.base.replacingOccurrences(of: "name: day", with: "name: " + String(repeating: "d", count: 201))
        #expect(Self.failure(name) == "test.yaml:12:11: shifts[0].name: a name of 201 characters; expected the shift's name, at most 200 characters")
    }

    @Test func aChainOfBasesIsBounded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-bases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.base.write(to: folder.appendingPathComponent("b0.yaml"), atomically: true, encoding: .utf8)
        for index in 1...17 {
            try "name: b\(index)\nbase: b\(index - 1).yaml\n".write(to: folder.appendingPathComponent("b\(index).yaml"),
                                                                 atomically: true, encoding: .utf8)
        }
        #expect(throws: Never.self) { try ScenarioLoader.load(path: folder.appendingPathComponent("b16.yaml").path) }
        let top = folder.appendingPathComponent("b17.yaml").path
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: top) }
        do {
            _ = try ScenarioLoader.load(path: top)
        } catch {
            #expect(error.description.hasSuffix("base: a chain of more than 16 bases; expected at most 16 files behind a scenario"))
        }
    }

    @Test func overridePathsAndValuesAreBounded() {
        let path = Array(repeating: "a", count: 33).joined(separator: ".")
        #expect(Self.failure(Self.base, ["\(path)=1"]) == "--set \(path)=1: the path has 33 parts; expected at most 32, e.g. --set shifts.late.officers=3")
        let bomb = "[&a0 [x, x, x, x, x, x, x, x, x]" + (1...8).map { ", &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ", ") + "]" }.joined() + "]"
        #expect(Self.failure(Self.base, ["description=\(bomb)"])?.contains("is refused: the document has more than 1000000 nodes") == true)
    }

    @Test func rosterAndBacklogTotals() {
        let officers = Self.base.replacingOccurrences(of: "officers: 1", with: "officers: 1001")
        #expect(Self.failure(officers) == "test.yaml:16:15: shifts[0].officers: 1001 officers; expected at most 1000 officers in one shift")
        let shifts = (0..<6).map { "  - {name: s\($0), days: daily, start: \"08:00\", end: \"20:00\", officers: 1000}" }
        let many = Self.base.components(separatedBy: "shifts:")[0] + "shifts:\n" + shifts.joined(separator: "\n") + "\n"
        #expect(Self.failure(many) == "test.yaml:11:1: shifts: 6000 officers in all shifts; expected at most 5000")
        let entry = "{channel: facebook, kind: question, count: 600000}"
        let backlog = Self.base + "\nstarting_backlog: [\(entry), \(entry)]\n"
        #expect(Self.failure(backlog) == "test.yaml:17:1: starting_backlog: 1200000 waiting messages in all; expected at most 1000000 in the whole starting backlog")
    }

    /// The lists' lengths (`ScenarioLimits.channels`, `.kinds`, `.regions`): one more is refused
    /// at the list with the limit.
    @Test func listsAreBounded() {
        let channels = (0...ScenarioLimits.channels).map { "  - {name: c\($0), messages_per_hour: 1}" }
        let manyChannels = Self.base.replacingOccurrences(of: "  - name: facebook\n    messages_per_hour: 4", with: channels.joined(separator: "\n"))
        #expect(Self.failure(manyChannels)?.hasSuffix(": channels: 33 channels; expected at most 32") == true)
        let kinds = (0...ScenarioLimits.kinds).map { "{name: k\($0), share: 0.001, handling: {dist: exponential, mean: 10}}" }
        let manyKinds = Self.base.replacingOccurrences(of: "  - name: question\n    share: 1\n    handling: {dist: exponential, mean: 10}",
                                                       with: "  [\(kinds.joined(separator: ", "))]")
            .replacingOccurrences(of: "kinds:\n  [", with: "kinds: [")
        #expect(Self.failure(manyKinds)?.hasSuffix(": kinds: 256 message kinds; expected at most 255") == true)
        let regions = (0...ScenarioLimits.regions).map { "{name: r\($0), share: 0.001, site: a}" }
        let manyRegions = Self.base + "\nsites: [a]\nregions: [\(regions.joined(separator: ", "))]\n"
        #expect(Self.failure(manyRegions)?.hasSuffix(": regions: 256 regions; expected at most 255") == true)
    }

    @Test func workBeyondTheEstimateIsRefused() {
        let busy = Self.base.replacingOccurrences(of: "messages_per_hour: 4", with: "messages_per_hour: 100000")
        #expect(Self.failure(busy)?.hasPrefix("test.yaml:2:22: run.horizon_weeks: about 33600000 messages in one replication") == true)
        let overloaded = Self.base.replacingOccurrences(of: "messages_per_hour: 4", with: "messages_per_hour: 15000")
        #expect(Self.failure(overloaded)?.hasPrefix("test.yaml:11:1: shifts: the team cannot keep up: about 503") == true)
        let long = Self.base.replacingOccurrences(of: "horizon_weeks: 2", with: "horizon_weeks: 500")
            .replacingOccurrences(of: "replications: 4", with: "replications: 100000")
            .replacingOccurrences(of: "messages_per_hour: 4", with: "messages_per_hour: 6")
        #expect(Self.failure(long)?.hasPrefix("test.yaml:2:57: run.replications: 100000 replications of about 1519000 events each") == true)
    }

    @Test func theEstimateCountsFollowUpsBacklogAndOfficerEvents() throws {
        let scenario = try ScenarioLoader.parse(yaml: Self.base, file: "test.yaml")
        let estimate = WorkEstimate(scenario)
        #expect(abs(estimate.messagesPerReplication - 2 * 168 * 4) < 1e-9)
        #expect(estimate.eventsPerReplication == 3 * estimate.messagesPerReplication + 2 * 7 * 2)
        // 4 an hour against 6 an hour from 08:00 to 20:00: 24 more waiting each day, the most
        // at 08:00 of the 14th day: 32 + 24 × 13.
        #expect(abs(estimate.waitingAtOnce - 344) < 1e-9)
        let followed = Self.base.replacingOccurrences(of: "handling: {dist: exponential, mean: 10}",
            with: "handling: {dist: exponential, mean: 10}\n    follow_up: {probability: 0.5, delay: {dist: exponential, mean: 30}}")
        let withFollowUps = WorkEstimate(try ScenarioLoader.parse(yaml: followed, file: "test.yaml"))
        #expect(abs(withFollowUps.messagesPerReplication - 2 * estimate.messagesPerReplication) < 1e-9)
    }

    /// The engine finds a free officer through a mask of the free ones, a word of 64 at a time,
    /// so a team's events weigh the same whatever its size: 65 officers cost their shift events
    /// on top of the messages' and nothing more, and 5000 officers at a volume a team of 10
    /// handles (which ran for more than 5 minutes a replication when every officer was visited)
    /// are no longer refused.
    @Test func aLargeTeamWeighsItsEventsOnly() throws {
        func estimate(officers: Int) throws -> WorkEstimate {
            WorkEstimate(try ScenarioLoader.parse(yaml: Self.base.replacingOccurrences(of: "officers: 1", with: "officers: \(officers)"),
                                                  file: "test.yaml"))
        }
        let messages = try estimate(officers: 1).messagesPerReplication
        #expect(try estimate(officers: 64).eventsPerReplication == 3 * messages + Double(2 * 7 * 2 * 64))
        #expect(try estimate(officers: 65).eventsPerReplication == 3 * messages + Double(2 * 7 * 2 * 65))
        let shifts = (0..<5).map { "  - {name: s\($0), days: daily, start: \"00:00\", end: \"12:00\", officers: 1000}" }
        let large = Self.base.replacingOccurrences(of: "messages_per_hour: 4", with: "messages_per_hour: 1500")
            .components(separatedBy: "shifts:\n")[0] + "shifts:\n" + shifts.joined(separator: "\n") + "\n"
        #expect(Self.failure(large) == nil)
    }
}
