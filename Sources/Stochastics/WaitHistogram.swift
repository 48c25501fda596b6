import CGSL
import Foundation

/// A histogram of waiting times (minutes) for quantiles: exact zeros are counted apart (most
/// messages often start at once), positive values go into geometric bins of GSL's
/// `gsl_histogram` from `floor` up to `ceiling`, with an underflow bin below and an overflow bin
/// above (GSL drops out-of-range values silently, so the outer bins reach 0 and +∞).
/// Quantiles interpolate linearly inside a bin: relative error below (growth − 1).
///
/// GSL's histogram is the store. The bin of a value is found arithmetically (`GeometricBins`)
/// instead of by `gsl_histogram_increment`'s binary search, with the same result: the bin `i`
/// with range[i] ≤ x < range[i+1]. The counters live in raw memory, so recording a value does no
/// reference counting and no exclusivity check.
public final class WaitHistogram {
    /// Zeros, total and maximum of one histogram.
    public struct Counters {
        public var zeros = 0.0
        public var total = 0.0
        public var maximum = 0.0
    }

    @usableFromInline let histogram: UnsafeMutablePointer<gsl_histogram>
    @usableFromInline let counters: UnsafeMutablePointer<Counters>
    /// The bin layout, shared by every histogram built with it.
    public let bins: GeometricBins

    /// Number of exact zeros recorded.
    public var zeros: Double { counters.pointee.zeros }
    /// Number of values recorded (zeros included).
    public var total: Double { counters.pointee.total }
    /// Largest value recorded (0 when empty).
    public var maximum: Double { counters.pointee.maximum }

    /// Geometric bins from `floor` to `ceiling` minutes, each `growth` times the previous.
    public convenience init(floor: Double = 0.01, ceiling: Double = 40_320, growth: Double = 1.01) {
        self.init(bins: GeometricBins(floor: floor, ceiling: ceiling, growth: growth))
    }

    /// A histogram with the bins of `bins` (histograms of one layout share its lookup table).
    public init(bins: GeometricBins) {
        _ = GSLRuntime.ready
        let count = bins.ranges.count
        guard let histogram = gsl_histogram_alloc(count - 1),
              gsl_histogram_set_ranges(histogram, bins.ranges.baseAddress, count) == GSL_SUCCESS
        else { fatalError("GSL could not allocate a histogram of \(count) ranges") }
        self.histogram = histogram
        self.bins = bins
        counters = .allocate(capacity: 1)
        counters.initialize(to: Counters())
    }

    deinit {
        gsl_histogram_free(histogram)
        counters.deallocate()
    }

    /// The raw handle for recording on the hot path; valid while this histogram lives.
    @inlinable public var recorder: Recorder {
        Recorder(bins: histogram.pointee.bin, counters: counters)
    }

    /// Records one wait (minutes, ≥ 0).
    @inlinable @inline(__always) public func record(_ wait: Double) {
        recorder.record(wait, bin: wait > 0 ? bins.index(of: wait) : -1)
    }

    /// Records a positive wait (minutes) and the maximum, but not `total` and `zeros` (set at the
    /// end with `setCounts`), as `Recorder.recordPositive`.
    @inlinable public func recordPositive(_ wait: Double) {
        recorder.recordPositive(wait, bin: bins.index(of: wait))
    }

    /// The q-quantile (0 ≤ q ≤ 1) of what was recorded, or nil when empty.
    public func quantile(_ q: Double) -> Double? {
        let counters = counters.pointee
        guard counters.total > 0 else { return nil }
        let rank = q * counters.total
        if rank <= counters.zeros { return 0 }
        var cumulative = counters.zeros
        let h = histogram.pointee
        for i in 0..<h.n {
            let count = h.bin[i]
            if count > 0 && cumulative + count >= rank {
                var upper = h.range[i + 1]
                upper = min(upper, counters.maximum)
                let lower = min(h.range[i], upper)
                return lower + (upper - lower) * (rank - cumulative) / count
            }
            cumulative += count
        }
        return counters.maximum
    }
}

extension WaitHistogram {
    /// Empties the histogram for reuse.
    public func reset() {
        gsl_histogram_reset(histogram)
        counters.pointee = Counters()
    }

    /// Sets the number of values and of zeros, for values recorded with `Recorder.recordPositive`
    /// (zeros: values ≤ 0, recorded nowhere else).
    public func setCounts(total: Int, zeros: Int) {
        counters.pointee.total = Double(total)
        counters.pointee.zeros = Double(zeros)
    }

    /// Adds what `other` (with the same bins) recorded: bin counts, total, zeros and maximum.
    /// Counts are whole numbers, so the sum is exact whatever the order.
    public func add(_ other: WaitHistogram) {
        precondition(other.bins === bins, "only histograms with the same bins can be added")
        let source = other.histogram.pointee.bin!, target = histogram.pointee.bin!
        for i in 0..<histogram.pointee.n { target[i] += source[i] }
        counters.pointee.total += other.total
        counters.pointee.zeros += other.zeros
        counters.pointee.maximum = max(maximum, other.maximum)
    }

    /// Where one histogram's bins and counters are: a value to keep in a simulation's hot state.
    @frozen public struct Recorder {
        @usableFromInline let bins: UnsafeMutablePointer<Double>
        @usableFromInline let counters: UnsafeMutablePointer<Counters>

        @inlinable init(bins: UnsafeMutablePointer<Double>, counters: UnsafeMutablePointer<Counters>) {
            self.bins = bins
            self.counters = counters
        }

        /// Records a positive `wait` in bin `bin` (from `GeometricBins.index(of:)`; -1 for a
        /// value beyond the last edge) and keeps the maximum, but not `total` and `zeros`: a
        /// caller that counts those anyway sets them once at the end with `setCounts`.
        @inlinable @inline(__always) public func recordPositive(_ wait: Double, bin: Int) {
            if wait > counters.pointee.maximum { counters.pointee.maximum = wait }
            if bin >= 0 { bins[bin] += 1 }
        }

        /// Records `wait` whose bin is `bin` (from the histogram's `GeometricBins.index(of:)`;
        /// -1 for a wait ≤ 0, counted as a zero, or for a value GSL's ranges do not cover).
        @inlinable @inline(__always) public func record(_ wait: Double, bin: Int) {
            counters.pointee.total += 1
            if wait <= 0 {
                counters.pointee.zeros += 1
                return
            }
            if wait > counters.pointee.maximum { counters.pointee.maximum = wait }
            if bin >= 0 { bins[bin] += 1 }
        }
    }
}

/// The edges of geometric bins (0, floor, floor·g, …, floor·g^k ≥ ceiling, DBL_MAX) and a table
/// that finds a value's bin from the top bits of its IEEE representation (exponent and the
/// leading mantissa bits) plus at most a step or two along the edges: exact, and no binary search.
public final class GeometricBins: @unchecked Sendable {
    /// The bin edges, as given to GSL (immutable after init).
    public let ranges: UnsafeBufferPointer<Double>
    @usableFromInline let edges: UnsafePointer<Double>
    @usableFromInline let table: UnsafePointer<Int32>
    @usableFromInline let shift: UInt64
    @usableFromInline let firstKey: Int
    @usableFromInline let lastKey: Int
    /// Number of bins (ranges.count − 1).
    @usableFromInline let count: Int

    public init(floor: Double, ceiling: Double, growth: Double) {
        precondition(floor > 0 && ceiling > floor && growth > 1, "bins need 0 < floor < ceiling and growth > 1")
        let inner = Int((log(ceiling / floor) / log(growth)).rounded(.up))
        var ranges = [0.0]
        ranges.reserveCapacity(inner + 3)
        for i in 0...inner { ranges.append(floor * pow(growth, Double(i))) }
        ranges.append(Double.greatestFiniteMagnitude)
        let edges = UnsafeMutableBufferPointer<Double>.allocate(capacity: ranges.count)
        _ = edges.initialize(from: ranges)
        self.ranges = UnsafeBufferPointer(edges)
        self.edges = UnsafePointer(edges.baseAddress!)
        count = ranges.count - 1

        // 2^(1/2^m) ≤ growth: a table cell spans a ratio of at most one bin, so the walk along
        // the edges takes at most one step; m is capped to keep the table small.
        // The table is also kept below 2^16 cells (more steps for extreme layouts, same bins).
        var mantissaBits = min(12, max(0, Int((-log2(log2(growth))).rounded(.up))))
        func key(_ x: Double, _ bits: Int) -> Int { Int(x.bitPattern >> UInt64(52 - bits)) }
        while mantissaBits > 0 && key(ranges[ranges.count - 2], mantissaBits) - key(ranges[1], mantissaBits) >= 1 << 16 {
            mantissaBits -= 1
        }
        shift = UInt64(52 - mantissaBits)
        firstKey = key(ranges[1], mantissaBits)
        lastKey = key(ranges[ranges.count - 2], mantissaBits)
        let cells = UnsafeMutablePointer<Int32>.allocate(capacity: lastKey - firstKey + 1)
        var bin = 0
        for key in firstKey...lastKey {
            // the bin of the smallest value in this cell
            let lowest = Double(bitPattern: UInt64(key) << shift)
            while lowest >= ranges[bin + 1] { bin += 1 }
            cells[key - firstKey] = Int32(bin)
        }
        table = UnsafePointer(cells)
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: ranges).deallocate()
        table.deallocate()
    }

    /// The lookup as a value for a simulation's hot state; valid while these bins live.
    @inlinable public var lookup: BinLookup {
        BinLookup(edges: edges, table: table, shift: shift, firstKey: firstKey, lastKey: lastKey, count: count)
    }

    /// The bin of a value x > 0: see `BinLookup.index(of:)`.
    @inlinable @inline(__always) public func index(of x: Double) -> Int { lookup.index(of: x) }
}

/// The raw parts of `GeometricBins` that find a bin.
@frozen public struct BinLookup {
    @usableFromInline let edges: UnsafePointer<Double>
    @usableFromInline let table: UnsafePointer<Int32>
    @usableFromInline let shift: UInt64
    @usableFromInline let firstKey: Int
    @usableFromInline let lastKey: Int
    @usableFromInline let count: Int

    @inlinable init(edges: UnsafePointer<Double>, table: UnsafePointer<Int32>, shift: UInt64,
                    firstKey: Int, lastKey: Int, count: Int) {
        self.edges = edges
        self.table = table
        self.shift = shift
        self.firstKey = firstKey
        self.lastKey = lastKey
        self.count = count
    }

    /// The bin of a value x > 0: the i with edges[i] ≤ x < edges[i+1] (GSL's convention), or
    /// -1 when x is beyond the last edge (GSL would drop it).
    @inlinable @inline(__always) public func index(of x: Double) -> Int {
        let key = Int(truncatingIfNeeded: x.bitPattern &>> shift)  // shift is 40...52
        var i: Int
        if key < firstKey {
            i = 0
        } else if key <= lastKey {
            i = Int(table[key &- firstKey])
        } else {
            guard x < edges[count] else { return -1 }
            return count &- 1
        }
        // One step at most when the table is fine enough (taken without a branch), then a
        // loop that only coarse tables need.
        i &+= x >= edges[i &+ 1] ? 1 : 0
        while x >= edges[i &+ 1] { i &+= 1 }
        return i
    }
}
