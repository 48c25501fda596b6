import Foundation
import Scenarios
import Testing
import WebcareModel

/// The scenario-format rules a planner meets first: the per-day `hour_shape`, `null` removing a
/// key (in a file with `base:` and with `--set`), sites that need regions, decimal commas, and
/// `problems` listing every independent error of a file.
@Suite("Planner-ready scenario format")
final class PlannerFormatTests {
    /// A small complete scenario; line 7 is the channel's volume, line 17 the shift's officers.
    static let small = """
    name: small
    run: {horizon_weeks: 1, replications: 2, seed: 1}
    service_level: {target_minutes: 30}
    channels:
      - name: facebook
        messages_per_day: 48
    kinds:
      - name: question
        share: 1
        handling: {dist: exponential, mean: 10}
        patience: {dist: exponential, mean: 120}
    shifts:
      - name: day
        days: daily
        start: "08:00"
        end: "20:00"
        officers: 1
    on_call: {days: daily, start: "20:00", end: "08:00", delay: {dist: exponential, mean: 20}}
    """

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func parse(_ yaml: String, set: [String] = []) throws -> Scenario {
        try ScenarioLoader.parse(yaml: yaml, file: "test.yaml", overrides: set.map(ScenarioOverride.parse))
    }

    static func failure(_ yaml: String, set: [String] = []) -> String? {
        do {
            _ = try parse(yaml, set: set)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    static func withShape(_ shape: String, factors: String? = nil) -> String {
        var volume = "    messages_per_day: 48\n    hour_shape: \(shape)"
        if let factors { volume += "\n    weekday_factors: \(factors)" }
        return small.replacingOccurrences(of: "    messages_per_day: 48", with: volume)
    }

    static func list(_ weights: [Double]) -> String {
        "[" + weights.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ", ") + "]"
    }

    // MARK: hour_shape

    /// Without hour_shape every hour of day d gets messages_per_day × factor_d / 24 (48/24 = 2
    /// exactly, a dyadic division, so the comparison is exact).
    @Test func hourShapeDefaultsToFlat() throws {
        let rates = try Self.parse(Self.small).channels[0].hourlyRates
        #expect(rates == Array(repeating: 2, count: 168))
    }

    /// Per-day-type shapes with a per-day key: the precedence day > weekdays/weekend > daily and
    /// the exact 168 rates, each day's shape divided by its own sum. All weights and sums are
    /// powers of two, so every rate is exact; each day then brings exactly messages_per_day ×
    /// its factor, whatever its shape (the weekly volume rule).
    @Test func perDayShapesExpandExactly() throws {
        let weekdays = Array(repeating: 0.0, count: 8) + Array(repeating: 2.0, count: 16)   // sum 32
        let weekend = Array(repeating: 1.0, count: 16) + Array(repeating: 0.0, count: 8)    // sum 16
        var friday = Array(repeating: 0.0, count: 24)
        friday[20] = 4; friday[21] = 4                                                      // sum 8
        let daily = Array(repeating: 1.0, count: 24)                                         // unused: every day is covered
        let shape = "{daily: \(Self.list(daily)), weekdays: \(Self.list(weekdays)), weekend: \(Self.list(weekend)), fri: \(Self.list(friday))}"
        let factors: [Double] = [1, 1, 0.5, 1, 2, 1, 0.25]
        let rates = try Self.parse(Self.withShape(shape, factors: Self.list(factors))).channels[0].hourlyRates
        var expected: [Double] = []
        for day in 0..<7 {
            let dayShape = day == 4 ? friday : day >= 5 ? weekend : weekdays
            let sum = dayShape.reduce(0, +)
            expected += dayShape.map { 48 * factors[day] * $0 / sum }
        }
        #expect(rates == expected)
        for day in 0..<7 {
            #expect(rates[(day * 24)..<(day * 24 + 24)].reduce(0, +) == 48 * factors[day])
        }
        #expect(rates.reduce(0, +) == 48 * factors.reduce(0, +))
    }

    /// `daily` fills the days no other key gives; one list still means every day.
    @Test func dailyFillsTheRest() throws {
        var sunday = Array(repeating: 0.0, count: 24)
        sunday[12] = 1
        let flat = Array(repeating: 1.0, count: 24)
        let rates = try Self.parse(Self.withShape("{daily: \(Self.list(flat)), sun: \(Self.list(sunday))}")).channels[0].hourlyRates
        #expect(Array(rates[0..<144]) == Array(repeating: 2, count: 144))
        #expect(rates[144 + 12] == 48 && rates[144...].reduce(0, +) == 48)
        let list = try Self.parse(Self.withShape(Self.list(sunday))).channels[0].hourlyRates
        #expect((0..<7).allSatisfy { list[$0 * 24 + 12] == 48 })
    }

    @Test func shapeMappingErrors() {
        let flat = Self.list(Array(repeating: 1.0, count: 24))
        #expect(Self.failure(Self.withShape("{weekdays: \(flat)}"))
            == "test.yaml:7:5: channels[0].hour_shape: no shape for sat, sun; expected a shape for every day: daily, weekdays and weekend, or the days themselves")
        #expect(Self.failure(Self.withShape("{daily: \(flat), monday: \(flat)}"))?
            .hasPrefix("test.yaml:7:") == true)
        #expect(Self.failure(Self.withShape("{daily: \(flat), monday: \(flat)}"))?
            .contains("channels[0].hour_shape.monday: unknown key; expected one of daily, weekdays, weekend, mon, tue") == true)
        #expect(Self.failure(Self.withShape("{daily: [1, 2]}"))
            == "test.yaml:7:25: channels[0].hour_shape.daily: 2 values; expected 24 hourly weights (hours 00-23)")
        let zeros = Self.list(Array(repeating: 0.0, count: 24))
        #expect(Self.failure(Self.withShape("{daily: \(flat), sat: \(zeros)}"))?
            .contains("channels[0].hour_shape.sat: the weights sum to 0.0; expected 24 hourly weights (hours 00-23) with a positive sum") == true)
    }

    // MARK: null removes a key

    /// `on_call: null` in a file with a base gives the base without its on-call officer; a key
    /// removed inside a section leaves the rest of the base's section.
    @Test func nullInAChildRemovesTheKey() throws {
        _ = try write("base.yaml", Self.small)
        let withoutOnCall = try write("no-on-call.yaml", "base: base.yaml\nname: without on-call\non_call: null\n")
        var expected = try Self.parse(Self.small)
        expected.name = "without on-call"
        expected.team.onCall = nil
        #expect(try ScenarioLoader.load(path: withoutOnCall) == expected)
        let noPatience = try write("no-patience.yaml", "base: base.yaml\nname: patient\nkinds:\n  - name: question\n    patience: ~\n")
        #expect(try ScenarioLoader.load(path: noPatience).kinds[0].patience == nil)
    }

    /// Removing a required key gives the usual missing-key error, at the mapping it was in
    /// (the child's `service_level`, whose first key is on line 4).
    @Test func removedRequiredKeyIsMissing() throws {
        _ = try write("base.yaml", Self.small)
        let child = try write("child.yaml", "base: base.yaml\nname: child\nservice_level:\n  target_minutes:\n")
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: child) }
        do {
            _ = try ScenarioLoader.load(path: child)
        } catch {
            #expect(error.description == "\(child):4:3: service_level.target_minutes: required key is missing; expected a number of minutes > 0 and at most 525600")
        }
    }

    /// `--set KEY=null` removes the key (a required one is then missing, reported at its old
    /// place with the argument); removing one that is absent changes nothing; a file without a
    /// base keeps refusing an empty section.
    @Test func setNullRemovesTheKey() throws {
        let original = try Self.parse(Self.small)
        #expect(try Self.parse(Self.small, set: ["on_call=null"]).team.onCall == nil)
        #expect(try Self.parse(Self.small, set: ["kinds.question.patience="]).kinds[0].patience == nil)
        #expect(try Self.parse(Self.small, set: ["busy_days=null"]) == original)
        #expect(try Self.parse(Self.small, set: ["concurrency.conversations=null"]) == original)
        #expect(Self.failure(Self.small, set: ["shifts.day.officers=null"])
            == "test.yaml:17:5: --set shifts.day.officers=null: shifts[0].officers: required key is missing; expected a whole number of officers >= 0")
        #expect(Self.failure(Self.small + "\nbusy_days:")?.contains("busy_days: no value; expected") == true)
    }

    // MARK: sites and regions

    @Test func twoSitesWithoutRegionsAreRefused() {
        let twoSites = Self.small.replacingOccurrences(of: "    officers: 1", with: "    officers: 1\n    site: emmen")
            + "\nsites: [emmen, assen]\n"
        #expect(Self.failure(twoSites)
            == "test.yaml:20:1: sites: 2 sites but no regions, so every message would count at emmen and none at assen; expected regions, a list of {name, share, site} saying which share of the messages is for each site (or one site)")
        let withRegions = twoSites + "regions:\n  - {name: a, share: 0.5, site: emmen}\n  - {name: b, share: 0.5, site: assen}\n"
        #expect(Self.failure(withRegions) == nil)
        #expect(Self.failure(Self.small + "\nsites: [emmen]\n") == nil)
    }

    // MARK: decimal commas

    /// `1,5` between two whole numbers with no space is refused at the first number; `1, 5`,
    /// `1.5,2`, quoted values and block lists are not.
    @Test func decimalCommaInAListIsRefused() {
        let empirical = { (values: String) in
            Self.small.replacingOccurrences(of: "handling: {dist: exponential, mean: 10}", with: "handling: {dist: empirical, values: \(values)}")
        }
        #expect(Self.failure(empirical("[4, 1,5, 8]"))
            == "test.yaml:10:45: kinds[0].handling.values[1]: 1,5 is read as two numbers, 1 and 5; use a decimal point (1.5), or a comma and a space between two numbers (1, 5)")
        #expect(Self.failure(empirical("[4,1,5, 8]"))?.hasPrefix("test.yaml:10:42: kinds[0].handling.values[0]: 4,1 is read") == true)
        #expect(Self.failure(empirical("[4, 1, 5, 8]")) == nil)
        #expect(Self.failure(empirical("[4, 1.5,2, 8]")) == nil)
        #expect(Self.failure(empirical("[4 ,5]")) == nil)
        #expect(Self.failure(empirical("[4,\n      5]")) == nil)
        #expect(Self.failure(Self.small.replacingOccurrences(of: "share: 1", with: "share: 0,5"))
            == "test.yaml:9:12: kinds[0].share: \"0,5\" has a decimal comma; use a decimal point: 0.5")
    }

    @Test func decimalCommaInASetValueIsRefused() {
        #expect(throws: ScenarioError(file: "--set kinds.question.handling.values=[1,5, 2]", line: 0, column: 0,
                                      message: "kinds.question.handling.values[0]: 1,5 is read as two numbers, 1 and 5; use a decimal point (1.5), or a comma and a space between two numbers (1, 5)")) {
            try ScenarioOverride.parse("kinds.question.handling.values=[1,5, 2]")
        }
    }

    // MARK: every error of a file

    /// Independent mistakes in different sections and list elements are each reported once, in
    /// file order; the first is the one `load` throws.
    @Test func problemsListsEveryIndependentError() throws {
        let text = Self.small
            .replacingOccurrences(of: "seed: 1}", with: "seed: -1}")
            .replacingOccurrences(of: "share: 1", with: "share: 2")
            .replacingOccurrences(of: "officers: 1", with: "officers: many")
            + "\nbusy_dayz: {cv: 1}\nconcurrency: {conversations: 0}\n"
        let path = try write("bad.yaml", text)
        let problems = ScenarioLoader.problems(path: path).map(\.description)
        #expect(problems.map { $0.split(separator: ":")[1] } == ["19", "2", "9", "17", "20"])
        #expect(problems.count == 5)
        #expect(problems[0].contains("busy_dayz: unknown key"))
        #expect(problems[1].contains("run.seed"))
        #expect(problems[2].contains("kinds[0].share"))
        #expect(problems[3].contains("shifts[0].officers"))
        #expect(problems[4].contains("concurrency.conversations"))
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: path) }
        do { _ = try ScenarioLoader.load(path: path) } catch { #expect(error.description == problems[0]) }
    }

    /// One root cause gives one error: a misspelt section is not also "missing", a bad kind
    /// hides the shares check, bad sites hide the shifts that name them, a decimal comma hides
    /// the wrong length it causes.
    @Test func noCascades() throws {
        let misspelt = Self.small.replacingOccurrences(of: "shifts:", with: "shifs:")
        #expect(ScenarioLoader.problems(path: try write("a.yaml", misspelt)).map(\.message)
            == ["shifs: unknown key; expected one of name, description, base, run, service_level, channels, kinds, shifts, sites, regions, routing, concurrency, shift_end, shrinkage, busy_days, on_call, starting_backlog, goals"])
        let badKind = Self.small.replacingOccurrences(of: "share: 1", with: "share: 1\n    urgent: maybe")
        #expect(ScenarioLoader.problems(path: try write("b.yaml", badKind)).count == 1)
        let badSites = Self.small.replacingOccurrences(of: "    officers: 1", with: "    officers: 1\n    site: emmen") + "\nsites: emmen\n"
        #expect(ScenarioLoader.problems(path: try write("c.yaml", badSites)).map(\.message)
            == ["sites: \"emmen\"; expected a list of site names, e.g. [emmen, assen]"])
        let shape = "[" + Array(repeating: "1", count: 22).joined(separator: ", ") + ", 1,5]"
        let comma = Self.withShape(shape)
        #expect(ScenarioLoader.problems(path: try write("d.yaml", comma)).count == 1)
    }
}
