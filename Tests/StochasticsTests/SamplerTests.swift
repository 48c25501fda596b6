import Foundation
import Testing
import Stochastics

/// The fourth central moment μ4 of a distribution, from textbook formulas (independent of the
/// code under test), for the standard error of the sample variance.
private func fourthCentralMoment(_ d: Distribution) -> Double {
    switch d {
    case .exponential(let mean):
        return 9 * pow(mean, 4)  // excess kurtosis 6
    case .gamma(let mean, let sd):
        let shape = mean * mean / (sd * sd)
        return pow(sd, 4) * (3 + 6 / shape)  // excess kurtosis 6/k
    case .lognormal(let mean, let sd):
        let w = 1 + sd * sd / (mean * mean)  // w = exp(σ²) of the underlying normal
        return pow(sd, 4) * (pow(w, 4) + 2 * pow(w, 3) + 3 * w * w - 3)  // kurtosis = excess + 3
    case .deterministic:
        return 0
    case .empirical(let values):
        let m = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + pow($1 - m, 4) } / Double(values.count)
    }
}

@Suite("Sampler and Distribution")
struct SamplerTests {
    static let random: [Distribution] = [
        .exponential(mean: 5),
        .lognormal(mean: 12, sd: 8),
        .lognormal(mean: 8, sd: 12),
        .gamma(mean: 10, sd: 5),
        .gamma(mean: 3, sd: 6),  // shape 0.25 < 1: GSL's other algorithm
        .empirical(values: [1, 2, 4, 10]),
    ]

    /// Sample mean within 4 standard errors of Distribution.mean (s.e. = σ/√n with σ² from
    /// Distribution.squaredCV), and the sample variance within 5 standard errors of
    /// squaredCV·mean², where s.e.(s²)² = μ4/n − σ⁴(n−3)/(n(n−1)) is the exact variance of the
    /// sample variance. The normal approximation for s² needs n much larger than the kurtosis:
    /// the heaviest case here (lognormal cv 1.5) has kurtosis ≈ 210 against n = 200 000, and
    /// 5 s.e. leaves room for the remaining skew. A wrong parameter conversion (e.g. lognormal
    /// ζ = ln mean without −σ²/2, or gamma scale and shape swapped) is off by tens of s.e.
    @Test("sample mean and variance match the distribution", arguments: random)
    func momentsMatch(_ distribution: Distribution) {
        let n = 200_000
        let sampler = Sampler(distribution)
        let m = SampleMoments(draws(n, seed: 42) { sampler.sample($0) })
        let mean = distribution.mean
        let variance = distribution.squaredCV * mean * mean
        let nd = Double(n)
        #expect(abs(m.mean - mean) < 4 * (variance / nd).squareRoot(), "mean \(m.mean) vs \(mean)")
        let mu4 = fourthCentralMoment(distribution)
        let varianceOfVariance = mu4 / nd - variance * variance * (nd - 3) / (nd * (nd - 1))
        #expect(abs(m.variance - variance) < 5 * varianceOfVariance.squareRoot(),
                "variance \(m.variance) vs \(variance)")
    }

    @Test("draws are positive for the continuous forms", arguments: random.filter {
        if case .empirical = $0 { false } else { true }
    })
    func drawsPositive(_ distribution: Distribution) {
        let sampler = Sampler(distribution)
        #expect(draws(10_000, seed: 9) { sampler.sample($0) }.allSatisfy { $0 > 0 })
    }

    @Test("deterministic, and lognormal/gamma with sd 0, return the value exactly",
          arguments: [Distribution.deterministic(value: 7.25), .lognormal(mean: 7.25, sd: 0),
                      .gamma(mean: 7.25, sd: 0), .empirical(values: [7.25])])
    func constantForms(_ distribution: Distribution) {
        let sampler = Sampler(distribution)
        #expect(draws(1000, seed: 1) { sampler.sample($0) }.allSatisfy { $0 == 7.25 })
        #expect(distribution.mean == 7.25)
        #expect(distribution.squaredCV == 0)
    }

    /// Each listed value is equally likely: counts within 4 binomial standard errors of n/k,
    /// and nothing else is ever drawn.
    @Test("empirical draws only the listed values, each equally often")
    func empiricalFrequencies() {
        let values: [Double] = [1, 2, 4, 10]
        let sampler = Sampler(.empirical(values: values))
        let n = 40_000
        let x = draws(n, seed: 8) { sampler.sample($0) }
        #expect(x.allSatisfy { values.contains($0) })
        let p = 1 / Double(values.count)
        let se = (Double(n) * p * (1 - p)).squareRoot()
        for v in values {
            #expect(abs(Double(x.filter { $0 == v }.count) - Double(n) * p) < 4 * se)
        }
    }

    @Test("Distribution.mean and squaredCV of the parametric forms are the given parameters")
    func closedForms() {
        #expect(Distribution.exponential(mean: 5).mean == 5)
        #expect(Distribution.exponential(mean: 5).squaredCV == 1)
        #expect(Distribution.lognormal(mean: 12, sd: 8).mean == 12)
        #expect(close(Distribution.lognormal(mean: 12, sd: 8).squaredCV, 64.0 / 144))
        #expect(close(Distribution.gamma(mean: 3, sd: 6).squaredCV, 4))
        // empirical: the population variance of the listed values (each equally likely)
        let e = Distribution.empirical(values: [1, 2, 4, 10])
        #expect(close(e.mean, 4.25))
        #expect(close(e.squaredCV, 12.1875 / (4.25 * 4.25)))
    }

    @Test("a sampler is a pure function of its stream: same seed, same draws")
    func reproducible() {
        for d in Self.random {
            let s = Sampler(d)
            #expect(draws(100, seed: 77) { s.sample($0) } == draws(100, seed: 77) { s.sample($0) })
        }
    }
}
