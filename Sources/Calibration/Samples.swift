import Foundation
import Stochastics

/// A stream of durations (minutes) reduced to what `DurationFit` needs, in memory that does not
/// grow with the stream: the exact count, mean and variance of the positive values and of their
/// logarithms (Welford's updates: the sufficient statistics of the three families' maximum
/// likelihood), and the values themselves while there are at most `limit`, then a uniform
/// reservoir of `limit` of them (Vitter's algorithm R, drawn from a seeded GSL stream: the same
/// input gives the same sample) for the KS distance, the bootstrap and the quantiles.
public struct DurationSample {
    /// Values kept at most: 50,000 (400 kB).
    public static let limit = 50_000

    /// The positive values, all of them while `positive <= limit`, else the reservoir.
    public private(set) var values: [Double] = []
    public private(set) var positive = 0
    public private(set) var nonPositive = 0
    private(set) var mean = 0.0, squares = 0.0
    private(set) var meanLog = 0.0, squaresLog = 0.0
    private let seed: UInt32
    private var stream: RandomStream?

    /// `seed` makes the reservoir reproducible.
    public init(seed: UInt32) { self.seed = seed }

    /// Every value added.
    public var count: Int { positive + nonPositive }

    /// Whether `values` is a sample of the positive values rather than all of them.
    public var isSampled: Bool { positive > Self.limit }

    public mutating func add(_ x: Double) {
        guard x > 0 && x.isFinite else {
            nonPositive += 1
            return
        }
        positive += 1
        let n = Double(positive), log = Foundation.log(x)
        let d = x - mean
        mean += d / n
        squares += d * (x - mean)
        let dl = log - meanLog
        meanLog += dl / n
        squaresLog += dl * (log - meanLog)
        if values.count < Self.limit {
            values.append(x)
            return
        }
        if stream == nil { stream = RandomStream(seed: seed) }
        let slot = stream?.index(below: positive) ?? positive
        if slot < Self.limit { values[slot] = x }
    }
}

/// A stream of first messages' waits for `PatienceFit`, in bounded memory: the exact counts of
/// abandonments and censored waits, the total observed waiting time and the abandoned's total,
/// and the waits themselves while at most `limit`, then a seeded uniform reservoir of `limit`
/// for the Kaplan–Meier curve.
public struct WaitSample {
    /// Waits kept at most: 50,000 (800 kB).
    public static let limit = 50_000

    public private(set) var waits: [(minutes: Double, gaveUp: Bool)] = []
    public private(set) var count = 0
    public private(set) var abandoned = 0
    /// Σ max(0, minutes) over all waits, and Σ minutes over the abandoned (compensated sums, so
    /// that the order the waits come in does not change them).
    public var observedMinutes: Double { observed.value }
    public var abandonedMinutes: Double { abandonedTotal.value }
    private var observed = CompensatedSum(), abandonedTotal = CompensatedSum()
    private let seed: UInt32
    private var stream: RandomStream?

    public init(seed: UInt32) { self.seed = seed }

    public var isSampled: Bool { count > Self.limit }

    public mutating func add(minutes: Double, gaveUp: Bool) {
        count += 1
        observed.add(max(0, minutes))
        if gaveUp {
            abandoned += 1
            abandonedTotal.add(minutes)
        }
        if waits.count < Self.limit {
            waits.append((minutes, gaveUp))
            return
        }
        if stream == nil { stream = RandomStream(seed: seed) }
        let slot = stream?.index(below: count) ?? count
        if slot < Self.limit { waits[slot] = (minutes, gaveUp) }
    }
}

/// A sum with Neumaier's compensation (Kahan–Babuška): the rounding error of each addition is
/// carried along, so the result is within about one unit in the last place of the exact sum
/// whatever the order of the terms.
struct CompensatedSum {
    private var sum = 0.0, compensation = 0.0

    var value: Double { sum + compensation }

    mutating func add(_ x: Double) {
        let t = sum + x
        compensation += abs(sum) >= abs(x) ? (sum - t) + x : (x - t) + sum
        sum = t
    }
}
