/// The headline measures (`Metric.allCases`, in that order) of every replication of an
/// experiment, in replication order: what replications.csv lists for an analyst to redo the
/// statistics. Units are each measure's own.
public struct ReplicationValues: Sendable, Equatable {
    /// One row per replication: the headline values of scenario 0, then of scenario 1, ...
    let rows: [ReplicationRow]
    /// Scenarios of the experiment.
    public let scenarios: Int

    init(rows: [ReplicationRow], scenarios: Int) {
        self.rows = rows
        self.scenarios = scenarios
    }

    /// Replications kept.
    public var count: Int { rows.count }

    /// The headline values of scenario `k`: one array per replication, in `Metric.allCases` order
    /// (nil where the measure is undefined in that replication).
    public func values(scenario k: Int) -> [[Double?]] {
        let width = Metric.allCases.count
        return rows.map { Array($0.values[(k * width)..<((k + 1) * width)]) }
    }
}
