import Foundation
import Stochastics
import Testing
import WebcareModel

/// Team features against exact queueing results, with the validation pass rule: within 4
/// standard errors of the replication mean, or 2% relative.
@Suite(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
struct TeamTheoryTests {
    static let threads = ProcessInfo.processInfo.activeProcessorCount

    /// Checks a simulated estimate against an exact value.
    /// `scale` is the one the estimate's interval is built on (the measure's), to read back the
    /// standard error.
    static func expectClose(_ estimate: Estimate, _ exact: Double, replications: Int, _ what: String,
                            scale: IntervalScale = .nonNegative) throws {
        let mean = try #require(estimate.mean, "\(what) undefined")
        let standardError = (estimate.studentHalfWidth(on: scale) ?? 0) / StudentT.quantile975(degrees: replications - 1)
        let error = abs(mean - exact)
        #expect(error <= 4 * standardError || error <= 0.02 * abs(exact),
                "\(what): simulated \(mean) ± \(standardError) (s.e.), exact \(exact)")
    }

    /// 4 officers with 2 conversations each and no slowdown: Erlang C with 8 servers.
    @Test func concurrencyMatchesErlangCWithSlots() throws {
        var team = Team()
        team.concurrency = Concurrency(conversations: 2, throughput: [1, 2])
        let scenario = TeamFixtures.scenario(perHour: 6.5 * 60 / 1, kinds: [TeamFixtures.kind()], shifts: [TeamFixtures.allDay(4)],
                                             team: team, days: 20, replications: 10)
        let summary = try Experiment.run(scenario, threads: Self.threads)
        let erlang = ErlangC(arrivalRate: 6.5, serviceRate: 1, servers: 8)
        try Self.expectClose(summary[.waitMean], erlang.meanWait, replications: 10, "mean wait")
        try Self.expectClose(summary[.pWait], erlang.probabilityOfWaiting, replications: 10, "P(wait)", scale: .unitInterval)
        try Self.expectClose(summary[.conversationUtilization], erlang.occupancy, replications: 10, "utilization per slot", scale: .unitInterval)
    }

    /// Separate queues: each site is its own M/M/c fed by its region's share of the Poisson
    /// stream (a Poisson split).
    @Test func separateSitesAreErlangCEach() throws {
        var team = Team(sites: [Site(name: "emmen"), Site(name: "assen")],
                        regions: [Region(name: "south", share: 0.6, site: 0), Region(name: "north", share: 0.4, site: 1)])
        team.routing = .separate
        let scenario = TeamFixtures.scenario(perHour: 4 * 60, kinds: [TeamFixtures.kind()],
                                             shifts: [TeamFixtures.allDay(3, site: 0, name: "emmen"),
                                                      TeamFixtures.allDay(2, site: 1, name: "assen")],
                                             team: team, days: 20, replications: 10)
        let summary = try Experiment.run(scenario, threads: Self.threads)
        for (site, (share, servers)) in [(0.6, 3), (0.4, 2)].enumerated() {
            let erlang = ErlangC(arrivalRate: 4 * share, serviceRate: 1, servers: servers)
            try Self.expectClose(summary.bySite[site][.waitMean], erlang.meanWait, replications: 10, "site \(site) mean wait")
        }
    }

    /// Follow-ups after an exponential delay with probability p make a Jackson network: the
    /// queue is M/M/c with arrival rate λ/(1 − p).
    @Test func followUpsMakeAJacksonNetwork() throws {
        let followUp = FollowUp(probability: 0.25, delay: .exponential(mean: 20), handling: nil)
        let scenario = TeamFixtures.scenario(perHour: 3 * 60, kinds: [TeamFixtures.kind(followUp: followUp)],
                                             shifts: [TeamFixtures.allDay(5)], days: 20, replications: 10)
        let summary = try Experiment.run(scenario, threads: Self.threads)
        let erlang = ErlangC(arrivalRate: 3 / 0.75, serviceRate: 1, servers: 5)
        try Self.expectClose(summary[.waitMean], erlang.meanWait, replications: 10, "mean wait")
        try Self.expectClose(summary.byThread[1][.messagesPerWeek], 3 * 0.25 / 0.75 * Clock.week, replications: 10, "follow-ups per week")
        try Self.expectClose(summary.byThread[1][.waitMean], erlang.meanWait, replications: 10, "follow-up mean wait")
    }

    /// An on-call officer who is called by the first waiting message, starts after a fixed
    /// delay S and stops when the queue is empty is an M/G/1 queue with setup times:
    /// E[W] = λE[X²]/(2(1 − ρ)) + (2E[S] + λE[S²])/(2(1 + λE[S])) (Takagi).
    @Test func onCallIsMG1WithSetupTimes() throws {
        var team = Team()
        team.onCall = OnCall(days: Set(Weekday.allCases), startMinute: 0, endMinute: 1_440, delay: .deterministic(value: 2),
                             callOnUrgent: false, backlogThreshold: 1)
        let scenario = TeamFixtures.scenario(perHour: 0.5 * 60, kinds: [TeamFixtures.kind()],
                                             shifts: [TeamFixtures.allDay(0)], team: team, days: 30, replications: 10)
        let summary = try Experiment.run(scenario, threads: Self.threads)
        let lambda = 0.5, s = 2.0
        let exact = lambda * 2 / (2 * (1 - lambda)) + (2 * s + lambda * s * s) / (2 * (1 + lambda * s))
        try Self.expectClose(summary[.waitMean], exact, replications: 10, "mean wait")
        #expect(summary[.overtimeHoursPerWeek].mean == 0)
    }

    /// Busy days: daily counts are Poisson without the multiplier and have variance
    /// m + cv²·m² with a gamma multiplier of mean 1 and coefficient of variation cv.
    @Test(arguments: [nil, 0.3] as [Double?])
    func busyDaysGiveNegativeBinomialCounts(_ cv: Double?) throws {
        var team = Team()
        team.busyDaysCV = cv
        let scenario = TeamFixtures.scenario(perHour: 5, kinds: [TeamFixtures.kind(handling: .exponential(mean: 0.1))],
                                             shifts: [TeamFixtures.allDay(3)], team: team, days: 1, warmupDays: 0)
        let counts = (0..<2_000).map { Double(TeamFixtures.statistics(scenario, replication: $0)?.total.arrivals ?? -1) }
        let n = Double(counts.count), m = 5.0 * 24
        let mean = counts.reduce(0, +) / n
        let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let exactVariance = m + (cv ?? 0) * (cv ?? 0) * m * m
        let fourth = counts.reduce(0) { $0 + pow($1 - mean, 4) } / n
        let varianceError = ((fourth - variance * variance) / n).squareRoot()
        #expect(abs(mean - m) <= 4 * (exactVariance / n).squareRoot(), "mean \(mean), exact \(m)")
        #expect(abs(variance - exactVariance) <= 4 * varianceError, "variance \(variance) ± \(varianceError), exact \(exactVariance)")
    }

    /// With no messages, monitoring blocks and call-outs are alternating renewal processes:
    /// monitoring takes `share` of duty time; call-outs at rate r per hour of available time
    /// with mean duration D take D / (D + 60/r) of it (when they are the only absence).
    @Test func monitoringAndCallOutsTakeTheirShare() throws {
        var monitoring = Team()
        monitoring.monitoring = Monitoring(share: 0.15, blockMinutes: 20)
        var callOuts = Team()
        callOuts.callOuts = CallOuts(perHour: 0.2, duration: .lognormal(mean: 45, sd: 30), inHand: .finish)
        let silent = [Double](repeating: 0, count: Clock.hoursPerWeek)
        for (team, exact, metric) in [(monitoring, 0.15, Metric.monitoringHoursPerWeek), (callOuts, 45 / (45 + 300.0), .calledOutHoursPerWeek)] {
            let scenario = TeamFixtures.scenario(perHour: 0, kinds: [TeamFixtures.kind()], shifts: [TeamFixtures.allDay(2)],
                                                 team: team, days: 60, replications: 10, ratesByHour: silent)
            let summary = try Experiment.run(scenario, threads: Self.threads)
            let duty = 2 * Clock.week / Clock.hour
            try Self.expectClose(summary[metric], exact * duty, replications: 10, metric.rawValue, scale: metric.scale)
        }
    }
}
