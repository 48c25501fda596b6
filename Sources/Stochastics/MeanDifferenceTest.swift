import CGSL

/// Whether two means differ by more than chance explains, when each is known only by its
/// two-sided 95% Student-t interval over independent replications (as a results file holds
/// it), and the Holm–Bonferroni rule that keeps the chance of any false alarm in a family of
/// such tests at most α whatever their dependence: the statistics of the regression check.
public enum MeanDifferenceTest {
    /// The two-sided p-value of Welch's t-test that two means are equal. Each side is its mean,
    /// the half-width of its 95% interval and the number of replications behind it (≥ 2); its
    /// standard error is the half-width over t(0.975, n − 1). Degrees of freedom by
    /// Welch–Satterthwaite. nil when neither side has any spread.
    public static func pValue(_ a: (mean: Double, halfWidth: Double, count: Int),
                              _ b: (mean: Double, halfWidth: Double, count: Int)) -> Double? {
        precondition(a.count >= 2 && b.count >= 2, "an interval needs two replications")
        let seA = a.halfWidth / StudentT.quantile975(degrees: a.count - 1)
        let seB = b.halfWidth / StudentT.quantile975(degrees: b.count - 1)
        let varianceA = seA * seA, varianceB = seB * seB
        let variance = varianceA + varianceB
        guard variance > 0 else { return nil }
        let t = (b.mean - a.mean) / variance.squareRoot()
        let degrees = variance * variance
            / (varianceA * varianceA / Double(a.count - 1) + varianceB * varianceB / Double(b.count - 1))
        _ = GSLRuntime.ready
        return min(1, 2 * gsl_cdf_tdist_Q(abs(t), degrees))
    }

    /// Holm's step-down rule at family-wise level `alpha`: which of `pValues` are rejected. The
    /// smallest p-value is compared with α/m, the next with α/(m − 1), and so on, stopping at the
    /// first that is not below its bound; ties keep their order.
    public static func holmRejections(_ pValues: [Double], alpha: Double) -> [Bool] {
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var rejected = [Bool](repeating: false, count: pValues.count)
        for (rank, index) in order.enumerated() {
            guard pValues[index] <= alpha / Double(pValues.count - rank) else { break }
            rejected[index] = true
        }
        return rejected
    }
}
