import Foundation
import Scenarios
import Testing
import WebcareModel

/// Scenario files with `base:`, written to a fresh directory per test. `base.yaml` is
/// `teamScenario` (see `OverrideTests`), so its fields have known positions.
@Suite("base: scenarios")
final class BaseScenarioTests {
    let directory: URL
    let original: Scenario

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-base-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("variants"),
                                                withIntermediateDirectories: true)
        original = try ScenarioLoader.parse(yaml: teamScenario, file: "team.yaml")
        try write("base.yaml", teamScenario)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The path of `name` in the test directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    func load(_ name: String, overrides: [String] = []) throws -> Scenario {
        try ScenarioLoader.load(path: path(name), overrides: overrides.map(ScenarioOverride.parse))
    }

    /// The error loading `name` gives, as one line; nil when it loads.
    func failure(_ name: String, overrides: [String] = []) -> String? {
        do {
            _ = try load(name, overrides: overrides)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    /// The original team with another name and seed, and the late shift's officers changed.
    func team(name: String, seed: UInt64, lateOfficers: Int) -> Scenario {
        var expected = original
        expected.name = name
        expected.run.seed = seed
        let late = original.roster.shifts[0]
        expected.roster = Roster(shifts: [
            Shift(name: late.name, days: late.days, startMinute: late.startMinute, endMinute: late.endMinute,
                  officers: lateOfficers),
            original.roster.shifts[1],
        ])
        return expected
    }

    @Test func childChangesOnlyWhatItGives() throws {
        try write("variant.yaml", """
            base: base.yaml
            name: Team with 4 late
            run:
              seed: 7
            shifts:
              - name: late
                officers: 4

            """)
        #expect(try load("variant.yaml") == team(name: "Team with 4 late", seed: 7, lateOfficers: 4))
        #expect(try load("variant.yaml", overrides: ["shifts.late.officers=6"])
            == team(name: "Team with 4 late", seed: 7, lateOfficers: 6))
    }

    @Test func chainWithNewElementsAndReplacedValues() throws {
        try write("variant.yaml", "base: base.yaml\nname: one\nshifts:\n  - name: late\n    officers: 4\n")
        let evenly = Array(repeating: "1", count: 24).joined(separator: ", ")
        try write("variants/two.yaml", """
            base: ../variant.yaml
            name: two
            channels:
              - name: facebook
                messages_per_day: 48
                hour_shape: [\(evenly)]
            kinds:
              - name: urgent
                handling: {dist: exponential, mean: 5}
            shifts:
              - name: late
                days: [mon]
              - name: morning
                days: weekdays
                start: "09:00"
                end: "14:00"
                officers: 2

            """)
        let scenario = try load("variants/two.yaml")
        #expect(scenario.name == "two")
        #expect(scenario.run == original.run)
        #expect(scenario.channels == [Channel(name: "facebook", hourlyRates: Array(repeating: 2, count: 168)),
                                      original.channels[1]])
        #expect(scenario.kinds == [
            original.kinds[0],
            MessageKind(name: "urgent", share: 0.2, priority: 1, handling: .exponential(mean: 5), patience: nil),
        ])
        let late = original.roster.shifts[0]
        #expect(scenario.roster.shifts == [
            Shift(name: "late", days: [.monday], startMinute: late.startMinute, endMinute: late.endMinute, officers: 4),
            original.roster.shifts[1],
            Shift(name: "morning", days: [.monday, .tuesday, .wednesday, .thursday, .friday],
                  startMinute: 9 * 60, endMinute: 14 * 60, officers: 2),
        ])
    }

    @Test func childMustHaveItsOwnName() throws {
        try write("variant.yaml", "base: base.yaml\nrun:\n  seed: 7\n")
        #expect(failure("variant.yaml") == "\(path("variant.yaml")):1:1: name: a scenario with a base needs its own name")
    }

    @Test func cycleIsAnError() throws {
        try write("a.yaml", "name: a\nbase: b.yaml\n")
        try write("b.yaml", "base: a.yaml\nname: b\n")
        let a = path("a.yaml"), b = path("b.yaml")
        #expect(failure("a.yaml")
            == "\(b):1:7: base: the bases form a cycle: \(a) → \(b) → \(a); expected a chain of bases that ends in a file without base")
        try write("self.yaml", "name: me\nbase: ./self.yaml\n")
        let loop = try #require(failure("self.yaml"))
        #expect(loop.hasPrefix("\(path("self.yaml")):2:7: base: the bases form a cycle: \(path("self.yaml")) → "))
    }

    @Test func errorInsideTheBaseIsReportedInTheBase() throws {
        try write("broken.yaml", teamScenario.replacingOccurrences(of: "    officers: 1", with: "    officers: -1"))
        try write("variant.yaml", "base: broken.yaml\nname: v\nshifts:\n  - name: late\n    officers: 4\n")
        #expect(failure("variant.yaml")
            == "\(path("broken.yaml")):33:15: shifts[1].officers: -1; expected a whole number of officers >= 0")
    }

    @Test func errorInTheChildIsReportedInTheChild() throws {
        try write("variant.yaml", "base: base.yaml\nname: v\nshifts:\n  - name: late\n    officers: four\n")
        #expect(failure("variant.yaml")
            == "\(path("variant.yaml")):5:15: shifts[0].officers: \"four\" is not a number; expected a whole number of officers >= 0")
        try write("shares.yaml", "base: base.yaml\nname: v\nkinds:\n  - name: urgent\n    share: 0.5\n")
        #expect(failure("shares.yaml")
            == "\(path("shares.yaml")):3:1: kinds: the shares sum to 1.3; expected shares that sum to 1 (within 1e-6)")
    }

    @Test func overrideOfAFieldFromTheBasePointsIntoTheBase() throws {
        try write("variant.yaml", "base: base.yaml\nname: v\n")
        #expect(failure("variant.yaml", overrides: ["shifts.evening-peak.officers=-1"])
            == "\(path("base.yaml")):33:15: --set shifts.evening-peak.officers=-1: shifts[1].officers: -1; expected a whole number of officers >= 0")
    }

    @Test func missingBaseIsReportedAtTheBaseValue() throws {
        try write("variant.yaml", "name: v\nbase: nowhere.yaml\n")
        #expect(failure("variant.yaml")
            == "\(path("variant.yaml")):2:7: base: cannot read the base file \"\(path("nowhere.yaml"))\": no such file")
    }

    @Test func switchingFormReplacesInsteadOfMerging() throws {
        try write("variant.yaml", """
            base: base.yaml
            name: v
            channels:
              - name: twitter
                hour_of_week: [\(Array(repeating: "0.5", count: 168).joined(separator: ", "))]
            kinds:
              - name: urgent
                handling: {dist: deterministic, value: 4}
              - name: question
                handling: {mean: 9}

            """)
        let scenario = try load("variant.yaml")
        #expect(scenario.channels[1].hourlyRates == Array(repeating: 0.5, count: 168))
        #expect(scenario.kinds[0].handling == .exponential(mean: 9))
        #expect(scenario.kinds[1].handling == .deterministic(value: 4))
    }
}
