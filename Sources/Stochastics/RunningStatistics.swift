import CGSL

/// Mean, standard deviation and 95% interval of one quantity over replications,
/// accumulated in replication order with GSL's running statistics (`gsl_rstat`), so memory does
/// not grow with the number of replications. Values that are nil (undefined in a replication,
/// e.g. a mean wait with no answered messages) are skipped.
public final class RunningStatistics {
    private let workspace: UnsafeMutablePointer<gsl_rstat_workspace>

    public init() {
        _ = GSLRuntime.ready
        guard let workspace = gsl_rstat_alloc() else { fatalError("GSL could not allocate running statistics") }
        self.workspace = workspace
    }

    deinit { gsl_rstat_free(workspace) }

    /// Adds one replication's value; nil and non-finite values are skipped.
    public func add(_ value: Double?) {
        guard let value, value.isFinite else { return }
        _ = gsl_rstat_add(value, workspace)
    }

    /// Number of values added.
    public var count: Int { Int(gsl_rstat_n(workspace)) }

    /// The mean and symmetric Student-t 95% interval of what was added.
    public var estimate: Estimate { estimate(on: .unbounded) }

    /// The mean and 95% interval of what was added, the interval built on `scale`.
    public func estimate(on scale: IntervalScale) -> Estimate {
        Estimate.from(count: count, mean: gsl_rstat_mean(workspace), sd: gsl_rstat_sd(workspace), scale: scale)
    }
}

/// A mean over replications with its two-sided 95% confidence interval (built on the
/// measure's `IntervalScale`); the interval is nil with fewer than two replications and the
/// mean is nil with none.
public struct Estimate: Sendable, Equatable, Codable {
    public let mean: Double?
    public let ci95Low: Double?
    public let ci95High: Double?

    public init(mean: Double?, ci95Low: Double?, ci95High: Double?) {
        self.mean = mean
        self.ci95Low = ci95Low
        self.ci95High = ci95High
    }

    /// Builds an estimate from a count, mean and sample standard deviation, the interval on
    /// `scale` (default the symmetric Student-t interval).
    public static func from(count: Int, mean: Double, sd: Double, scale: IntervalScale = .unbounded) -> Estimate {
        guard count > 0 else { return Estimate(mean: nil, ci95Low: nil, ci95High: nil) }
        guard count > 1 else { return Estimate(mean: mean, ci95Low: nil, ci95High: nil) }
        let interval = scale.interval95(mean: mean, sd: sd, count: count)
        return Estimate(mean: mean, ci95Low: interval.low, ci95High: interval.high)
    }

    /// Half the interval's width, or nil.
    public var halfWidth: Double? {
        guard let low = ci95Low, let high = ci95High else { return nil }
        return (high - low) / 2
    }

    /// The Student-t half-width t·s/√n behind the interval, read back from an interval built
    /// on `scale`; nil without an interval.
    public func studentHalfWidth(on scale: IntervalScale) -> Double? {
        guard let mean, let low = ci95Low, let high = ci95High else { return nil }
        return scale.studentHalfWidth(mean: mean, low: low, high: high)
    }

    enum CodingKeys: String, CodingKey {
        case mean
        case ci95Low = "ci95_low"
        case ci95High = "ci95_high"
    }

    /// Encodes all three keys, writing null where a value is undefined.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(ci95Low, forKey: .ci95Low)
        try container.encode(ci95High, forKey: .ci95High)
    }
}

/// Student-t quantiles from GSL.
public enum StudentT {
    /// Half-width of the two-sided 95% interval of a mean of `count` values with sample sd `sd`.
    public static func halfWidth95(sd: Double, count: Int) -> Double {
        quantile975(degrees: count - 1) * sd / Double(count).squareRoot()
    }

    /// The 0.975 quantile of Student's t with `degrees` degrees of freedom (≥ 1).
    public static func quantile975(degrees: Int) -> Double {
        _ = GSLRuntime.ready
        return gsl_cdf_tdist_Pinv(0.975, Double(degrees))
    }
}
