import Foundation
import Testing
import Stochastics

/// The exact q-quantile of a sample in the histogram's convention: the k-th smallest value with
/// k = ⌈q·n⌉ (the first value at which the cumulative count reaches q·n).
private func exactQuantile(_ sorted: [Double], _ q: Double) -> Double {
    let k = max(1, Int((q * Double(sorted.count)).rounded(.up)))
    return sorted[k - 1]
}

@Suite("WaitHistogram")
struct WaitHistogramTests {
    /// The histogram's answer and the exact order statistic lie in the same geometric bin
    /// [b, 1.01·b), so they differ by less than 1% of the exact value (the bin growth).
    @Test("quantiles of 100k exponential waits agree with the sorted sample within 1%")
    func quantilesWithinBinGrowth() {
        let sample = draws(100_000, seed: 2018) { $0.exponential(mean: 5) }
        let histogram = WaitHistogram()
        sample.forEach(histogram.record)
        let sorted = sample.sorted()
        for q in [0.01, 0.1, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999] {
            let exact = exactQuantile(sorted, q)
            guard let estimate = histogram.quantile(q) else { Issue.record("nil quantile"); continue }
            #expect(abs(estimate - exact) <= 0.01 * exact * (1 + 1e-9), "q \(q): \(estimate) vs \(exact)")
        }
        #expect(histogram.total == 100_000)
        #expect(histogram.zeros == 0)
    }

    @Test("quantiles are non-decreasing in q")
    func monotone() {
        let histogram = WaitHistogram()
        draws(10_000, seed: 5) { $0.exponential(mean: 30) }.forEach(histogram.record)
        let qs = stride(from: 0.0, through: 1.0, by: 0.01).map { histogram.quantile($0)! }
        #expect(zip(qs, qs.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test("maximum is exact and is the 1-quantile")
    func maximumExact() {
        let sample = draws(50_000, seed: 4) { $0.lognormal(zeta: 2, sigma: 1) }
        let histogram = WaitHistogram()
        sample.forEach(histogram.record)
        let top = sample.max()!
        #expect(histogram.maximum == top)
        #expect(close(histogram.quantile(1)!, top))
    }

    /// 70% exact zeros: p50 and p70 are 0 (rank ≤ number of zeros), p90 is positive and agrees
    /// with the sorted sample within the bin growth.
    @Test("exact zeros are counted apart")
    func zeros() throws {
        let stream = try #require(RandomStream(seed: 12))
        var sample: [Double] = []
        for i in 0..<100_000 { sample.append(i % 10 < 7 ? 0 : stream.exponential(mean: 20)) }
        let histogram = WaitHistogram()
        sample.forEach(histogram.record)
        #expect(histogram.zeros == 70_000)
        #expect(histogram.quantile(0.5) == 0)
        #expect(histogram.quantile(0.7) == 0)
        let p90 = try #require(histogram.quantile(0.9))
        let exact = exactQuantile(sample.sorted(), 0.9)
        #expect(p90 > 0)
        #expect(abs(p90 - exact) <= 0.01 * exact * (1 + 1e-9))
    }

    @Test("an empty histogram has no quantiles")
    func empty() {
        let histogram = WaitHistogram()
        #expect(histogram.quantile(0.5) == nil)
        #expect(histogram.quantile(1) == nil)
        #expect(histogram.total == 0)
        #expect(histogram.maximum == 0)
    }

    /// GSL drops values outside its ranges silently; the overflow bin must keep them.
    @Test("waits beyond the ceiling and below the floor are kept")
    func outerBins() {
        let histogram = WaitHistogram(floor: 0.01, ceiling: 100, growth: 1.01)
        for _ in 0..<9 { histogram.record(1) }
        histogram.record(5_000)  // far beyond the ceiling
        #expect(histogram.total == 10)
        #expect(histogram.quantile(1) == 5_000)
        #expect(histogram.quantile(0.95)! > 100)

        let small = WaitHistogram(floor: 0.01, ceiling: 100, growth: 1.01)
        for _ in 0..<10 { small.record(0.004) }  // below the floor: underflow bin [0, floor)
        let median = small.quantile(0.5)!
        #expect(median > 0 && median <= 0.004)
    }

    @Test("reset empties the histogram")
    func resetEmpties() {
        let histogram = WaitHistogram()
        [0, 3, 7, 0, 12].forEach(histogram.record)
        histogram.reset()
        #expect(histogram.total == 0 && histogram.zeros == 0 && histogram.maximum == 0)
        #expect(histogram.quantile(0.5) == nil)
        [2, 4].forEach(histogram.record)
        #expect(histogram.maximum == 4)
        #expect(histogram.quantile(1) == 4)
        #expect(histogram.quantile(0.5)! <= 2 * 1.01)
    }
}
