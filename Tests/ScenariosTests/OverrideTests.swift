import Scenarios
import Testing
import WebcareModel

/// A valid scenario with two of each named list, also the base in `BaseScenarioTests`. Line
/// numbers matter: the error tests expect the positions of its fields (e.g. `shifts[0].officers`
/// is at 28:15).
let teamScenario = """
    name: Team
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
      - name: twitter
        messages_per_hour: 1.5
    kinds:
      - name: question
        share: 0.8
        priority: 2
        handling: {dist: exponential, mean: 8}
      - name: urgent
        share: 0.2
        priority: 1
        handling: {dist: lognormal, mean: 10, sd: 5}
    shifts:
      - name: late
        days: daily
        start: "14:00"
        end: "22:00"
        officers: 3
      - name: evening-peak
        days: daily
        start: "18:00"
        end: "22:00"
        officers: 1

    """

/// The team scenario with the given `--set` arguments applied.
private func withSet(_ arguments: String...) throws -> Scenario {
    var overrides: [ScenarioOverride] = []
    for argument in arguments { overrides.append(try ScenarioOverride.parse(argument)) }
    return try ScenarioLoader.parse(yaml: teamScenario, file: "team.yaml", overrides: overrides)
}

/// The error the team scenario with the given `--set` arguments gives, as one line.
private func setFailure(_ arguments: String...) -> String? {
    do {
        var overrides: [ScenarioOverride] = []
        for argument in arguments { overrides.append(try ScenarioOverride.parse(argument)) }
        _ = try ScenarioLoader.parse(yaml: teamScenario, file: "team.yaml", overrides: overrides)
        return nil
    } catch {
        return error.description
    }
}

/// `shift` with another number of officers.
private func staffed(_ shift: Shift, _ officers: Int) -> Shift {
    Shift(name: shift.name, days: shift.days, startMinute: shift.startMinute, endMinute: shift.endMinute, officers: officers)
}

@Suite("--set overrides")
struct OverrideTests {
    let original: Scenario

    init() throws {
        original = try ScenarioLoader.parse(yaml: teamScenario, file: "team.yaml")
    }

    @Test func parsesPathAndValue() throws {
        let override = try ScenarioOverride.parse("shifts.late.days=[mon, tue]")
        #expect(override.path == ["shifts", "late", "days"])
        #expect(override.value == "[mon, tue]")
        #expect(override.argument == "shifts.late.days=[mon, tue]")
        #expect(try ScenarioOverride.parse("description=a=b").value == "a=b")
    }

    @Test func changesExactlyTheNamedShiftsOfficers() throws {
        var expected = original
        expected.roster = Roster(shifts: [staffed(original.roster.shifts[0], 5), original.roster.shifts[1]])
        #expect(try withSet("shifts.late.officers=5") == expected)
        #expect(try withSet("shifts.0.officers=5") == expected)
    }

    @Test func namedAndIndexedElementsOfEveryList() throws {
        var expected = original
        expected.run.replications = 40
        expected.serviceLevelTargetMinutes = 30
        expected.channels[1] = Channel(name: "twitter", hourlyRates: Array(repeating: 2, count: 168))
        let question = original.kinds[0]
        expected.kinds[0] = MessageKind(name: question.name, share: question.share, priority: question.priority,
                                        handling: .exponential(mean: 12), patience: nil)
        #expect(try withSet("run.replications=40", "service_level.target_minutes=30",
                            "channels.twitter.messages_per_hour=2", "kinds.0.handling.mean=12") == expected)
    }

    @Test func valuesAreYAML() throws {
        let shift = try withSet("shifts.late.days=[mon, tue]", "shifts.late.start=\"09:00\"").roster.shifts[0]
        #expect(shift.days == [.monday, .tuesday])
        #expect(shift.startMinute == 9 * 60)
        let kind = try withSet("kinds.urgent.handling={dist: exponential, mean: 5}").kinds[1]
        #expect(kind.handling == .exponential(mean: 5))
    }

    @Test func addsAKeyTheMappingAllows() throws {
        let kinds = try withSet("kinds.question.patience={dist: exponential, mean: 240}").kinds
        #expect(kinds[0].patience == .exponential(mean: 240))
        #expect(kinds[1] == original.kinds[1])
    }

    /// A key missing on the way is added as a section holding the rest of the path; the loader
    /// then checks it like a section written in the file.
    @Test func missingSectionIsBuiltKeyByKey() throws {
        #expect(original.team.concurrency == .single)
        #expect(try withSet("concurrency.conversations=2").team.concurrency
            == Concurrency(conversations: 2, throughput: [1, 2]))
        let patience = try withSet("kinds.question.patience.dist=exponential", "kinds.question.patience.mean=240").kinds[0].patience
        #expect(patience == .exponential(mean: 240))
        #expect(setFailure("kinds.question.patience.mean=240")
            == "team.yaml:15:5: --set kinds.question.patience.mean=240: kinds[0].patience.dist: required key is missing; expected one of exponential, lognormal, gamma, deterministic, empirical")
        #expect(setFailure("concurency.conversations=2")?.hasPrefix("team.yaml:1:1: --set concurency.conversations=2: concurency: unknown key; ") == true)
    }

    @Test func newVolumeFormReplacesTheOld() throws {
        let evenly = "[" + Array(repeating: "1", count: 24).joined(separator: ", ") + "]"
        let channels = try withSet("channels.facebook.messages_per_day=48", "channels.facebook.hour_shape=\(evenly)").channels
        #expect(channels == [Channel(name: "facebook", hourlyRates: Array(repeating: 2, count: 168)), original.channels[1]])
    }

    @Test func laterOverridesWin() throws {
        #expect(try withSet("run.seed=1", "run.seed=7").run.seed == 7)
    }

    @Test func badPathIsReportedWhereTheWalkStopped() {
        #expect(setFailure("shifts.lat.officers=3")
            == "team.yaml:23:1: --set shifts.lat.officers=3: shifts.lat: no shift named \"lat\"; the shifts are late, evening-peak")
        #expect(setFailure("shifts.2.officers=3")
            == "team.yaml:23:1: --set shifts.2.officers=3: shifts.2: there is no element 2; the indexes are 0 to 1")
        #expect(setFailure("run.seed.x=3")
            == "team.yaml:6:3: --set run.seed.x=3: run.seed: 2018 is a single value, not a mapping or a list; there is no \"x\" in it")
        #expect(setFailure("shifts.late.days.x=mon")?.hasPrefix("team.yaml:25:5: --set shifts.late.days.x=mon: shifts.late.days: ") == true)
    }

    @Test func badValueNamesTheArgumentAndTheField() {
        #expect(setFailure("shifts.late.officers=-1")
            == "team.yaml:28:15: --set shifts.late.officers=-1: shifts[0].officers: -1; expected a whole number of officers >= 0")
        #expect(setFailure("kinds.urgent.handling={dist: lognormal, mean: 10}")
            == "team.yaml:22:15: --set kinds.urgent.handling={dist: lognormal, mean: 10}: kinds[1].handling.sd: required key is missing; expected a standard deviation in minutes >= 0, at most 100 × the mean")
        #expect(setFailure("run.replications=")
            == "team.yaml:5:3: --set run.replications=: run.replications: required key is missing; expected a whole number of replications between 1 and 100000")
    }

    @Test func newUnknownKeyIsStillUnknown() {
        #expect(setFailure("kinds.question.patiense={dist: exponential, mean: 240}")
            == "team.yaml:15:5: --set kinds.question.patiense={dist: exponential, mean: 240}: kinds[0].patiense: unknown key; expected one of name, share, priority, handling, patience, urgent, follow_up")
    }

    @Test func wholeListCheckNamesTheOverridesInIt() {
        #expect(setFailure("kinds.question.share=0.5")
            == "team.yaml:14:1: --set kinds.question.share=0.5: kinds: the shares sum to 0.7; expected shares that sum to 1 (within 1e-6)")
        #expect(setFailure("shifts.late.officers=0", "shifts.evening-peak.officers=0")
            == "team.yaml:23:1: --set shifts.late.officers=0, --set shifts.evening-peak.officers=0: shifts: no shift has officers > 0; expected at least one officer on duty in the week")
    }

    @Test func malformedArguments() {
        let example = "expected PATH=VALUE, e.g. --set shifts.late.officers=3"
        #expect(throws: ScenarioError(file: "--set shifts.late.officers", line: 0, column: 0,
                                      message: "there is no \"=\"; \(example)")) {
            try ScenarioOverride.parse("shifts.late.officers")
        }
        #expect(setFailure("=3") == "--set =3: the path before \"=\" is empty; \(example)")
        #expect(setFailure("shifts..officers=3")
            == "--set shifts..officers=3: the path \"shifts..officers\" has an empty part; expected keys, names or indexes separated by dots, e.g. --set shifts.late.officers=3")
        let notYAML = setFailure("shifts.late.days=[mon, tue")
        #expect(notYAML?.hasPrefix("--set shifts.late.days=[mon, tue: the value \"[mon, tue\" is not valid YAML: ") == true)
    }

    @Test func baseCannotBeSet() {
        #expect(setFailure("base=other.yaml")
            == "team.yaml:1:1: --set base=other.yaml: base: cannot be changed with --set; expected a field of the scenario, e.g. shifts.late.officers")
    }
}
