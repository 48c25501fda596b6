import CGSL

/// An estimate with its 95% interval, in the estimate's own unit.
public struct Interval: Codable, Sendable, Equatable {
    public var estimate: Double
    public var lower: Double
    public var upper: Double

    public init(_ estimate: Double, _ lower: Double, _ upper: Double) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// The exact (Garwood) interval of a Poisson rate: `count` events in `exposure` (any unit of
    /// time; the rate is per that unit): [G⁻¹(0.025; n, 1), G⁻¹(0.975; n + 1, 1)] / exposure with
    /// G the gamma distribution (GSL's `gsl_cdf_gamma_Pinv`); lower 0 when n = 0. With `dispersion`
    /// φ > 1 (busy days: variance φ × mean) it is the Garwood interval of n/φ events in
    /// exposure/φ, which keeps the estimate and widens the interval by about √φ.
    public static func garwood(count: Double, exposure: Double, dispersion: Double = 1) -> Interval {
        guard exposure > 0 else { return Interval(0, 0, .infinity) }
        let n = count / dispersion, e = exposure / dispersion
        let lower = n > 0 ? gsl_cdf_gamma_Pinv(0.025, n, 1) / e : 0
        let upper = gsl_cdf_gamma_Pinv(0.975, n + 1, 1) / e
        return Interval(count / exposure, lower, upper)
    }

    /// The exact (Clopper–Pearson) interval of a proportion, from GSL's beta quantiles.
    public static func clopperPearson(successes: Int, trials: Int) -> Interval {
        guard trials > 0 else { return Interval(0, 0, 1) }
        let k = Double(successes), n = Double(trials)
        let lower = successes == 0 ? 0 : gsl_cdf_beta_Pinv(0.025, k, n - k + 1)
        let upper = successes == trials ? 1 : gsl_cdf_beta_Pinv(0.975, k + 1, n - k)
        return Interval(k / n, lower, upper)
    }
}
