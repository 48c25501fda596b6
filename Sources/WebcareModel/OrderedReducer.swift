import Stochastics
import Synchronization

/// Collects replication rows from worker threads and folds them into running statistics
/// strictly in replication order (out-of-order rows wait in a small buffer), so floating-point
/// sums, and hence every output byte, do not depend on the thread count or scheduling. It
/// can keep the rows it folds, in order (`RowKeeping`): the headline values for
/// replications.csv, or whole rows for a shard's part file.
final class OrderedReducer: Sendable {
    private struct State: ~Copyable {
        var accumulators: [RunningStatistics]
        var pending: [Int: [Double?]] = [:]
        var pendingAudits: [Int: (events: Int, conservation: [Conservation])] = [:]
        var kept: [ReplicationRow] = []
        var next = 0
        var total = 0
        var events = 0
        var conservation: [Conservation]
        var failure: String?
    }

    private let state: Mutex<State>
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let keeping: RowKeeping
    /// The interval scale of each column (the measure's range; `.unbounded` for differences).
    private let scales: [IntervalScale]

    /// A reducer whose first replication is `first` (a shard's start), keeping rows as `keeping` says.
    init(scales: [IntervalScale], scenarios: Int, progress: (@Sendable (Int, Int) -> Void)?, first: Int = 0,
         keeping: RowKeeping = .none) {
        self.progress = progress
        self.keeping = keeping
        self.scales = scales
        state = Mutex(State(accumulators: scales.map { _ in RunningStatistics() },
                            next: first, conservation: Array(repeating: Conservation(), count: scenarios)))
    }

    /// Sets the number of replications expected so far (for the progress bar).
    func expect(total: Int) {
        state.withLock { $0.total = total }
    }

    func submit(index: Int, values: [Double?], events: Int, conservation: [Conservation]) {
        let (done, total): (Int, Int) = state.withLock { state in
            state.pending[index] = values
            state.events += events
            for k in conservation.indices { state.conservation[k].add(conservation[k]) }
            if keeping != .none { state.pendingAudits[index] = (events, conservation) }
            while let ready = state.pending.removeValue(forKey: state.next) {
                for (accumulator, value) in zip(state.accumulators, ready) { accumulator.add(value) }
                if let audit = state.pendingAudits.removeValue(forKey: state.next),
                   let row = keeping.row(index: state.next, values: ready, events: audit.events,
                                         conservation: audit.conservation) {
                    state.kept.append(row)
                }
                state.next += 1
            }
            return (state.next, state.total)
        }
        progress?(done, total)
    }

    func fail(_ message: String) {
        state.withLock { $0.failure = $0.failure ?? message }
    }

    var failure: String? { state.withLock { $0.failure } }

    /// The rows kept so far, in replication order.
    var kept: [ReplicationRow] { state.withLock { $0.kept } }

    /// The current estimates of every column with symmetric Student-t intervals: what a
    /// precision target reads (its half-width is t·s/√n relative to the mean, the usual
    /// relative-precision rule, whatever scale the reported interval is built on).
    var studentEstimates: [Estimate] { state.withLock { state in state.accumulators.map(\.estimate) } }

    /// The result: one summary per scenario, then the paired differences against the first.
    func result(scenarios: [Scenario], layouts: [MetricLayout], replications: Int, wall: Double, threads: Int,
                stopping: Stopping?) -> ExperimentResult {
        let (estimates, conservation, events) = state.withLock { state in
            (zip(state.accumulators, scales).map { $0.estimate(on: $1) }, state.conservation, state.events)
        }
        var offset = 0
        var summaries: [Summary] = []
        for (k, scenario) in scenarios.enumerated() {
            let columns = Array(estimates[offset..<(offset + layouts[k].count)])
            offset += layouts[k].count
            summaries.append(Summary(
                scenario: scenario, replications: replications, layout: layouts[k], estimates: columns,
                conservation: conservation[k], stopping: stopping,
                performance: Performance(events: events, wallS: wall, threads: threads)))
        }
        var differences: [DifferenceSet] = []
        for scenario in scenarios.dropFirst() {
            var metrics: [String: Difference] = [:]
            for metric in Metric.allCases {
                metrics[metric.rawValue] = Difference(estimates[offset])
                offset += 1
            }
            differences.append(DifferenceSet(scenario: scenario.name, baseline: scenarios[0].name, metrics: metrics))
        }
        return ExperimentResult(seed: scenarios[0].run.seed, replications: replications, summaries: summaries,
                                differences: differences, stopping: stopping)
    }
}
