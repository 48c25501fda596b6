import Stochastics
import WebcareModel

/// One number compared between the baseline and the new run: a headline measure, a measure of
/// one channel, message kind or hour of the week, a point of the response-time distribution
/// (each a mean with its 95% interval), or a count.
public struct MetricChange: Sendable {
    /// What the number is, so it can be printed in its own style.
    public enum Kind: Sendable, Equatable {
        case headline(Metric)
        case group(GroupMetric)
        case hour(HourMetric)
        /// A point of the response-time distribution: a share answered within some minutes.
        case waitWithin
        /// A whole count: the message audit or the number of events.
        case count

        /// The scale the measure's interval is built on (`IntervalScale`).
        var scale: IntervalScale {
            switch self {
            case .headline(let metric): metric.scale
            case .group(let metric): metric.scale
            case .hour(let metric): metric.scale
            case .waitWithin: .unitInterval
            case .count: .unbounded
            }
        }
    }

    /// How two estimates of the same quantity relate.
    enum Outcome: Equatable {
        /// Bit for bit the same (means and interval ends; undefined on both sides counts too).
        case identical
        /// Different, with an interval on both sides: a question for the test of a difference.
        case testable
        /// Different beyond doubt: defined on one side only, or no spread on either side.
        case definite
        /// Different, but at least one side has no interval (fewer than two values).
        case noInterval

        init(_ baseline: Estimate, _ new: Estimate) {
            func bits(_ value: Double?) -> UInt64? { value?.bitPattern }
            if bits(baseline.mean) == bits(new.mean), bits(baseline.ci95Low) == bits(new.ci95Low),
               bits(baseline.ci95High) == bits(new.ci95High) {
                self = .identical
            } else if (baseline.mean == nil) != (new.mean == nil) {
                self = .definite
            } else if let low = baseline.ci95Low, let high = baseline.ci95High,
                      let newLow = new.ci95Low, let newHigh = new.ci95High {
                self = low == high && newLow == newHigh ? .definite : .testable
            } else {
                self = .noInterval
            }
        }
    }

    /// E.g. `service_level`, `by_kind[urgent].wait_mean_min`, `conservation.answered`.
    public let name: String
    public let kind: Kind
    public let baseline: Estimate
    public let new: Estimate
    /// Welch's p-value that the two means are equal (`MeanDifferenceTest`), for a measure that
    /// differs with an interval on both sides; nil otherwise.
    public let pValue: Double?
    /// Identical when bit for bit equal; changed beyond doubt when defined on one side only,
    /// without spread on both sides, or without an interval (one replication); otherwise
    /// equivalent until the scenario's family of tests judges it (`ScenarioComparison.judged`).
    public internal(set) var verdict: Verdict

    /// A measure of two runs of `counts` replications (the baseline's, the new run's). Each
    /// interval is read as a mean over that many replications: a measure defined in fewer of
    /// them had a wider interval, so its standard error is overstated (a cautious reading).
    public init(name: String, kind: Kind, baseline: Estimate, new: Estimate, counts: (baseline: Int, new: Int)) {
        self.name = name
        self.kind = kind
        self.baseline = baseline
        self.new = new
        var outcome = Outcome(baseline, new)
        var pValue: Double?
        if outcome == .testable, counts.baseline >= 2, counts.new >= 2, let old = Self.side(baseline, counts.baseline, kind.scale),
           let value = Self.side(new, counts.new, kind.scale) {
            pValue = MeanDifferenceTest.pValue(old, value)
        }
        if outcome == .testable && pValue == nil { outcome = .definite }
        self.pValue = pValue
        switch outcome {
        case .identical: verdict = .identical
        case .testable: verdict = .equivalent
        case .definite, .noInterval: verdict = .changed
        }
    }

    /// An estimate as the test reads it: mean, the Student-t half-width behind its 95%
    /// interval (read back from the interval's scale), replications.
    private static func side(_ estimate: Estimate, _ count: Int, _ scale: IntervalScale)
        -> (mean: Double, halfWidth: Double, count: Int)? {
        guard let mean = estimate.mean, let half = estimate.studentHalfWidth(on: scale) else { return nil }
        return (mean, half, count)
    }

    /// A count (the message audit, the number of events): identical or equivalent, never
    /// changed on its own; its noise shows in the measures. `--require-identical` still fails it.
    public init(count name: String, baseline: Int, new: Int) {
        self.name = name
        kind = .count
        self.baseline = Estimate(mean: Double(baseline), ci95Low: nil, ci95High: nil)
        self.new = Estimate(mean: Double(new), ci95Low: nil, ci95High: nil)
        pValue = nil
        verdict = baseline == new ? .identical : .equivalent
    }

    /// New mean minus baseline mean; nil when either is undefined.
    public var change: Double? {
        guard let old = baseline.mean, let value = new.mean else { return nil }
        return value - old
    }

    /// The change relative to the baseline mean; nil when that is zero or undefined.
    public var relativeChange: Double? {
        guard let change, let old = baseline.mean, old != 0 else { return nil }
        return change / abs(old)
    }
}
