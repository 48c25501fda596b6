import Stochastics
import Testing
import WebcareModel

/// Exact equivalences: the engine gives every message exactly the times of a deliberately
/// simple reference simulation (`ReferenceQueue`) where that one applies, and team features
/// reduce exactly to simpler models.
@Suite struct EngineEquivalenceTests {
    static let plainCases: [(String, Scenario)] = [
        ("M/M/3", TeamFixtures.scenario(perHour: 150, kinds: [TeamFixtures.kind()], shifts: [TeamFixtures.allDay(3)], days: 7)),
        ("M/M/2+M", TeamFixtures.scenario(perHour: 130, kinds: [TeamFixtures.kind(patience: .exponential(mean: 2))],
                                          shifts: [TeamFixtures.allDay(2)], days: 7)),
        ("M/D/1", TeamFixtures.scenario(perHour: 40, kinds: [TeamFixtures.kind(handling: .deterministic(value: 1))],
                                        shifts: [TeamFixtures.allDay(1)], days: 7)),
        ("two priorities, lognormal", TeamFixtures.scenario(
            perHour: 100,
            kinds: [TeamFixtures.kind("urgent", share: 0.3, priority: 1, handling: .lognormal(mean: 1, sd: 0.5)),
                    TeamFixtures.kind("question", share: 0.7, priority: 2, handling: .gamma(mean: 1.2, sd: 0.8),
                                      patience: .exponential(mean: 5))],
            shifts: [TeamFixtures.allDay(2)], days: 7)),
    ]

    /// Constant staffing and no team feature: every counted message arrives, starts and
    /// abandons at exactly the reference's times (the trace of the run against the reference's
    /// messages), replication by replication.
    @Test(arguments: plainCases.indices)
    func engineReproducesReference(_ index: Int) {
        let (name, scenario) = Self.plainCases[index]
        let plan = SimulationPlan(scenario), reference = ReferenceQueue(scenario)
        for replication in 0..<2 {
            let trace = MessageTrace(replication: replication)
            let waits = WaitHistograms(channels: 1, kinds: scenario.kinds.count, sites: 1)
            _ = plan.runReplication(replication, seed: StreamSeed(master: scenario.run.seed), waits: waits, trace: trace)
            let engine = trace.records.map { [$0.received, $0.started, $0.abandoned, Double($0.channel), Double($0.kind)] }
            let expected = reference.run(replication: replication).map {
                [$0.received, $0.started, $0.abandoned, Double($0.channel), Double($0.kind)]
            }
            #expect(engine.count == expected.count, "\(name)")
            #expect(engine.elementsEqual(expected) { zip($0, $1).allSatisfy { a, b in a == b || (a.isNaN && b.isNaN) } }, "\(name)")
        }
    }

    /// c officers with k conversations each and no slowdown behave exactly as c·k officers.
    @Test func concurrencyWithoutSlowdownIsMoreOfficers() {
        let kinds = [TeamFixtures.kind(patience: .exponential(mean: 3))]
        var team = Team()
        team.concurrency = Concurrency(conversations: 3, throughput: [1, 2, 3])
        let chat = TeamFixtures.scenario(perHour: 300, kinds: kinds, shifts: [TeamFixtures.allDay(2)], team: team)
        let six = TeamFixtures.scenario(perHour: 300, kinds: kinds, shifts: [TeamFixtures.allDay(6)])
        let layout = MetricLayout(channels: 1, kinds: 1)
        for (a, b) in zip(TeamFixtures.values(chat), TeamFixtures.values(six)) {
            #expect(TeamFixtures.messageValues(a, layout: layout) == TeamFixtures.messageValues(b, layout: layout))
            let perSlot = a[layout.index(.conversationUtilization)] ?? 0, perServer = b[layout.index(.utilization)] ?? 0
            #expect(abs(perSlot - perServer) <= 1e-12 * perServer)
        }
    }

    static func threeSites(_ routing: Routing) -> Scenario {
        var team = Team(sites: [Site(name: "emmen"), Site(name: "assen"), Site(name: "hoogeveen")],
                        regions: [Region(name: "south-east", share: 0.5, site: 0), Region(name: "north", share: 0.3, site: 1),
                                  Region(name: "south-west", share: 0.2, site: 2)])
        team.routing = routing
        return TeamFixtures.scenario(
            perHour: 110, kinds: [TeamFixtures.kind(patience: .exponential(mean: 4))],
            shifts: [TeamFixtures.allDay(2, site: 0, name: "emmen"), TeamFixtures.allDay(1, site: 1, name: "assen"),
                     TeamFixtures.allDay(1, site: 2, name: "hoogeveen")], team: team)
    }

    /// Pooled sites are one team; overflow after 0 minutes is pooling; overflow that never
    /// comes within the run is separate queues.
    @Test func routingPoliciesReduceExactly() {
        let layout = MetricLayout(channels: 1, kinds: 1, sites: 3)
        let oneSite = TeamFixtures.scenario(perHour: 110, kinds: [TeamFixtures.kind(patience: .exponential(mean: 4))],
                                            shifts: [TeamFixtures.allDay(4)])
        let oneTeam = TeamFixtures.values(oneSite).map { TeamFixtures.messageValues($0, layout: layout) }
        let pooled = TeamFixtures.values(Self.threeSites(.pooled)).map { TeamFixtures.messageValues($0, layout: layout) }
        let overflowAtOnce = TeamFixtures.values(Self.threeSites(.overflow(afterMinutes: 0)))
            .map { TeamFixtures.messageValues($0, layout: layout) }
        #expect(pooled == oneTeam)
        #expect(overflowAtOnce == oneTeam)
        let separate = TeamFixtures.values(Self.threeSites(.separate))
        let never = TeamFixtures.values(Self.threeSites(.overflow(afterMinutes: 1e9)))
        #expect(separate.map { TeamFixtures.messageValues($0, layout: layout) } == never.map { TeamFixtures.messageValues($0, layout: layout) })
        #expect(separate.map { TeamFixtures.messageValues($0, layout: layout) } != oneTeam)
    }
}
