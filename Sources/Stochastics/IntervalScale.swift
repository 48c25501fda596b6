import Foundation

/// The scale on which the 95% interval of a mean over replications is built, chosen by the
/// range of the measure so that the interval never leaves it.
///
/// Why: a Student-t interval `m ± t s/√n` is symmetric, so for a non-negative measure with
/// few replications and a right-skewed spread (an urgent p90 over 20 replications) it runs
/// below zero, a value the measure cannot take, and it is too short on the right, where the
/// skewed mean errs. The standard remedy in simulation output analysis is to build the
/// interval on a scale where the estimator is closer to normal and unbounded, then map it
/// back (the delta method): the log for non-negative means and quantiles, the logit for
/// shares. Both transforms are monotone, so the back-mapped interval contains the mean, stays
/// inside the range, and has the same first-order coverage as the t interval; the point
/// estimate is still the plain mean over replications. Paired differences can be negative
/// and keep the symmetric t interval (`.unbounded`). The coverage of the three scales at the
/// shipped replication counts is checked against known truth in `IntervalCoverageTests`.
public enum IntervalScale: String, Sendable, CaseIterable, Codable {
    /// Any real value (paired differences): `m ± t s/√n`.
    case unbounded
    /// Values ≥ 0 (waits, quantiles, counts, hours): `m · exp(± t s/(m √n))`. All replications
    /// 0 (hence mean 0) gives [0, 0]; no spread gives [m, m].
    case nonNegative
    /// Shares in [0, 1]: `logit⁻¹(logit m ± t s/(m(1−m)√n))`. Mean 0 or 1 (every replication
    /// at that bound) gives [m, m]; no spread gives [m, m].
    case unitInterval

    /// The two-sided 95% interval of a mean `mean` of `count` ≥ 2 values with sample standard
    /// deviation `sd`, on this scale.
    public func interval95(mean: Double, sd: Double, count: Int) -> (low: Double, high: Double) {
        let half = StudentT.halfWidth95(sd: sd, count: count)
        switch self {
        case .unbounded:
            return (mean - half, mean + half)
        case .nonNegative:
            guard mean > 0, half > 0 else { return (mean, mean) }
            let factor = exp(half / mean)
            return (mean / factor, mean * factor)
        case .unitInterval:
            guard mean > 0, mean < 1, half > 0 else { return (mean, mean) }
            let centre = Self.logit(mean)
            let width = half / (mean * (1 - mean))
            return (Self.logistic(centre - width), Self.logistic(centre + width))
        }
    }

    /// The Student-t half-width t·s/√n behind an interval [`low`, `high`] of `mean` built on
    /// this scale (the inverse of `interval95`), so a reader of a results file can recover the
    /// standard error. It reads the upper end (the lower end where the upper one is at the
    /// bound), so it also reads an old symmetric interval to first order.
    public func studentHalfWidth(mean: Double, low: Double, high: Double) -> Double {
        switch self {
        case .unbounded:
            return (high - low) / 2
        case .nonNegative:
            guard mean > 0, high > mean else { return (high - low) / 2 }
            return mean * log(high / mean)
        case .unitInterval:
            guard mean > 0, mean < 1 else { return (high - low) / 2 }
            let slope = mean * (1 - mean)
            if high > mean, high < 1 { return (Self.logit(high) - Self.logit(mean)) * slope }
            if low < mean, low > 0 { return (Self.logit(mean) - Self.logit(low)) * slope }
            return (high - low) / 2
        }
    }

    /// How the interval is built, in words, as stated in the outputs.
    public var definition: String {
        switch self {
        case .unbounded: "Student-t: mean ± t(0.975, n−1)·s/√n"
        case .nonNegative: "log scale (delta method): mean·exp(± t(0.975, n−1)·s/(mean·√n)); [0, 0] when every replication is 0"
        case .unitInterval: "logit scale (delta method): logit⁻¹(logit(mean) ± t(0.975, n−1)·s/(mean·(1−mean)·√n)); [p, p] when every replication is p = 0 or 1"
        }
    }

    private static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    private static func logit(_ p: Double) -> Double { log(p / (1 - p)) }
}
