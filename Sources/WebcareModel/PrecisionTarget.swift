import Stochastics

/// A precision target: keep adding replications in batches until the 95% interval of
/// `metric` is at most `relativeHalfWidth` × its mean (e.g. 0.05 = ±5%), or the cap is reached.
public struct PrecisionTarget: Sendable, Equatable {
    public let metric: Metric
    /// Half-width of the 95% interval relative to the mean.
    public let relativeHalfWidth: Double
    /// Most replications to run.
    public let maxReplications: Int
    /// Replications added per batch, whatever the number of threads.
    public let batch: Int

    public init(metric: Metric, relativeHalfWidth: Double, maxReplications: Int = 1_000, batch: Int = 10) {
        self.metric = metric
        self.relativeHalfWidth = relativeHalfWidth
        self.maxReplications = maxReplications
        self.batch = batch
    }

    /// The relative half-width of an estimate: 0 when the interval has no width, infinite
    /// when there is no interval yet or the mean is 0 with a positive width.
    public func relativeHalfWidth(of estimate: Estimate) -> Double {
        guard let mean = estimate.mean, let half = estimate.halfWidth else { return .infinity }
        if half == 0 { return 0 }
        return mean == 0 ? .infinity : half / abs(mean)
    }
}

/// Why a run with a precision target stopped, as stated in its output.
public struct Stopping: Codable, Sendable, Equatable {
    /// The target, e.g. "wait_mean_min: 95% half-width <= 5% of the mean".
    public var target: String
    /// "precision reached" or "replication cap reached".
    public var reason: String
    public var replications: Int
    /// The relative half-width reached, per scenario in order.
    public var relativeHalfWidths: [Double?]

    init(precision: PrecisionTarget, replications: Int, reached: Bool, widths: [Double]) {
        target = "\(precision.metric.rawValue): 95% half-width <= \(precision.relativeHalfWidth * 100)% of the mean, at most \(precision.maxReplications) replications"
        reason = reached ? "precision reached" : "replication cap reached before the precision"
        self.replications = replications
        relativeHalfWidths = widths.map { $0.isFinite ? $0 : nil }
    }

    enum CodingKeys: String, CodingKey {
        case target, reason, replications
        case relativeHalfWidths = "relative_half_widths"
    }
}
