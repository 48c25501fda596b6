import CGSL
import Foundation

/// A histogram of waiting times (minutes) for quantiles: exact zeros are counted apart (most
/// messages often start at once), positive values go into geometric bins of GSL's
/// `gsl_histogram` from `floor` up to `ceiling`, with an underflow bin below and an overflow bin
/// above (GSL drops out-of-range values silently, so the outer bins reach 0 and +∞).
/// Quantiles interpolate linearly inside a bin: relative error below (growth − 1).
public final class WaitHistogram {
    fileprivate let histogram: UnsafeMutablePointer<gsl_histogram>
    /// Number of exact zeros recorded.
    public fileprivate(set) var zeros: Double = 0
    /// Number of values recorded (zeros included).
    public fileprivate(set) var total: Double = 0
    /// Largest value recorded (0 when empty).
    public fileprivate(set) var maximum: Double = 0

    /// Geometric bins from `floor` to `ceiling` minutes, each `growth` times the previous.
    public init(floor: Double = 0.01, ceiling: Double = 40_320, growth: Double = 1.01) {
        _ = GSLRuntime.ready
        let inner = Int((log(ceiling / floor) / log(growth)).rounded(.up))
        var ranges = [0.0]
        ranges.reserveCapacity(inner + 3)
        for i in 0...inner { ranges.append(floor * pow(growth, Double(i))) }
        ranges.append(Double.greatestFiniteMagnitude)
        guard let histogram = gsl_histogram_alloc(ranges.count - 1),
              gsl_histogram_set_ranges(histogram, ranges, ranges.count) == GSL_SUCCESS
        else { fatalError("GSL could not allocate a histogram of \(ranges.count) ranges") }
        self.histogram = histogram
    }

    deinit { gsl_histogram_free(histogram) }

    /// Records one wait (minutes, ≥ 0).
    @inline(__always) public func record(_ wait: Double) {
        total += 1
        if wait <= 0 { zeros += 1; return }
        if wait > maximum { maximum = wait }
        _ = gsl_histogram_increment(histogram, wait)
    }

    /// The q-quantile (0 ≤ q ≤ 1) of what was recorded, or nil when empty.
    public func quantile(_ q: Double) -> Double? {
        guard total > 0 else { return nil }
        let rank = q * total
        if rank <= zeros { return 0 }
        var cumulative = zeros
        let bins = gsl_histogram_bins(histogram)
        for i in 0..<bins {
            let count = gsl_histogram_get(histogram, i)
            if count > 0 && cumulative + count >= rank {
                var lower = 0.0, upper = 0.0
                _ = gsl_histogram_get_range(histogram, i, &lower, &upper)
                upper = min(upper, maximum)
                lower = min(lower, upper)
                return lower + (upper - lower) * (rank - cumulative) / count
            }
            cumulative += count
        }
        return maximum
    }
}

extension WaitHistogram {
    /// Empties the histogram for reuse.
    public func reset() {
        gsl_histogram_reset(histogram)
        zeros = 0
        total = 0
        maximum = 0
    }
}
