import WebcareModel

/// The fewest officers in each hour of the week that meet a per-hour service-level target, by
/// simulation: the iterative staffing algorithm of Feldman, Mandelbaum, Massey and Whitt
/// (Management Science 54(2), 2008) adapted to a service-level target. ISA simulates the
/// current staffing and sets every hour at once to the staffing that hour needs given the load
/// the simulation shows (backlog included), until the staffing stops changing. Here each
/// iteration simulates the current staffing s on one sample (common random numbers: every
/// iteration sees the same messages) and sets every hour to the fewest officers k whose
/// predicted service level reaches the target, predicted as the hour's simulated level shifted
/// by the stationary formula's change: SLsim(s) + SLerlang(k) − SLerlang(s) (unchanged where
/// no k does). It stops when the staffing repeats; after a cycle (or after
/// `freeIterations`) each hour takes its largest value in the cycle and from then on no hour
/// loses officers, so the iteration ends.
/// Then it adds an officer in every hour still below target until none is.
/// It starts from the Erlang C/A staffing of each hour, so a stationary hour stays there unless
/// the simulation shows otherwise. Everything else in the scenario is kept; the roster is
/// replaced by `LevelShifts` of the levels, with the breaks they inherit from the input's
/// shifts. Levels count officers on duty, breaks included; the Erlang formula of every step
/// (the start and the predictions) counts each hour's officers at the availability the breaks
/// of that step's shifts leave (`StationaryStaffing.withBreaks(of:)`), and the simulation
/// simulates the breaks, so break time is never counted as capacity.
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
        /// Officers available per hour of the week: `levels` less the expected time on the
        /// breaks of their shifts (`BreakTime.availableByHour`); `levels` without breaks.
        public let available: [Double]
        /// The stationary Erlang C/A officers per hour (nil: no finite number reaches the target).
        public let erlang: [Int?]
        /// The sample's run of `levels`.
        public let summary: Summary
        /// Rounds of adding and removing officers.
        public let iterations: Int
        public let simulations: Int
    }

    /// Iterations in which an hour may lose officers; ISA typically settles in fewer, and after
    /// them every hour only keeps or gains officers, so noise cannot make the search wander.
    static let freeIterations = 8

    /// The shifts of `levels`: `LevelShifts` at `site`, with the breaks of the input's shifts.
    public func shifts(_ levels: [Int], prefix: String = "staffed") -> [Shift] {
        LevelShifts.shifts(levels: levels, site: site, prefix: prefix, breaksFrom: sample.scenario.roster.shifts)
    }

    /// The Erlang C/A officers per hour with the breaks their own shifts take: from the
    /// formula without breaks, each hour raised to the formula's answer at the availability of
    /// the current levels' shifts, until no hour rises (at most 5 rounds; levels only rise).
    func erlangWithBreaks(_ plain: StationaryStaffing) -> [Int?] {
        var erlang = (0..<Clock.hoursPerWeek).map { plain.officers(hour: $0, share: target.share, minutes: target.minutes) }
        for _ in 0..<5 {
            let stationary = plain.withBreaks(of: shifts(erlang.map { $0 ?? 0 }))
            let next = (0..<Clock.hoursPerWeek).map { hour in
                stationary.officers(hour: hour, share: target.share, minutes: target.minutes).map { max($0, erlang[hour] ?? 0) }
            }
            if next == erlang { break }
            erlang = next
        }
        return erlang
    }

    /// Runs the search; `progress` gets a line per simulation.
    public func run(progress: @escaping (String) -> Void = { _ in }) throws -> Outcome {
        let plain = StationaryStaffing(sample.scenario)
        let erlang = erlangWithBreaks(plain)
        var levels = (0..<Clock.hoursPerWeek).map { hour in
            target.staffable[hour] ? max(target.lowest(hour), erlang[hour] ?? target.lowest(hour)) : 0
        }
        var runner = Runner(search: self, limit: maximumSimulations, progress: progress)
        var summary = try runner.run(levels, "start (Erlang C/A per hour)")
        var iterations = 0
        var seen: [[Int]] = [levels]
        var rising = false
        while true {
            iterations += 1
            let stationary = plain.withBreaks(of: shifts(levels))
            var next = (0..<Clock.hoursPerWeek).map { predicted(hour: $0, levels: levels, summary: summary, stationary: stationary) }
            if let start = seen.firstIndex(of: next), next != levels {
                next = (0..<Clock.hoursPerWeek).map { hour in seen[start...].map { $0[hour] }.max() ?? next[hour] }
                rising = true
            }
            if iterations > Self.freeIterations { rising = true }
            if rising { next = zip(next, levels).map { max($0, $1) } }
            if next == levels { break }
            seen.append(next)
            let changed = zip(next, levels).filter { $0 != $1 }.count
            levels = next
            summary = try runner.run(levels, "iteration \(iterations): \(changed) hours changed")
        }
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
            summary = try runner.run(levels, "iteration \(iterations): \(failing.count) hours below target, one officer more in each")
        }
        return Outcome(levels: levels, available: BreakTime.availableByHour(shifts(levels)), erlang: erlang, summary: summary, iterations: iterations, simulations: runner.count)
    }

    /// The staffing hour `hour` gets next: the fewest officers whose predicted service level
    /// reaches the target, the simulated level shifted by the stationary change; unchanged when
    /// none within 20 more does (the closing rounds then add officers one at a time and notice
    /// an hour that no longer improves) and for hours that do not count.
    func predicted(hour: Int, levels: [Int], summary: Summary, stationary: StationaryStaffing) -> Int {
        let now = levels[hour]
        guard target.staffable[hour], target.counted[hour], let simulated = target.serviceLevel(summary, hour: hour) else {
            return now
        }
        let here = stationary.serviceLevel(hour: hour, officers: now, minutes: target.minutes)
        let best = (target.lowest(hour)...(now + 20)).first { k in
            simulated + stationary.serviceLevel(hour: hour, officers: k, minutes: target.minutes) - here >= target.share
        }
        return best ?? now
    }

    /// Counts simulations and stops at the limit.
    struct Runner {
        let search: StaffingSearch
        let limit: Int
        let progress: (String) -> Void
        var count = 0

        mutating func run(_ levels: [Int], _ what: String) throws -> Summary {
            guard count < limit else { throw StaffingFailure.tooManySimulations(limit) }
            count += 1
            progress("simulation \(count): \(what)")
            return try search.sample.run(search.shifts(levels))
        }
    }
}
