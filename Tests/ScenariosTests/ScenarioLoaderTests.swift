import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// A valid scenario. Line numbers matter: the error tests change one line and expect its position.
private let base = """
    name: Drenthe 14:00-22:00 (2018)
    description: a test scenario
    run:
      horizon_weeks: 8
      warmup_days: 7
      replications: 20
      seed: 2018
    service_level:
      target_minutes: 60
    channels:
      - name: facebook
        messages_per_hour: 3.5
    kinds:
      - name: question
        share: 0.8
        priority: 2
        handling: {dist: exponential, mean: 8}
        patience: {dist: exponential, mean: 120}
      - name: urgent
        share: 0.2
        priority: 1
        handling: {dist: lognormal, mean: 10, sd: 5}
    shifts:
      - name: late
        days: daily
        start: 14:00
        end: 22:00
        officers: 2

    """

/// The base scenario with one exact piece of text replaced (which must occur).
private func changed(_ old: String, _ new: String) -> String {
    precondition(base.contains(old), "the base scenario has no \(old)")
    return base.replacingOccurrences(of: old, with: new)
}

/// The base scenario with its channels section (lines 10-12) replaced by `channels`, which
/// starts at line 10.
private func withChannels(_ channels: String) -> String {
    changed("channels:\n  - name: facebook\n    messages_per_hour: 3.5\n", channels)
}

/// The base scenario with its shifts section (lines 23-28) replaced by `shifts`, which starts
/// at line 23.
private func withShifts(_ shifts: String) -> String {
    changed("shifts:\n  - name: late\n    days: daily\n    start: 14:00\n    end: 22:00\n    officers: 2\n", shifts)
}

/// The error `parse` throws for `yaml`, as `file:line:column: message`; nil when it parses.
private func failure(_ yaml: String) -> String? {
    do {
        _ = try ScenarioLoader.parse(yaml: yaml, file: "test.yaml")
        return nil
    } catch {
        return error.description
    }
}

private func parsed(_ yaml: String) throws -> Scenario {
    try ScenarioLoader.parse(yaml: yaml, file: "test.yaml")
}

private let daysOfWeek = Weekday.allCases.count

@Suite("Scenario loader errors")
struct ScenarioLoaderErrorTests {
    @Test func unknownKeyIsReportedAtTheKey() {
        #expect(failure(changed("  horizon_weeks: 8", "  horizon_wekes: 8"))
            == "test.yaml:4:3: run.horizon_wekes: unknown key; expected one of horizon_weeks, horizon_days, warmup_days, replications, seed")
        #expect(failure(changed("    officers: 2", "    officers: 2\n    oficers: 3"))
            == "test.yaml:29:5: shifts[0].oficers: unknown key; expected one of name, days, start, end, officers, site, breaks")
    }

    @Test func unknownKeyInADistributionNamesTheDistribution() {
        #expect(failure(changed("mean: 120}", "mean: 120, sd: 4}"))
            == "test.yaml:18:46: kinds[0].patience.sd: unknown key for dist: exponential; expected one of dist, mean")
    }

    @Test func wrongTypeIsReportedAtTheValue() {
        #expect(failure(changed("    officers: 2", "    officers: two"))
            == "test.yaml:28:15: shifts[0].officers: \"two\" is not a number; expected a whole number of officers >= 0")
        #expect(failure(withChannels("channels:\n  name: facebook\n  messages_per_hour: 3.5\n"))
            == "test.yaml:11:3: channels: a mapping; expected a list of channels, each with a name and an arrival rate")
        #expect(failure(changed("  replications: 20", "  replications: 2.5"))
            == "test.yaml:6:17: run.replications: 2.5 is not a whole number; expected a whole number of replications between 1 and 100000")
    }

    @Test func hourShapeWithTwentyThreeWeights() {
        let shape = Array(repeating: "1", count: 23).joined(separator: ", ")
        let yaml = withChannels("""
            channels:
              - name: facebook
                messages_per_day: 70
                hour_shape: [\(shape)]

            """)
        #expect(failure(yaml)
            == "test.yaml:13:17: channels[0].hour_shape: 23 values; expected 24 hourly weights (hours 00-23)")
    }

    @Test func negativeOfficers() {
        #expect(failure(changed("    officers: 2", "    officers: -1"))
            == "test.yaml:28:15: shifts[0].officers: -1; expected a whole number of officers >= 0")
    }

    @Test func shiftStartingAtTwentyFiveOClock() {
        let yaml = withShifts("""
            shifts:
              - name: late
                days: daily
                start: 14:00
                end: 22:00
                officers: 2
              - name: night
                days: weekend
                start: "25:00"
                end: "02:00"
                officers: 1

            """)
        #expect(failure(yaml)
            == "test.yaml:31:12: shifts[1].start: \"25:00\" is not a time of day; expected HH:MM between 00:00 and 23:59")
        #expect(failure(changed("    end: 22:00", "    end: 24:30"))
            == "test.yaml:27:10: shifts[0].end: \"24:30\" is not a time of day; expected HH:MM between 00:00 and 24:00")
    }

    @Test func sharesThatDoNotSumToOneAreReportedAtKinds() {
        #expect(failure(changed("    share: 0.8", "    share: 0.7"))
            == "test.yaml:13:1: kinds: the shares sum to 0.9; expected shares that sum to 1 (within 1e-6)")
    }

    @Test func emptyFile() {
        let message = "test.yaml:1:1: the file is empty; a scenario needs name, run, service_level, channels, kinds and shifts"
        #expect(failure("") == message)
        #expect(failure("# only a comment\n\n# and another\n") == message)
    }

    @Test func fileThatIsNotYAML() throws {
        let description = try #require(failure("name: [unclosed\n"))
        #expect(description.hasPrefix("test.yaml:2:1: not valid YAML: "))
        let tab = try #require(failure("name: x\nrun:\n\thorizon_days: 3\n"))
        #expect(tab.hasPrefix("test.yaml:3:1: not valid YAML: "))
    }

    @Test func duplicateKeyIsNotValidYAML() throws {
        let description = try #require(failure(changed("  seed: 2018", "  seed: 2018\n  seed: 2019")))
        #expect(description.hasPrefix("test.yaml:7:3: not valid YAML: "))
        #expect(description.contains("seed"))
    }

    @Test func missingFile() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).yaml").path
        #expect(throws: ScenarioError(file: path, line: 1, column: 1, message: "cannot read the file: no such file")) {
            try ScenarioLoader.load(path: path)
        }
    }

    @Test func channelRateFormsAreExactlyOneOf() {
        let expected = "expected exactly one of messages_per_hour, messages_per_day (with an optional hour_shape) or hour_of_week"
        let hours = Array(repeating: "1", count: 168).joined(separator: ", ")
        let two = withChannels("""
            channels:
              - name: facebook
                messages_per_hour: 3.5
                hour_of_week: [\(hours)]

            """)
        #expect(failure(two) == "test.yaml:13:5: channels[0].hour_of_week: cannot be given together with messages_per_hour; \(expected)")
        let none = withChannels("channels:\n  - name: facebook\n")
        #expect(failure(none)
            == "test.yaml:11:5: channels[0]: none of messages_per_hour, messages_per_day, hour_of_week is given; \(expected)")
        let shapeWithFlatRate = withChannels("""
            channels:
              - name: facebook
                messages_per_hour: 3.5
                weekday_factors: [1, 1, 1, 1, 1, 1, 1]

            """)
        #expect(failure(shapeWithFlatRate)
            == "test.yaml:13:5: channels[0].weekday_factors: only allowed with messages_per_day; \(expected)")
        let dayWithoutShape = withChannels("channels:\n  - name: facebook\n    messages_per_day: 70\n")
        #expect(failure(dayWithoutShape) == nil, "without hour_shape a day's volume is spread flat (PlannerFormatTests)")
    }

    @Test func duplicateChannelNames() {
        let yaml = withChannels("""
            channels:
              - name: facebook
                messages_per_hour: 3.5
              - name: facebook
                messages_per_hour: 1

            """)
        #expect(failure(yaml)
            == "test.yaml:13:11: channels[1].name: \"facebook\" is already the name of channels[0]; expected a unique channel name")
    }

    @Test func missingRequiredKeyIsReportedAtItsMapping() {
        #expect(failure(changed("  seed: 2018\n", ""))
            == "test.yaml:4:3: run.seed: required key is missing; expected a whole number >= 0 (at most 18446744073709551615)")
    }

    @Test func wholeFileChecks() {
        #expect(failure(changed("    officers: 2", "    officers: 0"))
            == "test.yaml:23:1: shifts: no shift has officers > 0; expected at least one officer on duty in the week")
        #expect(failure(changed("    messages_per_hour: 3.5", "    messages_per_hour: 0"))
            == "test.yaml:10:1: channels: no messages arrive (all rates are 0); expected a positive arrival rate on some channel")
    }

    @Test func distributionChecks() {
        #expect(failure(changed("{dist: exponential, mean: 8}", "{dist: weibull, mean: 8}"))
            == "test.yaml:17:22: kinds[0].handling.dist: \"weibull\" is not a distribution name; expected one of exponential, lognormal, gamma, deterministic, empirical")
        #expect(failure(changed("{dist: exponential, mean: 8}", "{dist: deterministic, value: 0}"))
            == "test.yaml:17:44: kinds[0].handling.value: 0; expected a duration in minutes from 0.01 to 525600")
        #expect(failure(changed("{dist: exponential, mean: 8}", "{dist: gamma, mean: 8, sd: 0}"))
            == "test.yaml:17:42: kinds[0].handling.sd: 0; expected a standard deviation in minutes > 0, at most 100 × the mean")
    }

    @Test func numbersAreReadAsWrittenNotAsYAMLTypes() {
        #expect(failure(changed("  target_minutes: 60", "  target_minutes: .inf"))
            == "test.yaml:9:19: service_level.target_minutes: \".inf\" is not a number; expected a number of minutes > 0 and at most 525600")
        #expect(failure(changed("  replications: 20", "  replications: 16777217"))
            == "test.yaml:6:17: run.replications: 16777217; expected a whole number of replications between 1 and 100000")
    }

    @Test func messagesAreOneLine() throws {
        let description = try #require(failure(changed("name: Drenthe 14:00-22:00 (2018)", "name: |\n  two\n  lines\nbogus: 1")))
        #expect(!description.contains("\n"))
        #expect(description.hasPrefix("test.yaml:4:1: bogus: unknown key"))
    }
}

@Suite("Scenario loader results")
struct ScenarioLoaderResultTests {
    @Test func baseScenarioBuildsTheModel() throws {
        let scenario = try parsed(base)
        #expect(scenario.name == "Drenthe 14:00-22:00 (2018)")
        #expect(scenario.run == RunSettings(horizonDays: 56, warmupDays: 7, replications: 20, seed: 2018))
        #expect(scenario.serviceLevelTargetMinutes == 60)
        #expect(scenario.channels == [Channel(name: "facebook", hourlyRates: Array(repeating: 3.5, count: 168))])
        #expect(scenario.kinds == [
            MessageKind(name: "question", share: 0.8, priority: 2, handling: .exponential(mean: 8),
                        patience: .exponential(mean: 120)),
            MessageKind(name: "urgent", share: 0.2, priority: 1, handling: .lognormal(mean: 10, sd: 5), patience: nil),
        ])
    }

    @Test func dailyVolumeTimesShapeTimesWeekdayFactors() throws {
        let shape: [Double] = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 9, 8, 7, 6, 5, 4, 3, 1]
        let factors: [Double] = [1, 1, 1, 1, 1.2, 0.9, 0.8]
        let perDay = 70.0
        let list = { (values: [Double]) in values.map { "\($0)" }.joined(separator: ", ") }
        let scenario = try parsed(withChannels("""
            channels:
              - name: facebook
                messages_per_day: \(perDay)
                hour_shape: [\(list(shape))]
                weekday_factors: [\(list(factors))]

            """))
        let rates = scenario.channels[0].hourlyRates
        #expect(rates.count == 168)
        let weekly = factors.reduce(0) { $0 + perDay * $1 }
        #expect(abs(rates.reduce(0, +) - weekly) <= 1e-9 * weekly)
        for day in 0..<daysOfWeek {
            let daySum = rates[(day * 24)..<(day * 24 + 24)].reduce(0, +)
            #expect(abs(daySum - perDay * factors[day]) <= 1e-9 * perDay)
        }
        // Friday (factor 1.2) 15:00 against Friday 09:00: the ratio of their weights, 10 : 4.
        #expect(abs(rates[4 * 24 + 15] / rates[4 * 24 + 9] - shape[15] / shape[9]) <= 1e-12)
        #expect(rates[4 * 24 + 2] == 0)
        // The same hour on two days differs by the ratio of the day factors.
        #expect(abs(rates[4 * 24 + 12] / rates[6 * 24 + 12] - 1.2 / 0.8) <= 1e-12)
    }

    @Test func hourOfWeekIsTakenAsWritten() throws {
        let rates = (0..<168).map { Double($0 % 24) / 2 }
        let scenario = try parsed(withChannels(
            "channels:\n  - name: twitter\n    hour_of_week: [\(rates.map { "\($0)" }.joined(separator: ", "))]\n"))
        #expect(scenario.channels[0].hourlyRates == rates)
    }

    @Test func shiftPastMidnight() throws {
        let scenario = try parsed(changed("    start: 14:00\n    end: 22:00", "    start: \"22:00\"\n    end: \"02:00\""))
        let shift = scenario.roster.shifts[0]
        #expect(shift.startMinute == 22 * 60)
        #expect(shift.endMinute == 2 * 60)
        #expect(shift.durationMinutes == 240)
        let level = scenario.roster.levelByMinute
        #expect(level[23 * 60 + 30] == 2)   // Monday 23:30
        #expect(level[24 * 60 + 90] == 2)   // Tuesday 01:30
        #expect(level[24 * 60 + 150] == 0)  // Tuesday 02:30
    }

    @Test func midnightEnds() throws {
        let endingAt24 = try parsed(changed("    end: 22:00", "    end: \"24:00\""))
        #expect(endingAt24.roster.shifts[0].endMinute == 1_440)
        #expect(endingAt24.roster.shifts[0].durationMinutes == 600)
        let endingAt00 = try parsed(changed("    end: 22:00", "    end: 00:00"))
        #expect(endingAt00.roster.shifts[0].endMinute == 1_440)
    }

    @Test func unquotedTimeIsATimeOfDay() throws {
        let shift = try parsed(base).roster.shifts[0]
        #expect(shift.startMinute == 14 * 60)
        #expect(shift.endMinute == 22 * 60)
        #expect(shift.durationMinutes == 480)
    }

    @Test func dayNamesExpand() throws {
        let days = { (text: String) throws -> Set<Weekday> in
            try parsed(changed("    days: daily", "    days: \(text)")).roster.shifts[0].days
        }
        #expect(try days("daily") == Set(Weekday.allCases))
        #expect(try days("weekdays") == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(try days("weekend") == [.saturday, .sunday])
        #expect(try days("[mon, wed, sun]") == [.monday, .wednesday, .sunday])
        #expect(failure(changed("    days: daily", "    days: [mon, tue, mon]"))
            == "test.yaml:25:22: shifts[0].days[2]: \"mon\" is listed twice; expected each day at most once")
    }

    @Test func horizonInDaysAndDefaults() throws {
        let scenario = try parsed(changed("  horizon_weeks: 8\n  warmup_days: 7\n", "  horizon_days: 10.5\n"))
        #expect(scenario.run.horizonDays == 10.5)
        #expect(scenario.run.warmupDays == 0)
        #expect(failure(changed("  horizon_weeks: 8\n", "  horizon_weeks: 8\n  horizon_days: 3\n"))
            == "test.yaml:5:3: run.horizon_days: cannot be given together with horizon_weeks; expected exactly one of horizon_weeks, horizon_days")
    }

    @Test func otherDistributions() throws {
        let scenario = try parsed(changed("    handling: {dist: lognormal, mean: 10, sd: 5}",
                                          "    handling: {dist: empirical, values: [2, 4, 9]}\n    patience: {dist: deterministic, value: 0}"))
        #expect(scenario.kinds[1].handling == .empirical(values: [2, 4, 9]))
        #expect(scenario.kinds[1].patience == .deterministic(value: 0))
        #expect(scenario.kinds[1].priority == 1)
    }

    @Test func loadReadsAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).yaml")
        try base.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try ScenarioLoader.load(path: url.path) == parsed(base))
        try changed("    officers: 2", "    officers: -1").write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: ScenarioError(file: url.path, line: 28, column: 15,
                                      message: "shifts[0].officers: -1; expected a whole number of officers >= 0")) {
            try ScenarioLoader.load(path: url.path)
        }
    }
}
