/// The values of one replication as the reducer folds them: for each scenario of the experiment
/// its `MetricLayout` vector (in scenario order), then the paired differences of each later
/// scenario's headline measures against the first; with the events run and each scenario's
/// message audit. `index` counts replications from 0. A part file of a shard carries these
/// rows so that `merge` can fold them again in replication order, bit for bit.
public struct ReplicationRow: Sendable, Equatable {
    public var index: Int
    public var values: [Double?]
    public var events: Int
    public var conservation: [Conservation]

    public init(index: Int, values: [Double?], events: Int, conservation: [Conservation]) {
        self.index = index
        self.values = values
        self.events = events
        self.conservation = conservation
    }
}

/// Which rows an `OrderedReducer` keeps while it folds them.
enum RowKeeping: Sendable, Equatable {
    /// None: the reducer keeps running statistics only.
    case none
    /// The headline measures (`Metric.allCases`) of each scenario, for replications.csv.
    case heads([MetricLayout])
    /// Whole rows, audits included, for a shard's part file.
    case full

    /// The row to keep for one folded replication, or nil.
    func row(index: Int, values: [Double?], events: Int, conservation: [Conservation]) -> ReplicationRow? {
        switch self {
        case .none:
            return nil
        case .full:
            return ReplicationRow(index: index, values: values, events: events, conservation: conservation)
        case .heads(let layouts):
            var heads: [Double?] = []
            var offset = 0
            for layout in layouts {
                heads += values[offset..<(offset + Metric.allCases.count)]
                offset += layout.count
            }
            return ReplicationRow(index: index, values: heads, events: events, conservation: [])
        }
    }
}
