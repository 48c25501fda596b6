import CGSL

/// How often two 95% intervals fail to overlap by chance alone, and how surprising a count of
/// such failures is: the statistics behind the regression check of by-hour measures.
public enum IntervalOverlap {
    /// The chance that two independent two-sided 95% intervals of equal width around unbiased
    /// estimates of the same quantity do not overlap: they miss each other when the difference
    /// of the means exceeds the sum of the half-widths, 2·1.96·σ, while the difference has
    /// standard deviation √2·σ; so p = 2·(1 − Φ(1.96·√2)) ≈ 0.0056 (normal approximation, i.e.
    /// enough replications that Student t is close to normal; with few replications and t
    /// quantiles the chance is a little smaller, so this is on the cautious side).
    public static let chanceOfNonOverlap95: Double = {
        _ = GSLRuntime.ready
        let z = gsl_cdf_ugaussian_Pinv(0.975)
        return 2 * gsl_cdf_ugaussian_Q(z * 2.0.squareRoot())
    }()

    /// P(X ≥ `count`) for X ~ Binomial(`trials`, `probability`): the chance of seeing at least
    /// `count` non-overlapping intervals among `trials` independent comparisons.
    public static func chanceOfAtLeast(_ count: Int, of trials: Int, probability: Double) -> Double {
        guard count > 0 else { return 1 }
        guard count <= trials else { return 0 }
        _ = GSLRuntime.ready
        return gsl_cdf_binomial_Q(UInt32(count - 1), probability, UInt32(trials))
    }
}
