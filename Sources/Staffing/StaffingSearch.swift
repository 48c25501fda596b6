import WebcareModel

/// The fewest officers in each hour of the week that meet a per-hour service-level target, by
/// simulation: the iterative staffing algorithm of Feldman, Mandelbaum, Massey and Whitt
/// (Management Science 54(2), 2008) adapted to a service-level target. It starts from the
/// stationary Erlang C/A staffing of each hour; then, on one simulation sample (common random
/// numbers: every iteration sees the same messages), it adds an officer in every hour that
/// misses the target until none does; then it takes an officer away from every third hour at
/// once (three interleaved classes in turn), keeps each removal after which that hour and the
/// two after it still meet the target, checks the result by simulation and puts back the
/// removal nearest before any hour that fails, until no hour can lose an officer. Everything
/// else in the scenario is kept; the roster is replaced by `LevelShifts` of the levels.
public struct StaffingSearch: Sendable {
    public let sample: SimulationSample
    public let target: HourTarget
    /// Most simulations before the search gives up.
    public let maximumSimulations: Int
    /// Site of the staffed shifts.
    public let site: Int

    public init(sample: SimulationSample, target: HourTarget, maximumSimulations: Int = 200, site: Int = 0) {
        self.sample = sample
        self.target = target
        self.maximumSimulations = maximumSimulations
        self.site = site
    }

    /// What the search found.
    public struct Outcome: Sendable {
        /// Officers per hour of the week.
        public let levels: [Int]
        /// The stationary Erlang C/A officers per hour (nil: no finite number reaches the target).
        public let erlang: [Int?]
        /// The sample's run of `levels`.
        public let summary: Summary
        /// Rounds of adding and removing officers.
        public let iterations: Int
        public let simulations: Int
    }

    /// Runs the search; `progress` gets a line per simulation.
    public func run(progress: @escaping (String) -> Void = { _ in }) throws -> Outcome {
        let stationary = StationaryStaffing(sample.scenario)
        let erlang = (0..<Clock.hoursPerWeek).map { stationary.officers(hour: $0, share: target.share, minutes: target.minutes) }
        var levels = (0..<Clock.hoursPerWeek).map { hour in
            target.staffable[hour] ? max(target.lowest(hour), erlang[hour] ?? target.lowest(hour)) : 0
        }
        var runner = Runner(sample: sample, site: site, limit: maximumSimulations, progress: progress)
        var summary = try runner.run(levels, "start (Erlang C/A per hour)")
        var iterations = 0
        var history = [[Double]](repeating: [], count: Clock.hoursPerWeek)
        while true {
            let failing = target.failing(summary).filter { target.staffable[$0] }
            if failing.isEmpty { break }
            iterations += 1
            for hour in failing { history[hour].append(target.serviceLevel(summary, hour: hour) ?? 0) }
            let stuck = failing.filter { hour in
                let seen = history[hour]
                return seen.count > 3 && seen[seen.count - 1] - seen[seen.count - 4] < 0.001
            }
            if !stuck.isEmpty { throw StaffingFailure.stuck(hours: stuck, levels: levels, summary: summary, target: target) }
            for hour in failing { levels[hour] += 1 }
            summary = try runner.run(levels, "round \(iterations): \(failing.count) hours below target, one officer more in each")
        }
        var frozen = (0..<Clock.hoursPerWeek).map { levels[$0] <= target.lowest($0) }
        var changed = true
        while changed {
            changed = false
            iterations += 1
            for phase in 0..<3 {
                let candidates = (0..<Clock.hoursPerWeek).filter { $0 % 3 == phase && !frozen[$0] }
                guard !candidates.isEmpty else { continue }
                var trial = levels
                for hour in candidates { trial[hour] -= 1 }
                let tried = try runner.run(trial, "round \(iterations): one officer less in \(candidates.count) hours")
                var kept = candidates.filter { hour in (0..<3).allSatisfy { target.meets(tried, hour: (hour + $0) % Clock.hoursPerWeek) } }
                for hour in candidates where !kept.contains(hour) { frozen[hour] = true }
                var checked = kept == candidates ? tried : nil
                while !kept.isEmpty {
                    var next = levels
                    for hour in kept { next[hour] -= 1 }
                    let result = try checked ?? runner.run(next, "round \(iterations): checking \(kept.count) removals")
                    checked = nil
                    let failing = target.failing(result)
                    if failing.isEmpty {
                        levels = next
                        summary = result
                        changed = true
                        for hour in kept where levels[hour] <= target.lowest(hour) { frozen[hour] = true }
                        break
                    }
                    for hour in failing {
                        guard let culprit = Self.nearest(before: hour, in: kept) else { continue }
                        kept.removeAll { $0 == culprit }
                        frozen[culprit] = true
                    }
                }
            }
        }
        return Outcome(levels: levels, erlang: erlang, summary: summary, iterations: iterations, simulations: runner.count)
    }

    /// The hour of `hours` at or before `hour`, going back cyclically over the week.
    static func nearest(before hour: Int, in hours: [Int]) -> Int? {
        hours.min { a, b in
            (hour - a + Clock.hoursPerWeek) % Clock.hoursPerWeek < (hour - b + Clock.hoursPerWeek) % Clock.hoursPerWeek
        }
    }

    /// Counts simulations and stops at the limit.
    struct Runner {
        let sample: SimulationSample
        let site: Int
        let limit: Int
        let progress: (String) -> Void
        var count = 0

        mutating func run(_ levels: [Int], _ what: String) throws -> Summary {
            guard count < limit else { throw StaffingFailure.tooManySimulations(limit) }
            count += 1
            progress("simulation \(count): \(what)")
            return try sample.run(LevelShifts.shifts(levels: levels, site: site))
        }
    }
}
