import Dispatch

extension Experiment {
    /// `compare` (no precision target, no trace) that also keeps every replication's headline
    /// values, for replications.csv.
    public static func compareKeepingReplications(
        _ scenarios: [Scenario], replications: Int? = nil, seed: UInt64? = nil, threads: Int,
        precision: PrecisionTarget? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil, trace: TraceSink? = nil
    ) throws -> (result: ExperimentResult, values: ReplicationValues) {
        try compare(scenarios, replications: replications, seed: seed, threads: threads, precision: precision,
                    progress: progress, trace: trace, keepingHeads: true)
    }

    /// A shard's share of an experiment: replications `range` of `scenarios` (run with `seed`,
    /// or the first scenario's), with exactly the streams the whole run gives them. Each row holds
    /// the scenarios' `MetricLayout` vectors one after the other (no differences: `merge` forms
    /// them), its events and audits. Returns the rows in replication order and the wall seconds.
    public static func shard(
        _ scenarios: [Scenario], seed: UInt64? = nil, replications range: Range<Int>, threads: Int,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> (rows: [ReplicationRow], wall: Double) {
        guard let first = scenarios.first else { throw Failure(description: "no scenario to run") }
        let (plans, layouts) = plan(scenarios, seed: seed ?? first.run.seed)
        let reducer = OrderedReducer(scales: scales(layouts), scenarios: scenarios.count, progress: progress,
                                     first: range.lowerBound, keeping: .full)
        reducer.expect(total: range.upperBound)
        let started = DispatchTime.now()
        try runBatch(plans: plans, layouts: layouts, range: range, threads: threads, reducer: reducer)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let own = layouts.reduce(0) { $0 + $1.count }
        let rows = reducer.kept.map { row in
            ReplicationRow(index: row.index, values: Array(row.values[0..<own]), events: row.events,
                           conservation: row.conservation)
        }
        return (rows, wall)
    }

    /// Folds the rows of every shard (replications 0..<count of `scenarios`, each row the
    /// scenarios' vectors as `shard` gives them) through the reducer the single run uses, in
    /// replication order, so the result is the single run's bit for bit (apart from
    /// `performance`, which states `wall` seconds and `threads`).
    public static func merge(
        _ scenarios: [Scenario], seed: UInt64? = nil, rows: [ReplicationRow], wall: Double, threads: Int
    ) throws -> (result: ExperimentResult, values: ReplicationValues) {
        guard let first = scenarios.first else { throw Failure(description: "no scenario to merge") }
        let (plans, layouts) = plan(scenarios, seed: seed ?? first.run.seed)
        let offsets = layouts.indices.map { k in layouts[..<k].reduce(0) { $0 + $1.count } }
        let own = layouts.reduce(0) { $0 + $1.count }
        let reducer = OrderedReducer(scales: scales(layouts), scenarios: scenarios.count, progress: nil,
                                     keeping: .heads(layouts))
        for (expected, row) in rows.enumerated() {
            guard row.index == expected, row.values.count == own, row.conservation.count == scenarios.count else {
                throw Failure(description: "replication \(expected + 1): the parts hold no complete row for it")
            }
            let scenarioValues = zip(layouts, offsets).map { layout, offset in
                Array(row.values[offset..<(offset + layout.count)])
            }
            reducer.submit(index: row.index, values: Self.row(scenarioValues), events: row.events,
                           conservation: row.conservation)
        }
        let result = reducer.result(scenarios: plans.map(\.scenario), layouts: layouts, replications: rows.count,
                                    wall: wall, threads: threads, stopping: nil)
        return (result, ReplicationValues(rows: reducer.kept, scenarios: scenarios.count))
    }

    /// The length of each scenario's vector in a shard's rows.
    public static func rowWidths(_ scenarios: [Scenario]) -> [Int] {
        scenarios.map { MetricLayout(channels: $0.channels.count, kinds: $0.kinds.count, sites: $0.team.sites.count).count }
    }
}
