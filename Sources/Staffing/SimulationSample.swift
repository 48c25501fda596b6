import WebcareModel

/// The simulation sample that staffing and roster decisions are judged on: a scenario (whose
/// shifts are replaced), a fixed number of replications and a fixed master seed, so every
/// candidate roster sees the same messages (common random numbers). Runs only through the
/// public experiment API.
public struct SimulationSample: Sendable {
    public let scenario: Scenario
    public let replications: Int
    public let seed: UInt64
    public let threads: Int

    public init(scenario: Scenario, replications: Int? = nil, seed: UInt64? = nil, threads: Int) {
        self.scenario = scenario
        self.replications = replications ?? scenario.run.replications
        self.seed = seed ?? scenario.run.seed
        self.threads = threads
    }

    /// The scenario with `shifts` as its roster.
    public func scenario(with shifts: [Shift]) -> Scenario {
        var changed = scenario
        changed.roster = Roster(shifts: shifts)
        return changed
    }

    /// Runs `shifts` on the sample.
    public func run(_ shifts: [Shift]) throws -> Summary {
        try Experiment.run(scenario(with: shifts), replications: replications, seed: seed, threads: threads)
    }

    /// Whether officers are staffed site by site: several sites, each with its own queue
    /// (`routing: separate` or `overflow`). With `pooled` routing any officer answers any
    /// message, so the site of a staffed shift changes nothing.
    public var staffsSites: Bool { scenario.team.sites.count > 1 && scenario.team.routing != .pooled }

    /// Share of the messages whose region routes them to `site` (all of them without regions
    /// at site 0).
    public func share(ofSite site: Int) -> Double {
        let regions = scenario.team.regions
        guard !regions.isEmpty else { return site == 0 ? 1 : 0 }
        return regions.filter { $0.site == site }.reduce(0) { $0 + $1.share }
    }

    /// The sample of one site's own queue, for `routing: separate` (and `overflow`, staffed as
    /// if separate: overflow to other sites only adds help): every channel's rate and the
    /// starting backlog times the site's share (a Poisson stream split at random by region is
    /// a Poisson stream of that share), one region routing everything to `site`. The input's
    /// shifts are kept (the search replaces them): with `per_hour: open` every site is open
    /// when the team is, and breaks are inherited from all of them. The rest of the team
    /// settings are kept; replications and seed are this sample's.
    public func site(_ site: Int) -> SimulationSample {
        let share = share(ofSite: site)
        var changed = scenario
        changed.channels = scenario.channels.map { Channel(name: $0.name, hourlyRates: $0.hourlyRates.map { $0 * share }) }
        changed.team.regions = [Region(name: scenario.team.sites[site].name, share: 1, site: site)]
        changed.team.startingBacklog = scenario.team.startingBacklog.compactMap { entry in
            let count = Int((Double(entry.count) * share).rounded())
            return count > 0 ? BacklogEntry(channel: entry.channel, kind: entry.kind, count: count) : nil
        }
        return SimulationSample(scenario: changed, replications: replications, seed: seed, threads: threads)
    }

    /// The same scenario on `replications` other replications from master seed `seed`.
    public func fresh(replications: Int, seed: UInt64) -> SimulationSample {
        SimulationSample(scenario: scenario, replications: replications, seed: seed, threads: threads)
    }
}
