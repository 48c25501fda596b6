import Dispatch
import Foundation
import Stochastics
import Synchronization

/// Runs the replications of a scenario on several threads and reduces their results in
/// replication order, so the summary is byte-identical whatever the thread count.
public enum Experiment {
    /// Why a run could not be carried out.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `scenario` with its own replications and seed unless overridden, on `threads`
    /// threads; `progress` is called with (done, total) after each replication is reduced.
    public static func run(
        _ scenario: Scenario, replications: Int? = nil, seed: UInt64? = nil, threads: Int,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Summary {
        var scenario = scenario
        if let replications { scenario.run.replications = replications }
        if let seed { scenario.run.seed = seed }
        let plan = SimulationPlan(scenario)
        let layout = MetricLayout(channels: scenario.channels.count, kinds: scenario.kinds.count)
        let count = scenario.run.replications
        let streamSeed = StreamSeed(master: scenario.run.seed)
        let reducer = OrderedReducer(layout: layout, total: count, progress: progress)
        let nextIndex = Atomic<Int>(0)
        let workers = max(1, min(threads, count))
        let started = DispatchTime.now()

        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let waits = WaitHistograms(channels: layout.channels, kinds: layout.kinds)
            while true {
                let index = nextIndex.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                guard var replication = Replication(plan: plan, index: index, seed: streamSeed, waits: waits) else {
                    reducer.fail("GSL could not allocate the random streams of replication \(index)")
                    return
                }
                let statistics = replication.run()
                reducer.submit(index: index, values: statistics.values(layout: layout, target: plan.target),
                               events: statistics.events, conservation: Conservation(statistics))
            }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        if let failure = reducer.failure { throw Failure(description: failure) }
        return reducer.summary(scenario: scenario, performance: Performance(
            events: reducer.events, wallS: wall, threads: workers))
    }

    /// The raw statistics of one replication, run on the calling thread.
    public static func statistics(of scenario: Scenario, replication: Int) -> ReplicationStatistics? {
        let plan = SimulationPlan(scenario)
        let waits = WaitHistograms(channels: scenario.channels.count, kinds: scenario.kinds.count)
        guard var run = Replication(plan: plan, index: replication, seed: StreamSeed(master: scenario.run.seed), waits: waits)
        else { return nil }
        return run.run()
    }
}
