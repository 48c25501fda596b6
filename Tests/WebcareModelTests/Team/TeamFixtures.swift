import Stochastics
import WebcareModel

/// Team scenarios built in code: a flat Poisson stream of one channel, kinds, shifts and the
/// team settings under test.
enum TeamFixtures {
    static func scenario(perHour: Double, kinds: [MessageKind], shifts: [Shift], team: Team = Team(),
                         days: Double = 28, warmupDays: Double = 2, replications: Int = 8, seed: UInt64 = 11,
                         ratesByHour: [Double]? = nil) -> Scenario {
        Scenario(name: "team fixture",
                 channels: [Channel(name: "facebook", hourlyRates: ratesByHour ?? Array(repeating: perHour, count: Clock.hoursPerWeek))],
                 kinds: kinds, roster: Roster(shifts: shifts), serviceLevelTargetMinutes: 30,
                 run: RunSettings(horizonDays: days, warmupDays: warmupDays, replications: replications, seed: seed), team: team)
    }

    static func kind(_ name: String = "question", share: Double = 1, priority: Int = 1, handling: Distribution = .exponential(mean: 1),
                     patience: Distribution? = nil, urgent: Bool = false, followUp: FollowUp? = nil) -> MessageKind {
        MessageKind(name: name, share: share, priority: priority, handling: handling, patience: patience, urgent: urgent, followUp: followUp)
    }

    /// Officers on duty around the clock.
    static func allDay(_ officers: Int, site: Int = 0, name: String = "day", breaks: [ShiftBreak] = []) -> Shift {
        Shift(name: name, days: Set(Weekday.allCases), startMinute: 0, endMinute: 1_440, officers: officers, site: site, breaks: breaks)
    }

    static func daily(_ name: String, from start: Int, to end: Int, officers: Int, site: Int = 0, breaks: [ShiftBreak] = []) -> Shift {
        Shift(name: name, days: Set(Weekday.allCases), startMinute: start * 60, endMinute: end * 60, officers: officers,
              site: site, breaks: breaks)
    }

    /// Every value of each replication.
    static func values(_ scenario: Scenario, replications: Range<Int> = 0..<3) -> [[Double?]] {
        let layout = MetricLayout(channels: scenario.channels.count, kinds: scenario.kinds.count, sites: scenario.team.sites.count)
        return replications.map { index in
            guard let statistics = statistics(scenario, replication: index) else { return [] }
            var values = statistics.values(layout: layout, target: scenario.serviceLevelTargetMinutes)
            statistics.fillWaitDistribution(&values, layout: layout)
            return values
        }
    }

    /// Raw statistics of one replication.
    static func statistics(_ scenario: Scenario, replication: Int = 0) -> ReplicationStatistics? {
        let plan = SimulationPlan(scenario)
        let waits = WaitHistograms(channels: scenario.channels.count, kinds: scenario.kinds.count, sites: scenario.team.sites.count)
        return plan.runReplication(replication, seed: StreamSeed(master: scenario.run.seed), waits: waits)
    }

    /// The message measures: waits, service level, abandonment, queue, the by-hour, channel and
    /// kind groups and the response-time distribution (not the officer-time and team measures).
    static func messageValues(_ values: [Double?], layout: MetricLayout) -> [Double?] {
        let headline: [Metric] = [.messagesPerWeek, .pWait, .waitMean, .waitAllMean, .waitP50, .waitP90, .waitP95, .waitMax,
                                  .serviceLevel, .abandonShare, .queueMean, .queueMax]
        var picked = headline.map { values[layout.index($0)] }
        for hour in 0..<Clock.hoursPerWeek {
            for metric in [HourMetric.arrivalsPerWeek, .waitMean, .waitP90, .queueMean, .serviceLevel] {
                picked.append(values[layout.index(hour: hour, metric)])
            }
        }
        for kind in 0..<layout.kinds {
            for metric in GroupMetric.allCases { picked.append(values[layout.index(kind: kind, metric)]) }
        }
        for point in WaitPoint.grid.indices { picked.append(values[layout.index(waitPoint: point)]) }
        return picked
    }
}
