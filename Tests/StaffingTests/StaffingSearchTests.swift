import Foundation
import Scenarios
import Staffing
import Stochastics
import Testing
import WebcareModel

/// A one-channel, one-kind scenario with exponential handling: `rates` (168 messages per hour),
/// handling mean `handling` minutes, optional exponential patience, target `share` within
/// `minutes`, a roster of one officer around the clock (the search replaces it).
func queueScenario(rates: [Double], handling: Double, patience: Double?, minutes: Double, share: Double,
                   weeks: Int = 3, replications: Int = 8, seed: UInt64 = 11) throws -> Scenario {
    let patienceLine = patience.map { ", patience: {dist: exponential, mean: \($0)}" } ?? ""
    let yaml = """
        name: queue
        run: {horizon_weeks: \(weeks), warmup_days: 1, replications: \(replications), seed: \(seed)}
        service_level: {target_minutes: \(minutes), target_share: \(share)}
        channels:
          - {name: web, hour_of_week: [\(rates.map { String($0) }.joined(separator: ", "))]}
        kinds:
          - {name: question, share: 1, handling: {dist: exponential, mean: \(handling)}\(patienceLine)}
        shifts:
          - {name: all, days: daily, start: "00:00", end: "24:00", officers: 1}
        """
    return try ScenarioLoader.parse(yaml: yaml, file: "queue.yaml")
}

@Suite("Staffing search")
struct StaffingSearchTests {
    static func search(_ scenario: Scenario, threads: Int = 2) throws -> (StaffingSearch.Outcome, HourTarget) {
        let target = try #require(HourTarget(scenario: scenario, goals: scenario.goals))
        let search = StaffingSearch(sample: SimulationSample(scenario: scenario, threads: threads), target: target)
        return (try search.run(), target)
    }

    /// A stationary M/M/n (Erlang C) and M/M/n+M (Erlang A) week: 120 messages an hour of 3
    /// minutes, 79.5% within 30 seconds (patience: none, or exponential with mean 3 minutes). The parameters are chosen so that the Erlang staffing n
    /// is decisive. The search keeps n in an hour when the simulated SL(n) ≥ target and moves to
    /// n − 1 only when SL(n) ≥ target + SL(n) − SL(n − 1); both thresholds lie at least 0.05
    /// from the stationary SL(n) (checked below), which is 4 standard deviations of an hour's
    /// mean service level on this sample (measured: the standard deviation of the 168 hours'
    /// means is 0.011 with 9 officers, 16 replications of 6 weeks). So every hour keeps exactly n.
    @Test(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"), arguments: [nil, 3.0])
    func stationaryHoursGetTheErlangStaffing(_ patience: Double?) throws {
        let scenario = try queueScenario(rates: Array(repeating: 120, count: 168), handling: 3, patience: patience,
                                         minutes: 0.5, share: 0.795, weeks: 6, replications: 16)
        let stationary = StationaryStaffing(scenario)
        let n = try #require(stationary.servers(hour: 0, share: 0.795, minutes: 0.5))
        let atN = stationary.serviceLevel(hour: 0, servers: n, minutes: 0.5)
        let below = stationary.serviceLevel(hour: 0, servers: n - 1, minutes: 0.5)
        #expect(atN >= 0.795 + 0.05)
        #expect(0.795 + atN - below >= atN + 0.05)
        if patience == nil {
            #expect(n == 9)
            #expect(abs(ErlangC(arrivalRate: 2, serviceRate: 1.0 / 3, servers: 9).serviceLevel(target: 0.5)
                - stationary.serviceLevel(hour: 0, servers: 9, minutes: 0.5)) < 1e-12)
        }
        let (outcome, _) = try Self.search(scenario)
        #expect(outcome.levels == Array(repeating: n, count: 168))
        #expect(outcome.erlang == Array(repeating: n, count: 168))
    }

    /// Mt/M/st+M with sinusoidal arrivals, as in Feldman et al.: λ(h) = 300 (1 + 0.6 sin(2πh/24))
    /// messages an hour, handling exponential with mean 5 minutes (a load of 10 to 40 officers),
    /// patience exponential with mean 10 minutes, 80% within 30 seconds; a sample of 32
    /// replications of 4 weeks. The staffing is judged on 32 fresh replications from another
    /// seed: every hour's mean service level lies within a few points of the target. Below: by
    /// at most 0.07, four standard deviations of the difference between an hour's mean on the
    /// two samples (measured over the 168 hours: 0.0175). Above: by at most the effect of one
    /// officer in that hour (the stationary SL(k) − SL(k − 1), the step whole officers cannot
    /// split) plus the same 0.07. About 25 s: the per-hour noise needs this many replications.
    @Test(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
    func sinusoidalArrivalsMeetTheTargetInEveryHour() throws {
        let rates = (0..<168).map { hour in 300 * (1 + 0.6 * sin(2 * Double.pi * Double(hour) / 24)) }
        let scenario = try queueScenario(rates: rates, handling: 5, patience: 10, minutes: 0.5, share: 0.8,
                                         weeks: 4, replications: 32)
        let (outcome, target) = try Self.search(scenario)
        let fresh = try SimulationSample(scenario: scenario, seed: 9_999, threads: 2).run(LevelShifts.shifts(levels: outcome.levels))
        let stationary = StationaryStaffing(scenario)
        for hour in 0..<168 {
            let level = try #require(fresh.byHourOfWeek[hour][.serviceLevel].mean)
            let k = outcome.levels[hour]
            let step = stationary.serviceLevel(hour: hour, officers: k, minutes: 0.5)
                - stationary.serviceLevel(hour: hour, officers: k - 1, minutes: 0.5)
            #expect(level >= target.share - 0.07, "hour \(hour): \(level) with \(k) officers")
            #expect(level <= target.share + step + 0.07, "hour \(hour): \(level) with \(k) officers, step \(step)")
        }
    }

    /// Same sample and seed: the same staffing and the same measures whatever the thread count.
    @Test func sameSeedSameStaffingWhateverTheThreads() throws {
        let rates = (0..<168).map { hour in 20 * (1 + 0.5 * sin(2 * Double.pi * Double(hour) / 24)) }
        let scenario = try queueScenario(rates: rates, handling: 8, patience: 30, minutes: 5, share: 0.8, weeks: 2, replications: 6)
        let (one, _) = try Self.search(scenario, threads: 1)
        let (three, _) = try Self.search(scenario, threads: 3)
        #expect(one.levels == three.levels)
        #expect(one.summary.byHourOfWeek == three.summary.byHourOfWeek)
        #expect(one.simulations == three.simulations)
    }

    /// The search stops with one line when it runs out of simulations.
    @Test func simulationLimitIsSaid() throws {
        let rates = (0..<168).map { hour in hour % 24 == 9 ? 200.0 : 5 }
        let scenario = try queueScenario(rates: rates, handling: 8, patience: nil, minutes: 5, share: 0.8, weeks: 1, replications: 4)
        let target = try #require(HourTarget(scenario: scenario, goals: scenario.goals))
        let search = StaffingSearch(sample: SimulationSample(scenario: scenario, threads: 2), target: target, maximumSimulations: 1)
        #expect(throws: StaffingFailure.self) { try search.run() }
        #expect(StaffingFailure.tooManySimulations(1).description == "no staffing found within 1 simulations; the target may be out of reach")
    }

    /// 20,000 messages waiting at Monday 00:00 and 80% to be answered within a minute: each
    /// officer more answers about one more of them in time (1/20,000 of the hour's service
    /// level), so the search stops with one line naming Monday 00-01.
    @Test func anHourOfficersCannotFixIsNamed() throws {
        let yaml = """
            name: backlog
            run: {horizon_days: 2, warmup_days: 0, replications: 3, seed: 5}
            service_level: {target_minutes: 1, target_share: 0.8}
            channels:
              - {name: web, messages_per_hour: 10}
            kinds:
              - {name: question, share: 1, handling: {dist: exponential, mean: 8}}
            shifts:
              - {name: all, days: daily, start: "00:00", end: "24:00", officers: 1}
            starting_backlog:
              - {channel: web, kind: question, count: 20000}
            """
        let scenario = try ScenarioLoader.parse(yaml: yaml, file: "backlog.yaml")
        let target = try #require(HourTarget(scenario: scenario, goals: scenario.goals))
        let search = StaffingSearch(sample: SimulationSample(scenario: scenario, threads: 2), target: target)
        do {
            _ = try search.run()
            Issue.record("expected the search to stop")
        } catch let failure as StaffingFailure {
            guard case let .stuck(hours, _, _, _) = failure else {
                Issue.record("expected stuck, got \(failure)")
                return
            }
            #expect(hours.contains(0))
            #expect(failure.description.hasPrefix("no staffing meets service_level>=0.8 within 1 minutes in "))
            #expect(failure.description.contains("Mon 00-01"))
        }
    }
}
