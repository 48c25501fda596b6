import CGSL
import Foundation
import Stochastics

/// A duration distribution (minutes) fitted to a sample: exponential, gamma and lognormal by
/// maximum likelihood, compared by AIC; for the best one the Kolmogorov–Smirnov distance and a
/// parametric-bootstrap p-value (the KS distance of samples drawn from the fitted distribution
/// and refitted, because the textbook KS p-value is wrong when the parameters come from the same
/// data). `empirical` when even the best has p < 0.01. Times of 0 or less are left out (counted).
public struct DurationFit: Codable, Sendable {
    /// The candidate families, all in minutes.
    public enum Family: String, Codable, Sendable, CaseIterable { case exponential, gamma, lognormal }

    /// One family's maximum-likelihood fit.
    public struct Candidate: Codable, Sendable {
        public let family: Family
        /// The parameters: exponential (mean), gamma (shape, scale), lognormal (zeta, sigma).
        public let parameters: [Double]
        public let logLikelihood: Double
        public let aic: Double
        public let ksDistance: Double
    }

    /// Positive values fitted (all of them, also when the figures below come from a sample).
    public let count: Int
    public let nonPositive: Int
    public let sampleMean: Double
    public let candidates: [Candidate]
    public let best: Family
    /// The bootstrap p-value of the best family's KS distance.
    public let pValue: Double
    public let bootstrapDraws: Int
    /// Size of the sample the bootstrap test used (a seeded subsample of at most 5000).
    public let testSampleSize: Int
    /// The mean and sd of the best family (the empirical ones when `empirical`), with intervals.
    public let mean: Interval
    public let sd: Interval
    public let empirical: Bool
    /// 100 quantiles of the sample (at (i − 0.5)/100), for `empirical` and the report.
    public let quantiles: [Double]
    /// Present when there were more than `DurationSample.limit` values: the parameters, the
    /// log-likelihoods, the mean and sd are exact, the named figures from a reservoir sample.
    public let sample: SampleNote?

    /// Which figures come from a sample of how many of the values.
    public struct SampleNote: Codable, Sendable {
        public let size: Int
        public let of: Int
        public let figures: String
    }

    static let draws = 200
    static let testLimit = 5_000

    /// Fits `values` (minutes); nil when fewer than 2 are positive. `seed` makes the bootstrap
    /// reproducible.
    public init?(_ values: [Double], seed: UInt32) {
        var sample = DurationSample(seed: seed &+ Self.reservoirSeed)
        for value in values { sample.add(value) }
        self.init(sample, seed: seed)
    }

    /// Added to a fit's seed for its reservoir's stream, apart from the bootstrap's.
    public static let reservoirSeed: UInt32 = 1_000_003

    /// Fits a stream's sample (see `DurationSample`); nil when fewer than 2 values are positive.
    public init?(_ sample: DurationSample, seed: UInt32) {
        let positive = sample.values.sorted()
        guard sample.positive >= 2, let stream = RandomStream(seed: seed) else { return nil }
        let count = sample.positive
        self.count = count
        nonPositive = sample.nonPositive
        let exact = sample.isSampled
            ? Moments(n: Double(count), mean: sample.mean, meanLog: sample.meanLog, varianceLog: sample.squaresLog / Double(count))
            : Self.moments(positive)
        self.sample = sample.isSampled
            ? SampleNote(size: positive.count, of: count, figures: "ks_distance, p_value, quantiles, the intervals' bootstrap") : nil
        sampleMean = exact.mean
        quantiles = (0..<100).map { positive[min(positive.count - 1, Int((Double($0) + 0.5) / 100 * Double(positive.count)))] }
        let candidates = Family.allCases.map { Self.fit($0, exact, ksSample: positive) }
        self.candidates = candidates
        let bestCandidate = candidates.min { $0.aic < $1.aic }!
        let best = bestCandidate.family
        self.best = best
        let test = Self.subsample(positive, limit: Self.testLimit, stream: stream)
        testSampleSize = test.count
        let observed = Self.fit(best, sorted: test).ksDistance
        var above = 0
        var means: [Double] = [], sds: [Double] = []
        for _ in 0..<Self.draws {
            let draw = (0..<test.count).map { _ in Self.sample(bestCandidate, stream) }.sorted()
            let refit = Self.fit(best, sorted: draw)
            if refit.ksDistance >= observed { above += 1 }
            let (m, s) = Self.moments(refit)
            means.append(m)
            sds.append(s)
        }
        bootstrapDraws = Self.draws
        pValue = Double(above + 1) / Double(Self.draws + 1)
        empirical = pValue < 0.01
        let (m, s) = !empirical ? Self.moments(bestCandidate)
            : sample.isSampled ? (sample.mean, (sample.squares / Double(count - 1)).squareRoot()) : Self.sampleMoments(positive)
        // Percentile intervals of the bootstrap, rescaled from the test sample's size to the
        // whole sample's (spread ∝ 1/√n).
        let scale = (Double(test.count) / Double(count)).squareRoot()
        func interval(_ estimate: Double, _ draws: [Double]) -> Interval {
            let sorted = draws.sorted()
            let lo = sorted[Int(0.025 * Double(sorted.count))], hi = sorted[Int(0.975 * Double(sorted.count)) - 1]
            let mid = sorted[sorted.count / 2]
            return Interval(estimate, estimate - (mid - lo) * scale, estimate + (hi - mid) * scale)
        }
        mean = interval(m, means)
        sd = interval(s, sds)
    }

    /// What the maximum-likelihood fits need of the positive values: their number, mean, and the
    /// mean and (1/n) variance of their logarithms.
    struct Moments {
        let n: Double
        let mean: Double
        let meanLog: Double
        let varianceLog: Double
    }

    /// The moments of a whole sample, summed in its (sorted) order.
    static func moments(_ x: [Double]) -> Moments {
        let n = Double(x.count)
        let logs = x.map { Foundation.log($0) }
        let meanLog = logs.reduce(0, +) / n
        return Moments(n: n, mean: x.reduce(0, +) / n, meanLog: meanLog,
                       varianceLog: logs.reduce(0) { $0 + ($1 - meanLog) * ($1 - meanLog) } / n)
    }

    /// The maximum-likelihood fit of `family` to a sorted positive sample, with its KS distance.
    static func fit(_ family: Family, sorted x: [Double]) -> Candidate { fit(family, moments(x), ksSample: x) }

    /// The maximum-likelihood fit of `family` from the moments `m`, with its KS distance from the
    /// sorted positive sample `x` (the whole sample, or a sample of it).
    static func fit(_ family: Family, _ m: Moments, ksSample x: [Double]) -> Candidate {
        let n = m.n, mean = m.mean, meanLog = m.meanLog
        let sumLog = meanLog * n
        let parameters: [Double]
        let logLikelihood: Double
        switch family {
        case .exponential:
            parameters = [mean]
            logLikelihood = -n * Foundation.log(mean) - n
        case .gamma:
            let shape = gammaShape(s: Foundation.log(mean) - meanLog)
            let scale = mean / shape
            parameters = [shape, scale]
            logLikelihood = (shape - 1) * sumLog - n * mean / scale - n * shape * Foundation.log(scale) - n * gsl_sf_lngamma(shape)
        case .lognormal:
            let variance = m.varianceLog
            let sigma = max(variance.squareRoot(), 1e-12)
            parameters = [meanLog, sigma]
            logLikelihood = -sumLog - n * Foundation.log(sigma) - n * 0.5 * Foundation.log(2 * Double.pi) - n * variance / (2 * sigma * sigma)
        }
        let k = Double(parameters.count)
        var distance = 0.0
        let size = Double(x.count)
        for (i, value) in x.enumerated() {
            let f = cdf(family, parameters, value)
            distance = max(distance, Double(i + 1) / size - f, f - Double(i) / size)
        }
        return Candidate(family: family, parameters: parameters, logLikelihood: logLikelihood,
                         aic: 2 * k - 2 * logLikelihood, ksDistance: distance)
    }

    /// The gamma shape k with log k − ψ(k) = s (s = log mean − mean log > 0), by Newton's method
    /// from Minka's starting value (GSL's digamma and trigamma).
    public static func gammaShape(s: Double) -> Double {
        guard s > 1e-12 else { return 1e12 }
        var k = (3 - s + ((s - 3) * (s - 3) + 24 * s).squareRoot()) / (12 * s)
        for _ in 0..<50 {
            let f = Foundation.log(k) - gsl_sf_psi(k) - s
            let derivative = 1 / k - gsl_sf_psi_1(k)
            let next = k - f / derivative
            let bounded = next > 0 ? next : k / 2
            if abs(bounded - k) < 1e-12 * k { return bounded }
            k = bounded
        }
        return k
    }

    static func cdf(_ family: Family, _ p: [Double], _ x: Double) -> Double {
        switch family {
        case .exponential: gsl_cdf_exponential_P(x, p[0])
        case .gamma: gsl_cdf_gamma_P(x, p[0], p[1])
        case .lognormal: gsl_cdf_lognormal_P(x, p[0], p[1])
        }
    }

    /// The quantile of a fitted candidate at probability `u` (for the QQ plot).
    public func quantile(_ family: Family, _ u: Double) -> Double {
        guard let c = candidates.first(where: { $0.family == family }) else { return .nan }
        switch family {
        case .exponential: return gsl_cdf_exponential_Pinv(u, c.parameters[0])
        case .gamma: return gsl_cdf_gamma_Pinv(u, c.parameters[0], c.parameters[1])
        case .lognormal: return gsl_cdf_lognormal_Pinv(u, c.parameters[0], c.parameters[1])
        }
    }

    static func sample(_ c: Candidate, _ stream: RandomStream) -> Double {
        switch c.family {
        case .exponential: stream.exponential(mean: c.parameters[0])
        case .gamma: stream.gamma(shape: c.parameters[0], scale: c.parameters[1])
        case .lognormal: stream.lognormal(zeta: c.parameters[0], sigma: c.parameters[1])
        }
    }

    /// Mean and standard deviation of a fitted candidate.
    static func moments(_ c: Candidate) -> (Double, Double) {
        switch c.family {
        case .exponential: return (c.parameters[0], c.parameters[0])
        case .gamma: return (c.parameters[0] * c.parameters[1], c.parameters[0].squareRoot() * c.parameters[1])
        case .lognormal:
            let s2 = c.parameters[1] * c.parameters[1]
            let mean = Foundation.exp(c.parameters[0] + s2 / 2)
            return (mean, mean * (Foundation.exp(s2) - 1).squareRoot())
        }
    }

    static func sampleMoments(_ x: [Double]) -> (Double, Double) {
        let n = Double(x.count), mean = x.reduce(0, +) / n
        return (mean, (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot())
    }

    /// A seeded random subsample of at most `limit` values, sorted.
    static func subsample(_ x: [Double], limit: Int, stream: RandomStream) -> [Double] {
        guard x.count > limit else { return x }
        var copy = x
        for i in 0..<limit { copy.swapAt(i, i + stream.index(below: copy.count - i)) }
        return Array(copy[0..<limit]).sorted()
    }
}
