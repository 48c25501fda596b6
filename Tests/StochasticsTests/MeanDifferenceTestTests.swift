import Foundation
import Stochastics
import Testing

@Suite("Welch's test from intervals, and Holm's rule")
struct MeanDifferenceTestTests {
    /// A side as a results file holds it: the mean and the half-width of its 95% interval.
    static func side(_ values: [Double]) -> (mean: Double, halfWidth: Double, count: Int) {
        let moments = SampleMoments(values)
        return (moments.mean, StudentT.halfWidth95(sd: moments.variance.squareRoot(), count: values.count), values.count)
    }

    /// The p-value worked back from the two intervals equals Welch's test on the raw values, as
    /// SciPy 1.x computes it (`scipy.stats.ttest_ind(a, b, equal_var=False)`), for the two
    /// examples of the Wikipedia article on Welch's t-test (equal and unequal sizes).
    @Test func matchesWelchOnTheRawValues() throws {
        let a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
        let a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]
        let p = try #require(MeanDifferenceTest.pValue(Self.side(a1), Self.side(a2)))
        #expect(close(p, 0.021378001462866992, relative: 1e-9))
        let b1 = [17.2, 20.9, 22.6, 18.1, 21.7, 21.4, 23.5, 24.2, 14.7, 21.8]
        let b2 = [21.5, 22.8, 21.0, 23.0, 21.6, 23.6, 22.5, 20.7, 23.4, 21.8, 20.7, 21.7, 21.5, 22.5, 23.6, 21.5,
                  22.5, 23.5, 21.5, 21.8]
        let q = try #require(MeanDifferenceTest.pValue(Self.side(b1), Self.side(b2)))
        #expect(close(q, 0.14884169660532817, relative: 1e-9))
        #expect(MeanDifferenceTest.pValue(Self.side(b2), Self.side(b1)) == q, "symmetric")
        #expect(MeanDifferenceTest.pValue((3, 1, 5), (3, 2, 8)) == 1, "equal means")
        #expect(MeanDifferenceTest.pValue((3, 0, 5), (4, 0, 8)) == nil, "no spread on either side")
    }

    /// Holm's rule on a worked example: p = 0.01, 0.04, 0.03, 0.005 at α = 0.05 compares
    /// 0.005 with 0.0125 (rejected), 0.01 with 0.0167 (rejected), 0.03 with 0.025 (stop).
    @Test func holmStepsDown() {
        #expect(MeanDifferenceTest.holmRejections([0.01, 0.04, 0.03, 0.005], alpha: 0.05) == [true, false, false, true])
        #expect(MeanDifferenceTest.holmRejections([0.04, 0.04], alpha: 0.05) == [false, false])
        #expect(MeanDifferenceTest.holmRejections([0.02, 0.025], alpha: 0.05) == [true, true])
        #expect(MeanDifferenceTest.holmRejections([], alpha: 0.05) == [])
    }

    /// The property the regression check relies on: when nothing changed, a family of tests
    /// raises any alarm at most α of the time. 4000 families of 20 pairs of independent normal
    /// samples (10 values each, drawn as logarithms of GSL lognormals); Holm at α = 0.05 must
    /// alarm in at most 5% of families (+ 3 s.e.), while testing each pair on its own at 5%
    /// alarms in most families (1 − 0.95²⁰ ≈ 64%).
    @Test(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
    func holmKeepsTheFamilyWiseRate() throws {
        let stream = try #require(RandomStream(seed: 2018))
        func sample() -> (mean: Double, halfWidth: Double, count: Int) {
            Self.side((0..<10).map { _ in log(stream.lognormal(zeta: 0, sigma: 1)) })
        }
        let families = 4000
        var alarms = 0, uncorrected = 0
        for _ in 0..<families {
            let pValues = (0..<20).map { _ in MeanDifferenceTest.pValue(sample(), sample()) ?? 1 }
            if MeanDifferenceTest.holmRejections(pValues, alpha: 0.05).contains(true) { alarms += 1 }
            if pValues.contains(where: { $0 <= 0.05 }) { uncorrected += 1 }
        }
        let rate = Double(alarms) / Double(families)
        #expect(rate <= 0.05 + 3 * (0.05 * 0.95 / Double(families)).squareRoot(), "family-wise rate \(rate)")
        let naive = Double(uncorrected) / Double(families)
        #expect(abs(naive - (1 - pow(0.95, 20))) < 4 * (0.64 * 0.36 / Double(families)).squareRoot(), "uncorrected rate \(naive)")
    }
}
