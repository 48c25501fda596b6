import CGSL
import Foundation
import Testing
import Stochastics

/// The arithmetic bin lookup must give exactly the bin GSL's own search gives
/// (`gsl_histogram_find`: range[i] ≤ x < range[i+1]), so histograms and quantiles are unchanged.
@Suite("GeometricBins")
struct GeometricBinsTests {
    /// GSL's answer for x, or -1 when x is outside the ranges.
    private func gslBin(_ histogram: UnsafeMutablePointer<gsl_histogram>, _ x: Double) -> Int {
        var index = 0
        return gsl_histogram_find(histogram, x, &index) == GSL_SUCCESS ? index : -1
    }

    private func gslHistogram(_ bins: GeometricBins) -> UnsafeMutablePointer<gsl_histogram> {
        let histogram = gsl_histogram_alloc(bins.ranges.count - 1)!
        _ = gsl_histogram_set_ranges(histogram, bins.ranges.baseAddress, bins.ranges.count)
        return histogram
    }

    @Test("every edge, its neighbours and random values land in GSL's bin", arguments: [1.01, 1.02, 1.1, 1.0005, 3.0])
    func matchesGSL(growth: Double) throws {
        _ = GSLRuntime.ready
        let bins = GeometricBins(floor: 0.01, ceiling: 40_320, growth: growth)
        let histogram = gslHistogram(bins)
        defer { gsl_histogram_free(histogram) }
        var values: [Double] = [Double.leastNonzeroMagnitude, 1e-300, 0.004, 1e6, 1e300, Double.greatestFiniteMagnitude.nextDown]
        for edge in bins.ranges.dropFirst().dropLast() {
            values += [edge, edge.nextUp, edge.nextDown, edge * (1 + 1e-12), edge * (1 - 1e-12)]
        }
        let stream = try #require(RandomStream(seed: 77))
        for _ in 0..<200_000 { values.append(exp(stream.uniform() * 30 - 12)) }  // 6e-6 ... 1.6e8
        var mismatches = 0
        for x in values where bins.index(of: x) != gslBin(histogram, x) { mismatches += 1 }
        #expect(mismatches == 0)
        #expect(bins.index(of: Double.greatestFiniteMagnitude) == -1)
        #expect(bins.index(of: .infinity) == -1)
    }

    @Test("recording by bin gives the same histogram as recording value by value")
    func recordPositiveAndCounts() throws {
        let bins = GeometricBins(floor: 0.01, ceiling: 40_320, growth: 1.01)
        let byValue = WaitHistogram(bins: bins)
        let byBin = WaitHistogram(bins: bins)
        let other = WaitHistogram(bins: bins)
        let stream = try #require(RandomStream(seed: 3))
        var zeros = 0, total = 0
        for i in 0..<50_000 {
            let wait = i % 4 == 0 ? 0 : stream.exponential(mean: 12)
            byValue.record(wait)
            total += 1
            if wait > 0 { byBin.recorder.recordPositive(wait, bin: bins.index(of: wait)) } else { zeros += 1 }
        }
        byBin.setCounts(total: total, zeros: zeros)
        for q in [0.1, 0.25, 0.5, 0.9, 0.99, 1] { #expect(byValue.quantile(q) == byBin.quantile(q)) }
        #expect(byValue.total == byBin.total && byValue.zeros == byBin.zeros && byValue.maximum == byBin.maximum)

        // Adding histograms: the sum of two halves equals one histogram of everything.
        let whole = WaitHistogram(bins: bins), half = WaitHistogram(bins: bins)
        for i in 0..<10_000 {
            let wait = stream.exponential(mean: 3)
            whole.record(wait)
            (i % 2 == 0 ? half : other).record(wait)
        }
        half.add(other)
        #expect(half.total == whole.total && half.maximum == whole.maximum)
        for q in [0.05, 0.5, 0.95, 1] { #expect(half.quantile(q) == whole.quantile(q)) }
    }
}
