import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The on-call officer's standby hours, exact from the schedule, and their cost at the
/// scenario's `standby_cost`.
@Suite struct StandbyCostTests {
    static func scenario(onCall: String, run: String = "horizon_weeks: 1, warmup_days: 0") -> String {
        """
        name: standby
        run: {\(run), replications: 3, seed: 7}
        service_level: {target_minutes: 60}
        channels:
          - name: facebook
            messages_per_hour: 1
        kinds:
          - name: question
            share: 1
            handling: {dist: exponential, mean: 10}
        \(onCall)
        shifts:
          - name: day
            days: daily
            start: "08:00"
            end: "20:00"
            officers: 1
        """
    }

    /// 23:00-07:00 every day: 7 × 8 = 56 standby hours a week; at 0.5 of an hour they add
    /// exactly 28 to the officer hours in every replication, so the cost's interval is the
    /// officer hours' moved by 28 (both on the log scale from the same spread, to rounding).
    @Test func dailyWindowGives56HoursCostedAtTheFactor() throws {
        let yaml = Self.scenario(onCall: "on_call: {days: daily, start: \"23:00\", end: \"07:00\", delay: {dist: exponential, mean: 20}, standby_cost: 0.5}")
        let summary = try Experiment.run(try ScenarioLoader.parse(yaml: yaml, file: "standby.yaml"), threads: 2)
        #expect(summary[.standbyHoursPerWeek] == Estimate(mean: 56, ci95Low: 56, ci95High: 56))
        let officers = try #require(summary[.officerHoursPerWeek].mean), cost = try #require(summary[.costHoursPerWeek].mean)
        #expect(abs(cost - officers - 28) <= 1e-9)
    }

    /// A Saturday window 22:00-06:00 counted over Saturday and Sunday alone (5 warm-up days,
    /// 2 counted): 480 minutes in 2 days is 8 h × 7/2 = 28 hours a week; the weekly average of
    /// the schedule (8 hours) would be wrong here. The default factor is 0.25: 7 hours of cost.
    @Test func partialWeekCountsOnlyTheCountedWindowAtTheDefaultFactor() throws {
        let yaml = Self.scenario(onCall: "on_call: {days: [sat], start: \"22:00\", end: \"06:00\", delay: {dist: exponential, mean: 20}}",
                                 run: "horizon_days: 2, warmup_days: 5")
        let scenario = try ScenarioLoader.parse(yaml: yaml, file: "standby.yaml")
        #expect(scenario.team.onCall?.standbyCost == OnCall.defaultStandbyCost && OnCall.defaultStandbyCost == 0.25)
        let summary = try Experiment.run(scenario, threads: 2)
        let standby = try #require(summary[.standbyHoursPerWeek].mean)
        #expect(abs(standby - 28) <= 1e-9)
        let officers = try #require(summary[.officerHoursPerWeek].mean), cost = try #require(summary[.costHoursPerWeek].mean)
        #expect(abs(cost - officers - 7) <= 1e-9)
    }

    /// Without on-call there is no standby, and the cost is the officer hours, bit for bit.
    @Test func noOnCallCostsTheOfficerHours() throws {
        let summary = try Experiment.run(try ScenarioLoader.parse(yaml: Self.scenario(onCall: ""), file: "standby.yaml"), threads: 2)
        #expect(summary[.standbyHoursPerWeek] == Estimate(mean: 0, ci95Low: 0, ci95High: 0))
        #expect(summary[.costHoursPerWeek] == summary[.officerHoursPerWeek])
    }

    @Test func standbyCostOutsideZeroToOneIsRefusedWithItsPosition() throws {
        let yaml = Self.scenario(onCall: "on_call: {days: daily, start: \"23:00\", end: \"07:00\", delay: {dist: exponential, mean: 20}, standby_cost: 1.5}")
        #expect {
            try ScenarioLoader.parse(yaml: yaml, file: "standby.yaml")
        } throws: { error in
            "\(error)".hasPrefix("standby.yaml:11:") && "\(error)".contains("fraction of a worked hour")
        }
    }
}
