import Stochastics
import Synchronization

/// Collects replication results from worker threads and folds them into running statistics
/// strictly in replication order (out-of-order results wait in a small buffer), so floating-point
/// sums, and hence every output byte, do not depend on the thread count or scheduling.
final class OrderedReducer: Sendable {
    private struct State: ~Copyable {
        var accumulators: [RunningStatistics]
        var pending: [Int: [Double?]] = [:]
        var next = 0
        var events = 0
        var conservation = Conservation()
        var failure: String?
    }

    private let state: Mutex<State>
    private let layout: MetricLayout
    private let total: Int
    private let progress: (@Sendable (Int, Int) -> Void)?

    init(layout: MetricLayout, total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        self.layout = layout
        self.total = total
        self.progress = progress
        state = Mutex(State(accumulators: (0..<layout.count).map { _ in RunningStatistics() }))
    }

    func submit(index: Int, values: [Double?], events: Int, conservation: Conservation) {
        let done: Int = state.withLock { state in
            state.pending[index] = values
            state.events += events
            state.conservation.add(conservation)
            while let ready = state.pending.removeValue(forKey: state.next) {
                for (accumulator, value) in zip(state.accumulators, ready) { accumulator.add(value) }
                state.next += 1
            }
            return state.next
        }
        progress?(done, total)
    }

    func fail(_ message: String) {
        state.withLock { $0.failure = $0.failure ?? message }
    }

    var failure: String? { state.withLock { $0.failure } }
    var events: Int { state.withLock { $0.events } }

    func summary(scenario: Scenario, performance: Performance) -> Summary {
        let (estimates, conservation) = state.withLock { state in
            (state.accumulators.map(\.estimate), state.conservation)
        }
        let layout = self.layout
        func group(_ index: (GroupMetric) -> Int) -> [String: Estimate] {
            Dictionary(uniqueKeysWithValues: GroupMetric.allCases.map { ($0.rawValue, estimates[index($0)]) })
        }
        return Summary(
            scenario: scenario.name,
            seed: scenario.run.seed,
            replications: scenario.run.replications,
            definitions: Definitions(scenario: scenario),
            metrics: Dictionary(uniqueKeysWithValues: Metric.allCases.map { ($0.rawValue, estimates[layout.index($0)]) }),
            byHourOfWeek: (0..<Clock.hoursPerWeek).map { hour in
                HourRow(hourOfWeek: hour, metrics: Dictionary(uniqueKeysWithValues: HourMetric.allCases.map {
                    ($0.rawValue, estimates[layout.index(hour: hour, $0)])
                }))
            },
            byChannel: scenario.channels.enumerated().map { channel, info in
                GroupRow(name: info.name, metrics: group { layout.index(channel: channel, $0) })
            },
            byKind: scenario.kinds.enumerated().map { kind, info in
                GroupRow(name: info.name, metrics: group { layout.index(kind: kind, $0) })
            },
            conservation: conservation,
            performance: performance)
    }
}
