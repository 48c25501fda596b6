import Stochastics

extension Metric {
    /// The range of the measure, which sets the scale of its 95% interval: shares lie in
    /// [0, 1] (logit scale), everything else (waits, quantiles, counts, hours) is ≥ 0 (log scale).
    public var scale: IntervalScale {
        switch self {
        case .pWait, .serviceLevel, .abandonShare, .utilization, .conversationUtilization, .shrinkageShare: .unitInterval
        case .messagesPerWeek, .waitMean, .waitAllMean, .waitP50, .waitP90, .waitP95, .waitMax, .queueMean, .queueMax,
             .backlogAtOpening, .officerHoursPerWeek, .overtimeHoursPerWeek, .handlingHoursPerWeek, .idleHoursPerWeek,
             .breakHoursPerWeek, .monitoringHoursPerWeek, .calledOutHoursPerWeek, .onCallHoursPerWeek, .standbyHoursPerWeek,
             .costHoursPerWeek, .urgentPerWeek,
             .urgentWaitMean, .urgentWaitMax, .urgentLatePerWeek, .urgentOffDutyPerWeek, .urgentOffDutyLatePerWeek,
             .handedOverPerWeek, .callOutsPerWeek, .onCallCallsPerWeek: .nonNegative
        }
    }
}

extension HourMetric {
    /// The range of the measure: shares on the logit scale, the rest (≥ 0) on the log scale.
    public var scale: IntervalScale {
        switch self {
        case .serviceLevel, .utilization: .unitInterval
        case .arrivalsPerWeek, .officers, .waitMean, .waitP90, .queueMean: .nonNegative
        }
    }
}

extension GroupMetric {
    /// The range of the measure: shares on the logit scale, the rest (≥ 0) on the log scale.
    public var scale: IntervalScale {
        switch self {
        case .serviceLevel, .abandonShare: .unitInterval
        case .messagesPerWeek, .waitMean, .waitP90: .nonNegative
        }
    }
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
