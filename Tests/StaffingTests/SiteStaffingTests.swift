import Foundation
import Scenarios
import Staffing
import Stochastics
import Testing
import WebcareModel

/// Two sites, each its own queue (`routing: separate`): 192 messages an hour around the clock,
/// 62.5% from the north's region and 37.5% from the south's, 3 minutes exponential, 79.5% within
/// 30 seconds; one officer per site in the input (the search replaces them).
let twoSiteScenario = """
    name: two sites
    run: {horizon_weeks: 6, warmup_days: 1, replications: 16, seed: 23}
    service_level: {target_minutes: 0.5, target_share: 0.795}
    channels:
      - {name: web, messages_per_hour: 192}
    kinds:
      - {name: question, share: 1, handling: {dist: exponential, mean: 3}}
    sites: [north, south]
    regions:
      - {name: north-region, share: 0.625, site: north}
      - {name: south-region, share: 0.375, site: south}
    routing: separate
    shifts:
      - {name: north, days: daily, start: "00:00", end: "24:00", officers: 1, site: north}
      - {name: south, days: daily, start: "00:00", end: "24:00", officers: 1, site: south}
    """

@Suite("Staffing per site", .tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
struct SiteStaffingTests {
    /// Each site's queue is a stationary M/M/n fed by its share of a Poisson stream split at
    /// random (Poisson again: 120 and 72 an hour, n = 9 and 6), so each site gets its own Erlang C staffing
    /// n in every hour, exactly, for the reason of the single-queue stationary test: both of the
    /// search's thresholds lie at least 0.05 from the stationary SL(n) (checked here), four
    /// standard deviations of an hour's mean on a sample of 16 replications of 6 weeks. The
    /// shifts of both sites, written as a scenario, load with their sites and run.
    @Test func separateSitesGetTheirOwnErlangStaffing() throws {
        let scenario = try ScenarioLoader.parse(yaml: twoSiteScenario, file: "two.yaml")
        let sample = SimulationSample(scenario: scenario, threads: 2)
        #expect(sample.staffsSites)
        var shifts: [Shift] = []
        var staffing: [Int] = []
        for site in 0..<2 {
            let siteSample = sample.site(site)
            let stationary = StationaryStaffing(siteSample.scenario)
            #expect(abs(stationary.arrivalsPerMinute[0] - [2.0, 1.2][site]) < 1e-12)
            let n = try #require(stationary.servers(hour: 0, share: 0.795, minutes: 0.5))
            let atN = stationary.serviceLevel(hour: 0, servers: n, minutes: 0.5)
            let below = stationary.serviceLevel(hour: 0, servers: n - 1, minutes: 0.5)
            #expect(atN >= 0.795 + 0.05, "site \(site): SL(\(n)) = \(atN)")
            #expect(0.795 + atN - below >= atN + 0.05, "site \(site): SL(\(n - 1)) = \(below)")
            let target = try #require(HourTarget(scenario: siteSample.scenario, goals: scenario.goals))
            let search = StaffingSearch(sample: siteSample, target: target, site: site)
            let outcome = try search.run()
            #expect(outcome.levels == Array(repeating: n, count: 168), "site \(site)")
            #expect(outcome.erlang == Array(repeating: n, count: 168), "site \(site)")
            shifts += search.shifts(outcome.levels, prefix: "staffed-\(scenario.team.sites[site].name)")
            staffing.append(n)
        }
        #expect(staffing == [9, 6])

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sites-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("two.yaml").path
        try twoSiteScenario.write(toFile: file, atomically: true, encoding: .utf8)
        let yaml = try ScenarioWriter.yaml(from: file, overrides: [], name: "staffed", comment: "test", shifts: shifts,
                                           sites: scenario.team.sites.map(\.name))
        let written = try ScenarioLoader.parse(yaml: yaml, file: "staffed.yaml")
        #expect(written.roster.shifts == shifts)
        #expect(written.roster.shifts.map(\.site) == [0, 1])
        let summary = try Experiment.run(written, replications: 2, seed: 1, threads: 2)
        #expect(summary.bySite.count == 2)
    }
}
