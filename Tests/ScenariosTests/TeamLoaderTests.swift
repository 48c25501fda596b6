import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// A valid scenario that uses every team key. Line numbers matter: `TeamLoaderErrorTests`
/// changes one piece of text and expects its position (e.g. `concurrency.throughput` is line 33).
let fullTeamScenario = """
    name: Drenthe team
    run:
      horizon_weeks: 4
      warmup_days: 0
      replications: 10
      seed: 7
    service_level:
      target_minutes: 60
      urgent_threshold_minutes: 10
    channels:
      - name: facebook
        messages_per_hour: 3
      - name: twitter
        messages_per_hour: 1
    kinds:
      - name: question
        share: 0.9
        priority: 2
        handling: {dist: exponential, mean: 8}
        follow_up: {probability: 0.3, delay: {dist: exponential, mean: 30}, handling: {dist: lognormal, mean: 4, sd: 2}}
      - name: urgent
        share: 0.1
        handling: {dist: deterministic, value: 10}
        urgent: true
    sites: [emmen, assen, hoogeveen]
    regions:
      - {name: zuidoost, share: 0.45, site: emmen}
      - {name: noord, share: 0.35, site: assen}
      - {name: zuidwest, share: 0.2, site: hoogeveen}
    routing: {policy: overflow, after_minutes: 20}
    concurrency:
      conversations: 3
      throughput: [1.0, 1.7, 2.5]
    shift_end: {rule: hand_over, work_done: lost}
    shrinkage:
      monitoring: {share: 0.10, block_minutes: 15}
      call_outs: {per_hour: 0.05, duration: {dist: exponential, mean: 60}, in_hand: hand_over}
    busy_days: {cv: 0.25}
    on_call:
      days: daily
      start: "22:00"
      end: "08:00"
      delay: {dist: deterministic, value: 30}
      call_on_urgent: false
      backlog_threshold: 20
    starting_backlog:
      - {channel: twitter, kind: question, count: 20}
    shifts:
      - name: late
        days: daily
        start: "14:00"
        end: "22:00"
        officers: 2
        site: emmen
        breaks:
          - {at: "18:00", minutes: 30}
          - {between: ["17:00", "20:00"], minutes: 30}
      - name: night
        days: weekend
        start: "22:00"
        end: "06:00"
        officers: 1
        site: assen
        breaks: [{between: ["23:30", "02:00"], minutes: 45}]

    """

/// The scenario `fullTeamScenario` must give, built by hand.
let fullTeamExpected: Scenario = {
    let kinds = [
        MessageKind(name: "question", share: 0.9, priority: 2, handling: .exponential(mean: 8), patience: nil,
                    followUp: FollowUp(probability: 0.3, delay: .exponential(mean: 30),
                                       handling: .lognormal(mean: 4, sd: 2))),
        MessageKind(name: "urgent", share: 0.1, priority: 1, handling: .deterministic(value: 10), patience: nil,
                    urgent: true),
    ]
    let shifts = [
        Shift(name: "late", days: Set(Weekday.allCases), startMinute: 14 * 60, endMinute: 22 * 60, officers: 2, site: 0,
              breaks: [ShiftBreak(windowStart: 18 * 60, windowEnd: 18 * 60 + 30, minutes: 30),
                       ShiftBreak(windowStart: 17 * 60, windowEnd: 20 * 60, minutes: 30)]),
        Shift(name: "night", days: [.saturday, .sunday], startMinute: 22 * 60, endMinute: 6 * 60, officers: 1, site: 1,
              breaks: [ShiftBreak(windowStart: 23 * 60 + 30, windowEnd: 26 * 60, minutes: 45)]),
    ]
    let team = Team(
        sites: [Site(name: "emmen"), Site(name: "assen"), Site(name: "hoogeveen")],
        regions: [Region(name: "zuidoost", share: 0.45, site: 0), Region(name: "noord", share: 0.35, site: 1),
                  Region(name: "zuidwest", share: 0.2, site: 2)],
        routing: .overflow(afterMinutes: 20),
        concurrency: Concurrency(conversations: 3, throughput: [1, 1.7, 2.5]),
        shiftEnd: .handOver(keepWork: false),
        monitoring: Monitoring(share: 0.1, blockMinutes: 15),
        callOuts: CallOuts(perHour: 0.05, duration: .exponential(mean: 60), inHand: .handOver(keepWork: true)),
        urgentThresholdMinutes: 10,
        busyDaysCV: 0.25,
        onCall: OnCall(days: Set(Weekday.allCases), startMinute: 22 * 60, endMinute: 8 * 60,
                       delay: .deterministic(value: 30), callOnUrgent: false, backlogThreshold: 20),
        startingBacklog: [BacklogEntry(channel: 1, kind: 0, count: 20)])
    return Scenario(name: "Drenthe team",
                    channels: [Channel(name: "facebook", hourlyRates: Array(repeating: 3, count: 168)),
                               Channel(name: "twitter", hourlyRates: Array(repeating: 1, count: 168))],
                    kinds: kinds, roster: Roster(shifts: shifts), serviceLevelTargetMinutes: 60,
                    run: RunSettings(horizonDays: 28, warmupDays: 0, replications: 10, seed: 7), team: team)
}()

/// The full team scenario with one exact piece of text replaced (which must occur once).
func teamChanged(_ old: String, _ new: String, in yaml: String = fullTeamScenario) -> String {
    precondition(yaml.components(separatedBy: old).count == 2, "the scenario has not exactly one \(old)")
    return yaml.replacingOccurrences(of: old, with: new)
}

/// The full team scenario without the given lines (each must occur once, whole).
func teamWithout(_ lines: String...) -> String {
    var yaml = fullTeamScenario
    for line in lines { yaml = teamChanged(line + "\n", "", in: yaml) }
    return yaml
}

/// The scenario `yaml` gives with the `--set` arguments applied.
private func parsedTeam(_ yaml: String, set arguments: [String] = []) throws -> Scenario {
    try ScenarioLoader.parse(yaml: yaml, file: "test.yaml", overrides: arguments.map(ScenarioOverride.parse))
}

/// A scenario with no team keys at all.
private let plainScenario = """
    name: plain
    run: {horizon_days: 7, replications: 2, seed: 1}
    service_level: {target_minutes: 60}
    channels: [{name: facebook, messages_per_hour: 2}]
    kinds: [{name: question, share: 1, handling: {dist: exponential, mean: 8}}]
    shifts: [{name: day, days: daily, start: "09:00", end: "17:00", officers: 1}]

    """

@Suite("Team loader results")
struct TeamLoaderTests {
    @Test func fullTeamScenarioBuildsExactlyTheModel() throws {
        #expect(try parsedTeam(fullTeamScenario) == fullTeamExpected)
    }

    @Test func absentKeysGiveThePlainTeam() throws {
        let scenario = try parsedTeam(plainScenario)
        #expect(scenario.team == Team())
        #expect(scenario.roster.shifts == [Shift(name: "day", days: Set(Weekday.allCases), startMinute: 9 * 60,
                                                 endMinute: 17 * 60, officers: 1, site: 0, breaks: [])])
        #expect(scenario.kinds[0].urgent == false)
        #expect(scenario.kinds[0].followUp == nil)
    }

    @Test func defaultsInsideTheTeamKeys() throws {
        let yaml = plainScenario + """
            concurrency: {conversations: 3}
            shift_end: hand_over
            shrinkage: {call_outs: {per_hour: 0.1, duration: {dist: deterministic, value: 45}}}
            on_call: {days: weekend, start: "00:00", end: "00:00", delay: {dist: exponential, mean: 20}}
            starting_backlog: []

            """
        let team = try parsedTeam(yaml).team
        #expect(team.concurrency == Concurrency(conversations: 3, throughput: [1, 2, 3]))
        #expect(team.shiftEnd == .handOver(keepWork: true))
        #expect(team.monitoring == nil)
        #expect(team.callOuts == CallOuts(perHour: 0.1, duration: .deterministic(value: 45), inHand: .finish))
        #expect(team.onCall == OnCall(days: [.saturday, .sunday], startMinute: 0, endMinute: 1_440,
                                      delay: .exponential(mean: 20), callOnUrgent: true, backlogThreshold: nil))
        #expect(team.startingBacklog == [])
        #expect(try parsedTeam(plainScenario + "concurrency: {}\nshrinkage: {}\n").team == Team())
    }

    @Test func otherForms() throws {
        let pooled = try parsedTeam(teamChanged("routing: {policy: overflow, after_minutes: 20}", "routing: pooled"))
        #expect(pooled.team.routing == .pooled)
        let separate = try parsedTeam(teamChanged("routing: {policy: overflow, after_minutes: 20}", "routing: {policy: separate}"))
        #expect(separate.team.routing == .separate)
        let kept = try parsedTeam(teamChanged("work_done: lost", "work_done: kept"))
        #expect(kept.team.shiftEnd == .handOver(keepWork: true))
        let finish = try parsedTeam(teamChanged("shift_end: {rule: hand_over, work_done: lost}", "shift_end: {rule: finish}"))
        #expect(finish.team.shiftEnd == .finish)
        let kind = try parsedTeam(teamChanged(", handling: {dist: lognormal, mean: 4, sd: 2}}", "}")).kinds[0]
        #expect(kind.followUp == FollowUp(probability: 0.3, delay: .exponential(mean: 30), handling: nil))
        #expect(try parsedTeam(teamChanged("urgent: true", "urgent: FALSE")).kinds[1].urgent == false)
    }

    @Test func breaksPastMidnightAreOnTheNextDay() throws {
        let night = { (breaks: String) throws -> [ShiftBreak] in
            try parsedTeam(teamChanged(#"breaks: [{between: ["23:30", "02:00"], minutes: 45}]"#, "breaks: \(breaks)"))
                .roster.shifts[1].breaks
        }
        #expect(try night(#"[{at: "01:30", minutes: 30}]"#) == [ShiftBreak(windowStart: 25 * 60 + 30, windowEnd: 26 * 60, minutes: 30)])
        #expect(try night(#"[{at: "23:45", minutes: 30}]"#) == [ShiftBreak(windowStart: 23 * 60 + 45, windowEnd: 24 * 60 + 15, minutes: 30)])
        #expect(try night(#"[{between: ["02:00", "06:00"], minutes: 240}]"#) == [ShiftBreak(windowStart: 26 * 60, windowEnd: 30 * 60, minutes: 240)])
        #expect(try night(#"[{between: ["22:00", "00:00"], minutes: 15}]"#) == [ShiftBreak(windowStart: 22 * 60, windowEnd: 24 * 60, minutes: 15)])
        #expect(try night("[]") == [])
        let untilMidnight = teamChanged("    end: \"22:00\"", "    end: \"24:00\"")
        let late = try parsedTeam(teamChanged(#"{at: "18:00", minutes: 30}"#, #"{between: ["21:30", "24:00"], minutes: 30}"#,
                                              in: untilMidnight))
        #expect(late.roster.shifts[0].breaks[0] == ShiftBreak(windowStart: 21 * 60 + 30, windowEnd: 24 * 60, minutes: 30))
        #expect(throws: ScenarioError(file: "test.yaml", line: 56, column: 9,
                                      message: "shifts[0].breaks[0]: the window 21:30-24:00 is not inside the shift 14:00-22:00; expected a break within the shift's hours")) {
            try parsedTeam(teamChanged(#"{at: "18:00", minutes: 30}"#, #"{between: ["21:30", "24:00"], minutes: 30}"#))
        }
    }

    @Test func sitesWithoutSiteKeys() throws {
        let one = try parsedTeam(plainScenario + "sites: [emmen]\n")
        #expect(one.team.sites == [Site(name: "emmen")])
        #expect(one.roster.shifts[0].site == 0)
        let named = try parsedTeam(plainScenario.replacingOccurrences(of: "officers: 1}", with: "officers: 1, site: team}"))
        #expect(named.roster.shifts[0].site == 0)
        #expect(named.team == Team())
    }

    @Test func setChangesTheNewFields() throws {
        var expected = fullTeamExpected
        expected.team.concurrency = Concurrency(conversations: 2, throughput: [1, 1.5])
        let late = fullTeamExpected.roster.shifts[0]
        expected.roster = Roster(shifts: [
            Shift(name: late.name, days: late.days, startMinute: late.startMinute, endMinute: late.endMinute,
                  officers: late.officers, site: 1, breaks: late.breaks),
            fullTeamExpected.roster.shifts[1],
        ])
        expected.team.regions[1] = Region(name: "noord", share: 0.35, site: 2)
        expected.team.routing = .separate
        #expect(try parsedTeam(fullTeamScenario, set: [
            "concurrency.conversations=2", "concurrency.throughput=[1, 1.5]", "shifts.late.site=assen",
            "regions.noord.site=hoogeveen", "routing=separate",
        ]) == expected)
        let added = try parsedTeam(plainScenario, set: ["concurrency={conversations: 2}", "busy_days={cv: 0.3}"]).team
        #expect(added == Team(concurrency: Concurrency(conversations: 2, throughput: [1, 2]), busyDaysCV: 0.3))
    }

    @Test func setOnAMissingRegionNamesTheRegions() {
        #expect(throws: ScenarioError(file: "test.yaml", line: 26, column: 1,
                                      message: "--set regions.west.share=0.5: regions.west: no region named \"west\"; the regions are zuidoost, noord, zuidwest")) {
            try parsedTeam(fullTeamScenario, set: ["regions.west.share=0.5"])
        }
    }
}

/// Scenarios with `base:` that use the team keys, in a fresh directory per test.
@Suite("Team keys with base:")
final class TeamBaseTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-team-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write("base.yaml", fullTeamScenario)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func load(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: directory.appendingPathComponent(name).path)
    }

    @Test func regionsMergeByNameAndSitesAreReplacedWhole() throws {
        try write("variant.yaml", """
            base: base.yaml
            name: Drenthe team
            sites: [emmen, assen, hoogeveen, meppel]
            regions:
              - {name: noord, site: meppel}

            """)
        var expected = fullTeamExpected
        expected.team.sites.append(Site(name: "meppel"))
        expected.team.regions[1] = Region(name: "noord", share: 0.35, site: 3)
        #expect(try load("variant.yaml") == expected)
    }

    @Test func anotherPolicyOrRuleReplacesTheMappingWhole() throws {
        try write("variant.yaml", """
            base: base.yaml
            name: Drenthe team
            routing: {policy: separate}
            shift_end: {rule: finish}
            shrinkage:
              call_outs: {in_hand: {rule: hand_over, work_done: lost}}

            """)
        var expected = fullTeamExpected
        expected.team.routing = .separate
        expected.team.shiftEnd = .finish
        expected.team.callOuts = CallOuts(perHour: 0.05, duration: .exponential(mean: 60), inHand: .handOver(keepWork: false))
        #expect(try load("variant.yaml") == expected)
    }
}
