import Dispatch
import Foundation
import Stochastics
import Synchronization

/// Runs the replications of one or more scenarios on several threads and reduces them in
/// replication order, so results are byte-identical whatever the thread count. Several
/// scenarios are run with common random numbers: replication i of every scenario uses the
/// same streams, so they see the same messages wherever their demand agrees, and their
/// differences are estimated pairwise, replication by replication.
public enum Experiment {
    /// Why a run could not be carried out.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `scenario` with its own replications and seed unless overridden, on `threads`
    /// threads; `progress` is called with (done, total) after each replication is reduced.
    public static func run(
        _ scenario: Scenario, replications: Int? = nil, seed: UInt64? = nil, threads: Int,
        precision: PrecisionTarget? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Summary {
        let result = try compare([scenario], replications: replications, seed: seed, threads: threads,
                                 precision: precision, progress: progress)
        return result.summaries[0]
    }

    /// Runs `scenarios` with common random numbers: the seed and replication count are the
    /// first scenario's unless overridden; each keeps its own horizon, warm-up and target.
    /// With a precision target, replications are added in batches of `precision.batch` (never
    /// depending on `threads`, so the replications run and the results are the same on every
    /// machine) until every scenario's interval is narrow enough or the cap is reached.
    public static func compare(
        _ scenarios: [Scenario], replications: Int? = nil, seed: UInt64? = nil, threads: Int,
        precision: PrecisionTarget? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil, trace: TraceSink? = nil
    ) throws -> ExperimentResult {
        try compare(scenarios, replications: replications, seed: seed, threads: threads, precision: precision,
                    progress: progress, trace: trace, keepingHeads: false).result
    }

    /// `compare`, keeping each replication's headline values (in replication order) when asked.
    static func compare(
        _ scenarios: [Scenario], replications: Int?, seed: UInt64?, threads: Int, precision: PrecisionTarget?,
        progress: (@Sendable (Int, Int) -> Void)?, trace: TraceSink?, keepingHeads: Bool
    ) throws -> (result: ExperimentResult, values: ReplicationValues) {
        guard let first = scenarios.first else { throw Failure(description: "no scenario to run") }
        let initial = replications ?? first.run.replications
        let (plans, layouts) = plan(scenarios, seed: seed ?? first.run.seed)
        let reducer = OrderedReducer(scales: scales(layouts), scenarios: scenarios.count, progress: progress,
                                     keeping: keepingHeads ? .heads(layouts) : .none)
        let started = DispatchTime.now()
        var done = 0
        var target = min(initial, precision?.maxReplications ?? initial)
        var stopping: Stopping?
        while true {
            reducer.expect(total: precision == nil ? target : max(target, done))
            try runBatch(plans: plans, layouts: layouts, range: done..<target, threads: threads, reducer: reducer, trace: trace)
            done = target
            guard let precision else { break }
            let estimates = reducer.studentEstimates
            let offsets = layouts.indices.map { k in layouts[..<k].reduce(0) { $0 + $1.count } }
            let widths = zip(layouts, offsets).map { layout, offset in
                precision.relativeHalfWidth(of: estimates[offset + layout.index(precision.metric)])
            }
            if widths.allSatisfy({ $0 <= precision.relativeHalfWidth }) {
                stopping = Stopping(precision: precision, replications: done, reached: true, widths: widths)
                break
            }
            if done >= precision.maxReplications {
                stopping = Stopping(precision: precision, replications: done, reached: false, widths: widths)
                break
            }
            target = min(precision.maxReplications, done + precision.batch)
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let result = reducer.result(scenarios: plans.map(\.scenario), layouts: layouts, replications: done,
                                    wall: wall, threads: max(1, min(threads, done)), stopping: stopping)
        return (result, ReplicationValues(rows: reducer.kept, scenarios: scenarios.count))
    }

    /// The plans of `scenarios` run with `seed`, and their layouts.
    static func plan(_ scenarios: [Scenario], seed: UInt64) -> ([SimulationPlan], [MetricLayout]) {
        let plans = scenarios.map { scenario -> SimulationPlan in
            var scenario = scenario
            scenario.run.seed = seed
            return SimulationPlan(scenario)
        }
        let layouts = scenarios.map { MetricLayout(channels: $0.channels.count, kinds: $0.kinds.count, sites: $0.team.sites.count) }
        return (plans, layouts)
    }

    /// The interval scale of each column of a reduced row: every layout's, then the headline
    /// differences of each later scenario (unbounded: a difference may be negative).
    static func scales(_ layouts: [MetricLayout]) -> [IntervalScale] {
        layouts.flatMap(\.scales) + Array(repeating: IntervalScale.unbounded, count: (layouts.count - 1) * Metric.allCases.count)
    }

    /// Runs replications `range` of every plan on `threads` threads into `reducer`.
    static func runBatch(plans: [SimulationPlan], layouts: [MetricLayout], range: Range<Int>, threads: Int,
                         reducer: OrderedReducer, trace sink: TraceSink? = nil) throws {
        guard !range.isEmpty else { return }
        let nextIndex = Atomic<Int>(range.lowerBound)
        let workers = max(1, min(threads, range.count))
        let standby = plans.map { StandbyCost($0.scenario) }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let waits = layouts.map { WaitHistograms(channels: $0.channels, kinds: $0.kinds, sites: $0.sites) }
            while true {
                let index = nextIndex.add(1, ordering: .relaxed).oldValue
                guard index < range.upperBound else { return }
                var scenarioValues: [[Double?]] = []
                var events = 0
                var audits: [Conservation] = []
                for (k, plan) in plans.enumerated() {
                    let trace = sink.map { _ in MessageTrace(replication: index) }
                    guard let statistics = plan.runReplication(index, seed: StreamSeed(master: plan.scenario.run.seed), waits: waits[k],
                                                               trace: trace)
                    else {
                        reducer.fail("GSL could not allocate the random streams of replication \(index)")
                        return
                    }
                    var values = statistics.values(layout: layouts[k], target: plan.target)
                    statistics.fillWaitDistribution(&values, layout: layouts[k])
                    standby[k].fill(&values, layout: layouts[k])
                    scenarioValues.append(values)
                    events += statistics.events
                    audits.append(Conservation(statistics))
                    if let sink, let trace { sink.submit(scenario: k, trace) }
                }
                reducer.submit(index: index, values: row(scenarioValues), events: events, conservation: audits)
            }
        }
        if let failure = reducer.failure { throw Failure(description: failure) }
    }

    /// The row the reducer folds for one replication: each scenario's values in order, then the
    /// paired differences (later − first) of the headline measures against the first scenario.
    static func row(_ scenarioValues: [[Double?]]) -> [Double?] {
        var row = scenarioValues.flatMap { $0 }
        guard let baseline = scenarioValues.first else { return row }
        let heads = Metric.allCases.indices
        for values in scenarioValues.dropFirst() {
            row += heads.map { m in
                guard let b = values[m], let a = baseline[m] else { return nil }
                return b - a
            }
        }
        return row
    }

    /// The raw statistics of one replication, run on the calling thread.
    public static func statistics(of scenario: Scenario, replication: Int) -> ReplicationStatistics? {
        let plan = SimulationPlan(scenario)
        let waits = WaitHistograms(channels: scenario.channels.count, kinds: scenario.kinds.count, sites: scenario.team.sites.count)
        return plan.runReplication(replication, seed: StreamSeed(master: scenario.run.seed), waits: waits)
    }
}
