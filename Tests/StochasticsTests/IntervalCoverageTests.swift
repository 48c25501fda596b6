import Foundation
import Stochastics
import Testing

/// The range-respecting intervals of `IntervalScale`: their exact formulas and degenerate
/// cases, the read-back of the Student-t half-width, and their coverage of a known true mean
/// when replicate values are drawn from known positive distributions (GSL streams).
@Suite("IntervalScale")
struct IntervalCoverageTests {
    static let ten: [Double] = [4.1, 5.3, 3.9, 6.2, 5.0, 4.7, 5.8, 4.4, 5.1, 6.0]

    static func estimate(_ values: [Double], _ scale: IntervalScale) -> Estimate {
        let stats = RunningStatistics()
        values.forEach { stats.add($0) }
        return stats.estimate(on: scale)
    }

    @Test("log scale: mean·exp(±h/mean) with h the t half-width; the half-width reads back")
    func logScaleFormula() throws {
        let moments = SampleMoments(Self.ten)
        let half = 2.262157162 * moments.variance.squareRoot() / 10.0.squareRoot()
        let e = Self.estimate(Self.ten, .nonNegative)
        #expect(close(try #require(e.ci95Low), moments.mean * exp(-half / moments.mean), relative: 1e-8))
        #expect(close(try #require(e.ci95High), moments.mean * exp(half / moments.mean), relative: 1e-8))
        #expect(close(try #require(e.studentHalfWidth(on: .nonNegative)), half, relative: 1e-8))
    }

    @Test("logit scale: logistic(logit p ± h/(p(1−p))); the half-width reads back")
    func logitScaleFormula() throws {
        let shares = Self.ten.map { $0 / 10 }
        let moments = SampleMoments(shares)
        let p = moments.mean
        let half = 2.262157162 * moments.variance.squareRoot() / 10.0.squareRoot()
        let logit = log(p / (1 - p)), width = half / (p * (1 - p))
        let e = Self.estimate(shares, .unitInterval)
        #expect(close(try #require(e.ci95Low), 1 / (1 + exp(-(logit - width))), relative: 1e-8))
        #expect(close(try #require(e.ci95High), 1 / (1 + exp(-(logit + width))), relative: 1e-8))
        #expect(close(try #require(e.studentHalfWidth(on: .unitInterval)), half, relative: 1e-8))
    }

    @Test("degenerate cases: all zero gives [0, 0], all one [1, 1], no spread [m, m]")
    func degenerateCases() {
        let zeros = [Double](repeating: 0, count: 20), ones = [Double](repeating: 1, count: 20)
        #expect(Self.estimate(zeros, .nonNegative) == Estimate(mean: 0, ci95Low: 0, ci95High: 0))
        #expect(Self.estimate(zeros, .unitInterval) == Estimate(mean: 0, ci95Low: 0, ci95High: 0))
        #expect(Self.estimate(ones, .unitInterval) == Estimate(mean: 1, ci95Low: 1, ci95High: 1))
        let flat = [Double](repeating: 3.25, count: 5)
        #expect(Self.estimate(flat, .nonNegative) == Estimate(mean: 3.25, ci95Low: 3.25, ci95High: 3.25))
    }

    @Test("a skewed sample whose t interval goes below 0 gets a positive log-scale interval")
    func skewedSampleStaysPositive() throws {
        let values: [Double] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 40]
        #expect(try #require(Self.estimate(values, .unbounded).ci95Low) < 0)
        let low = try #require(Self.estimate(values, .nonNegative).ci95Low)
        #expect(low > 0 && low < 4)
    }

    /// One known distribution of replicate values and its true mean.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let scale: IntervalScale
        let truth: Double
        /// Moderately skewed (cv ≤ 0.7): held to 95% within the stated allowance.
        let moderate: Bool
        let draw: @Sendable (RandomStream) -> Double
        var testDescription: String { name }
    }

    /// Beta(a, b) as G₁/(G₁ + G₂) with G₁ ~ Gamma(a), G₂ ~ Gamma(b): an exact construction.
    static func beta(_ a: Double, _ b: Double) -> @Sendable (RandomStream) -> Double {
        { stream in
            let x = stream.gamma(shape: a, scale: 1), y = stream.gamma(shape: b, scale: 1)
            return x / (x + y)
        }
    }

    static let cases: [Case] = [
        Case(name: "gamma(shape 4), cv 0.5", scale: .nonNegative, truth: 4, moderate: true) { $0.gamma(shape: 4, scale: 1) },
        Case(name: "lognormal(σ 0.5), cv 0.53", scale: .nonNegative, truth: exp(0.125), moderate: true) {
            $0.lognormal(zeta: 0, sigma: 0.5)
        },
        Case(name: "beta(2, 5), share near 0.29", scale: .unitInterval, truth: 2.0 / 7, moderate: true, draw: beta(2, 5)),
        Case(name: "beta(50, 2), share near 0.96", scale: .unitInterval, truth: 50.0 / 52, moderate: true, draw: beta(50, 2)),
        Case(name: "beta(1, 20), share near 0.05", scale: .unitInterval, truth: 1.0 / 21, moderate: true, draw: beta(1, 20)),
        Case(name: "exponential, cv 1", scale: .nonNegative, truth: 1, moderate: false) { $0.exponential(mean: 1) },
    ]

    /// Sets of replicate values drawn per case and replication count.
    static let sets = 4_000

    /// The shipped scenarios run 20 and 100 replications. Over `sets` independent sets of n
    /// values the number of intervals covering the true mean is Binomial(sets, c); with
    /// c = 0.95 its standard error is √(0.95·0.05/4000) = 0.34 pp. The intervals are first-order
    /// (delta method), so their coverage error is O(1/n): the rule allows 1 pp below 95% for
    /// that, plus 3 binomial standard errors either way (a 0.3% chance of a false alarm per
    /// side). Every case, moderate or not, must also cover at least as often as the symmetric t
    /// interval on the same draws, up to 3 standard errors of the paired (McNemar) difference.
    @Test("coverage of the true mean at 20 and 100 replications", arguments: cases, [20, 100])
    func coverage(_ known: Case, replications n: Int) throws {
        let seed = UInt32(n * 1_000 + (Self.cases.firstIndex { $0.name == known.name } ?? 0))
        let stream = try #require(RandomStream(seed: seed))
        var covered = 0, onlyScaled = 0, onlyStudent = 0
        for _ in 0..<Self.sets {
            let values = (0..<n).map { _ in known.draw(stream) }
            let scaled = Self.estimate(values, known.scale), student = Self.estimate(values, .unbounded)
            let a = try Self.covers(scaled, known.truth), b = try Self.covers(student, known.truth)
            #expect(try #require(scaled.ci95Low) >= 0)
            if known.scale == .unitInterval { #expect(try #require(scaled.ci95High) <= 1) }
            covered += a ? 1 : 0
            onlyScaled += a && !b ? 1 : 0
            onlyStudent += b && !a ? 1 : 0
        }
        let rate = Double(covered) / Double(Self.sets)
        let noise = 3 * (0.95 * 0.05 / Double(Self.sets)).squareRoot()
        if known.moderate {
            #expect(rate >= 0.95 - 0.01 - noise && rate <= 0.95 + noise, "\(known.name), n = \(n): coverage \(rate)")
        }
        let discordant = Double(onlyScaled + onlyStudent)
        #expect(Double(onlyScaled - onlyStudent) >= -3 * discordant.squareRoot(),
                "\(known.name), n = \(n): covers \(onlyScaled) sets the t interval misses, misses \(onlyStudent) it covers")
    }

    static func covers(_ estimate: Estimate, _ truth: Double) throws -> Bool {
        try #require(estimate.ci95Low) <= truth && truth <= (try #require(estimate.ci95High))
    }
}
