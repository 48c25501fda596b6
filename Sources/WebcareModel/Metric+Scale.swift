import Stochastics

extension Metric {
    /// The range of the measure, which sets the scale of its 95% interval (its unit's scale:
    /// shares on the logit scale, everything else, ≥ 0, on the log scale).
    public var scale: IntervalScale { facts.unit.scale }
}

extension HourMetric {
    /// What the measure's numbers are.
    public var unit: MetricUnit {
        switch self {
        case .serviceLevel, .utilization: .share
        case .waitMean, .waitP90: .minutes
        case .arrivalsPerWeek, .officers, .queueMean: .count
        }
    }

    /// The range of the measure: shares on the logit scale, the rest (≥ 0) on the log scale.
    public var scale: IntervalScale { unit.scale }
}

extension GroupMetric {
    /// What the measure's numbers are.
    public var unit: MetricUnit {
        switch self {
        case .serviceLevel, .abandonShare: .share
        case .waitMean, .waitP90: .minutes
        case .messagesPerWeek: .count
        }
    }

    /// The range of the measure: shares on the logit scale, the rest (≥ 0) on the log scale.
    public var scale: IntervalScale { unit.scale }
}

extension MetricLayout {
    /// The interval scale of every column of one replication's values, in layout order:
    /// headline, hour × hour metric, channel and kind × group metric, the response-time
    /// distribution (shares), site and thread × group metric.
    public var scales: [IntervalScale] {
        var scales = Metric.allCases.map(\.scale)
        for _ in 0..<Clock.hoursPerWeek { scales += HourMetric.allCases.map(\.scale) }
        for _ in 0..<(channels + kinds) { scales += GroupMetric.allCases.map(\.scale) }
        scales += Array(repeating: .unitInterval, count: WaitPoint.grid.count)
        for _ in 0..<(sites + Self.threads) { scales += GroupMetric.allCases.map(\.scale) }
        return scales
    }
}
