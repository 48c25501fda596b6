import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The engine specialised for interchangeable officers (`InterchangeableOfficers`) is an exact
/// reduction: for every scenario it may run, each replication's statistics are bit for bit those
/// of the same engine keeping every officer by name (`NamedOfficers`, which the reference test
/// in `EngineEquivalenceTests` checks message by message).
@Suite struct OfficerPoolTests {
    /// Constant staffing with the keys that leave the officers interchangeable: the plain
    /// queues, an urgent kind at one named site, pooled regions at two sites, busy days, a
    /// starting backlog (no warm-up, so that it is counted), and several kinds; with and without
    /// patience (without it, the waiting messages are kept by value, not in the message table).
    static let cases: [(String, Scenario)] = {
        var urgentSite = Team(sites: [Site(name: "emmen")])
        urgentSite.busyDaysCV = 0.3
        var regions = Team(sites: [Site(name: "emmen"), Site(name: "assen")],
                           regions: [Region(name: "south", share: 0.6, site: 0), Region(name: "north", share: 0.4, site: 1)])
        regions.startingBacklog = [BacklogEntry(channel: 0, kind: 1, count: 40)]
        let kinds = [TeamFixtures.kind("urgent", share: 0.2, priority: 1, patience: .exponential(mean: 3), urgent: true),
                     TeamFixtures.kind("question", share: 0.8, priority: 2, handling: .lognormal(mean: 1.1, sd: 0.7),
                                       patience: .exponential(mean: 6))]
        var backlog = Team(sites: [Site(name: "emmen")])
        backlog.startingBacklog = [BacklogEntry(channel: 0, kind: 1, count: 25), BacklogEntry(channel: 0, kind: 0, count: 15)]
        let neverAbandon = [TeamFixtures.kind("urgent", share: 0.3, priority: 1, urgent: true),
                            TeamFixtures.kind("question", share: 0.7, priority: 2, handling: .lognormal(mean: 1.1, sd: 0.7))]
        return EngineEquivalenceTests.plainCases + [
            ("urgent kind, one named site, busy days", TeamFixtures.scenario(
                perHour: 150, kinds: [TeamFixtures.kind(patience: .exponential(mean: 2), urgent: true)],
                shifts: [TeamFixtures.allDay(3)], team: urgentSite, days: 14)),
            ("pooled regions at two sites, backlog, two kinds", TeamFixtures.scenario(
                perHour: 200, kinds: kinds, shifts: [TeamFixtures.allDay(2, site: 0, name: "emmen"), TeamFixtures.allDay(2, site: 1, name: "assen")],
                team: regions, days: 14, warmupDays: 0)),
            ("no patience, backlog, two levels, urgent", TeamFixtures.scenario(
                perHour: 110, kinds: neverAbandon, shifts: [TeamFixtures.allDay(2)], team: backlog, days: 14, warmupDays: 0)),
            ("rates by hour, no officer at all", TeamFixtures.scenario(
                perHour: 0, kinds: [TeamFixtures.kind()], shifts: [TeamFixtures.allDay(0)], days: 7,
                ratesByHour: (0..<Clock.hoursPerWeek).map { Double($0 % 24) })),
        ]
    }()

    /// Every value of a replication, and its raw counts, by either specialisation.
    static func outcome(_ plan: SimulationPlan, replication: Int, namedOfficers: Bool) -> [UInt64?] {
        let scenario = plan.scenario
        let layout = MetricLayout(channels: scenario.channels.count, kinds: scenario.kinds.count, sites: scenario.team.sites.count)
        let waits = WaitHistograms(channels: scenario.channels.count, kinds: scenario.kinds.count, sites: scenario.team.sites.count)
        guard let statistics = plan.runReplication(replication, seed: StreamSeed(master: scenario.run.seed), waits: waits,
                                                   namedOfficers: namedOfficers)
        else { return [] }
        var values = statistics.values(layout: layout, target: plan.target)
        statistics.fillWaitDistribution(&values, layout: layout)
        let counts = [statistics.events, statistics.queueMax, statistics.waitingAtEnd, statistics.openings]
        return values.map { $0?.bitPattern } + counts.map { UInt64($0) } + [statistics.censoredWaitSum.bitPattern]
    }

    @Test(arguments: cases.indices)
    func interchangeableOfficersGiveTheNamedOfficersStatistics(_ index: Int) {
        let (name, scenario) = Self.cases[index]
        let plan = SimulationPlan(scenario)
        #expect(plan.team.hasInterchangeableOfficers, "\(name)")
        for replication in 0..<3 {
            let pooled = Self.outcome(plan, replication: replication, namedOfficers: false)
            let named = Self.outcome(plan, replication: replication, namedOfficers: true)
            #expect(!pooled.isEmpty && pooled == named, "\(name), replication \(replication)")
        }
    }

    /// The public validation cases (M/M/c, M/M/c+M, M/G/c) all run on the specialised engine,
    /// with the same statistics as by name.
    @Test(arguments: ValidationCase.all)
    func validationCasesRunOnInterchangeableOfficers(_ validation: ValidationCase) throws {
        let scenario = try ScenarioLoader.parse(yaml: validation.yaml(events: 60_000, replications: 2), file: "\(validation.id).yaml")
        let plan = SimulationPlan(scenario)
        #expect(plan.team.hasInterchangeableOfficers)
        for replication in 0..<2 {
            let pooled = Self.outcome(plan, replication: replication, namedOfficers: false)
            #expect(!pooled.isEmpty && pooled == Self.outcome(plan, replication: replication, namedOfficers: true))
        }
    }

    /// Any key that gives officers a state of their own keeps them by name.
    @Test func teamFeaturesKeepOfficersByName() {
        let kind = TeamFixtures.kind()
        var chat = Team()
        chat.concurrency = Concurrency(conversations: 2, throughput: [1, 1.6])
        var monitoring = Team()
        monitoring.monitoring = Monitoring(share: 0.1, blockMinutes: 15)
        var separate = Team(sites: [Site(name: "emmen"), Site(name: "assen")])
        separate.routing = .separate
        let followUp = TeamFixtures.kind(followUp: FollowUp(probability: 0.2, delay: .exponential(mean: 30), handling: nil))
        let named: [Scenario] = [
            TeamFixtures.scenario(perHour: 60, kinds: [kind], shifts: [TeamFixtures.daily("day", from: 8, to: 20, officers: 2)]),
            TeamFixtures.scenario(perHour: 60, kinds: [kind], shifts: [TeamFixtures.allDay(2, breaks: [ShiftBreak(windowStart: 600, windowEnd: 720, minutes: 30)])]),
            TeamFixtures.scenario(perHour: 60, kinds: [kind], shifts: [TeamFixtures.allDay(2)], team: chat),
            TeamFixtures.scenario(perHour: 60, kinds: [kind], shifts: [TeamFixtures.allDay(2)], team: monitoring),
            TeamFixtures.scenario(perHour: 60, kinds: [kind], shifts: [TeamFixtures.allDay(1, site: 0), TeamFixtures.allDay(1, site: 1)], team: separate),
            TeamFixtures.scenario(perHour: 60, kinds: [followUp], shifts: [TeamFixtures.allDay(2)]),
        ]
        for scenario in named { #expect(!SimulationPlan(scenario).team.hasInterchangeableOfficers) }
    }
}
