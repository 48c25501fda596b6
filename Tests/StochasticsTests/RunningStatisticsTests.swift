import Foundation
import Testing
import Stochastics

@Suite("RunningStatistics and Estimate")
struct RunningStatisticsTests {
    static let ten: [Double] = [4.1, 5.3, 3.9, 6.2, 5.0, 4.7, 5.8, 4.4, 5.1, 6.0]

    /// Textbook: mean, sample sd with n − 1, half-width t(0.975, 9)·sd/√n with t from the tables.
    @Test("mean and 95% interval of 10 values equal the textbook formula")
    func textbookInterval() throws {
        let stats = RunningStatistics()
        Self.ten.forEach { stats.add($0) }
        let n = Double(Self.ten.count)
        let mean = Self.ten.reduce(0, +) / n
        let sd = (Self.ten.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        let half = 2.262157162 * sd / n.squareRoot()
        let e = stats.estimate
        #expect(stats.count == 10)
        #expect(close(try #require(e.mean), mean))
        #expect(close(try #require(e.ci95Low), mean - half, relative: 1e-8))
        #expect(close(try #require(e.ci95High), mean + half, relative: 1e-8))
        #expect(close(try #require(e.halfWidth), half, relative: 1e-8))
    }

    @Test("nil and non-finite values are skipped")
    func skipsMissing() {
        let plain = RunningStatistics(), holes = RunningStatistics()
        Self.ten.forEach { plain.add($0) }
        for (i, v) in Self.ten.enumerated() {
            if i % 3 == 0 { holes.add(nil); holes.add(.nan); holes.add(.infinity) }
            holes.add(v)
        }
        #expect(holes.count == 10)
        #expect(holes.estimate == plain.estimate)
    }

    @Test("one value: a mean and no interval; none: nothing")
    func smallCounts() {
        let one = RunningStatistics()
        one.add(3.5)
        #expect(one.estimate.mean == 3.5)
        #expect(one.estimate.ci95Low == nil && one.estimate.ci95High == nil)
        #expect(one.estimate.halfWidth == nil)
        let none = RunningStatistics()
        none.add(nil)
        #expect(none.count == 0)
        #expect(none.estimate == Estimate(mean: nil, ci95Low: nil, ci95High: nil))
    }

    /// Two-sided 95% Student-t quantiles t(0.975, df) from the tables.
    @Test("the t quantile matches the tables",
          arguments: [(1, 12.706204736), (2, 4.302652730), (4, 2.776445105), (9, 2.262157163),
                      (19, 2.093024054), (29, 2.045229642), (99, 1.984216952)])
    func tQuantile(_ row: (df: Int, t: Double)) {
        // sd = 1 and count = df + 1: half-width·√count is the quantile itself
        let half = StudentT.halfWidth95(sd: 1, count: row.df + 1)
        #expect(close(half * Double(row.df + 1).squareRoot(), row.t, relative: 1e-9))
    }

    @Test("equal values give a zero-width interval")
    func zeroWidth() {
        let stats = RunningStatistics()
        for _ in 0..<5 { stats.add(2) }
        #expect(stats.estimate == Estimate(mean: 2, ci95Low: 2, ci95High: 2))
    }

    @Test("Estimate encodes with the documented keys")
    func codingKeys() throws {
        let json = try JSONEncoder().encode(Estimate(mean: 1, ci95Low: 0.5, ci95High: 1.5))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Double])
        #expect(object == ["mean": 1, "ci95_low": 0.5, "ci95_high": 1.5])
    }
}
