import Scenarios
import Stochastics
import Testing
import WebcareModel

/// A small valid scenario; `extra` is added at the end (top-level keys) and `serviceLevel`
/// replaces the service_level mapping's body.
func goalScenario(serviceLevel: String = "target_minutes: 60", extra: String = "") -> String {
    """
    name: goals
    run: {horizon_weeks: 2, warmup_days: 1, replications: 4, seed: 7}
    service_level: {\(serviceLevel)}
    channels:
      - {name: facebook, messages_per_hour: 3}
    kinds:
      - {name: question, share: 1, handling: {dist: exponential, mean: 8}}
    shifts:
      - {name: day, days: daily, start: "09:00", end: "17:00", officers: 1}
    \(extra)
    """
}

private func parseError(_ yaml: String) -> String? {
    do {
        _ = try ScenarioLoader.parse(yaml: yaml, file: "goals.yaml")
        return nil
    } catch {
        return String(describing: error)
    }
}

@Suite("Goals")
struct GoalTests {
    @Test func scenarioGoalsAreRead() throws {
        let scenario = try ScenarioLoader.parse(
            yaml: goalScenario(serviceLevel: "target_minutes: 60, target_share: 0.8",
                               extra: "goals: {urgent_late_per_week: 1, wait_p90_min: 120, abandon_share: 0.05, per_hour: open}"),
            file: "goals.yaml")
        #expect(scenario.goals.list.map(\.text)
            == ["service_level>=0.8", "urgent_late_per_week<=1", "wait_p90_min<=120", "abandon_share<=0.05"])
        #expect(scenario.goals.perHour == .open)
        #expect(try ScenarioLoader.parse(yaml: goalScenario(), file: "goals.yaml").goals == Goals())
    }

    @Test func badGoalsNameTheirPlace() {
        #expect(parseError(goalScenario(serviceLevel: "target_minutes: 60, target_share: 1.5"))
            == "goals.yaml:3:51: service_level.target_share: 1.5; expected a share between 0 and 1 (exclusive of 0): the service level aimed at")
        #expect(parseError(goalScenario(extra: "goals: {per_hour: sometimes}"))
            == "goals.yaml:10:19: goals.per_hour: \"sometimes\" is not an hour scope; expected all (every hour counts) or open (only hours with an officer on duty)")
        #expect(parseError(goalScenario(extra: "goals: {wait_p99_min: 3}"))?.hasPrefix("goals.yaml:10:9: goals.wait_p99_min: unknown key") == true)
    }

    @Test func targetTextIsParsed() throws {
        #expect(try Goal.parse("service_level>=0.8").get() == Goal(metric: .serviceLevel, comparison: .atLeast, value: 0.8))
        #expect(try Goal.parse("wait_p90_min <= 120").get() == Goal(metric: .waitP90, comparison: .atMost, value: 120))
        #expect(throws: Goal.Failure.self) { try Goal.parse("service_level=0.8").get() }
        #expect(throws: Goal.Failure.self) { try Goal.parse("speed>=3").get() }
        #expect(throws: Goal.Failure.self) { try Goal.parse("service_level>=high").get() }
        let goals = Goals([Goal(metric: .serviceLevel, comparison: .atLeast, value: 0.8)])
            .adding([Goal(metric: .serviceLevel, comparison: .atLeast, value: 0.9)])
        #expect(goals.list.map(\.text) == ["service_level>=0.9"])
    }

    /// The status follows the interval: wholly on the goal's side, wholly on the other, or across.
    @Test func statusFollowsTheInterval() {
        let atLeast = Goal(metric: .serviceLevel, comparison: .atLeast, value: 0.8)
        let atMost = Goal(metric: .waitP90, comparison: .atMost, value: 120)
        #expect(GoalStatus(Estimate(mean: 0.85, ci95Low: 0.81, ci95High: 0.89), goal: atLeast) == .met)
        #expect(GoalStatus(Estimate(mean: 0.75, ci95Low: 0.70, ci95High: 0.79), goal: atLeast) == .missed)
        #expect(GoalStatus(Estimate(mean: 0.81, ci95Low: 0.78, ci95High: 0.84), goal: atLeast) == .unclear)
        #expect(GoalStatus(Estimate(mean: 0.9, ci95Low: nil, ci95High: nil), goal: atLeast) == .unclear)
        #expect(GoalStatus(Estimate(mean: 100, ci95Low: 90, ci95High: 110), goal: atMost) == .met)
        #expect(GoalStatus(Estimate(mean: 130, ci95Low: 121, ci95High: 140), goal: atMost) == .missed)
        #expect(GoalStatus.all([.met, .unclear, .met]) == .unclear)
        #expect(GoalStatus.all([.met, .unclear, .missed]) == .missed)
        #expect(GoalStatus.all([.met, .met]) == .met)
    }

    /// A team open 09:00-17:00: with `all`, the night's messages count where they arrived and
    /// those hours are missed; with `open`, only the 56 open hours count.
    @Test func perHourScope() throws {
        let scenario = try ScenarioLoader.parse(yaml: goalScenario(serviceLevel: "target_minutes: 60, target_share: 0.8"),
                                                file: "goals.yaml")
        let summary = try Experiment.run(scenario, threads: 2)
        let all = try #require(summary.evaluate(scenario.goals)?.goals.first?.perHour)
        let open = try #require(summary.evaluate(Goals(scenario.goals.list, perHour: .open))?.goals.first?.perHour)
        #expect(open.met + open.missed + open.unclear == 56)
        #expect(all.met + all.missed + all.unclear == 168)
        // 00:00-08:00 no one is on duty and a message waits more than an hour for 09:00.
        #expect((0..<8).allSatisfy { all.hours[$0] == .missed })
        #expect(open.hours[3] == nil && all.status == .missed)
        #expect(summary.evaluate(Goals()) == nil)
    }
}
