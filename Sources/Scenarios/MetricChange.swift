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
    }

    /// How two estimates of the same quantity relate.
    enum Outcome: Equatable {
        /// Bit for bit the same (means and interval ends; undefined on both sides counts too).
        case identical
        /// Different, and the 95% intervals overlap.
        case overlapping
        /// The intervals do not overlap, or only one side is defined.
        case apart
        /// Different, but at least one side has no interval (fewer than two values).
        case noInterval

        init(_ baseline: Estimate, _ new: Estimate) {
            func bits(_ value: Double?) -> UInt64? { value?.bitPattern }
            if bits(baseline.mean) == bits(new.mean), bits(baseline.ci95Low) == bits(new.ci95Low),
               bits(baseline.ci95High) == bits(new.ci95High) {
                self = .identical
            } else if (baseline.mean == nil) != (new.mean == nil) {
                self = .apart
            } else if let low = baseline.ci95Low, let high = baseline.ci95High,
                      let newLow = new.ci95Low, let newHigh = new.ci95High {
                self = max(low, newLow) <= min(high, newHigh) ? .overlapping : .apart
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
    public let verdict: Verdict

    /// A measure: identical when bit for bit equal; equivalent when the 95% intervals overlap;
    /// changed otherwise, also when only one side is defined or there is no interval (one
    /// replication), since then any difference is unexplained.
    public init(name: String, kind: Kind, baseline: Estimate, new: Estimate) {
        self.name = name
        self.kind = kind
        self.baseline = baseline
        self.new = new
        switch Outcome(baseline, new) {
        case .identical: verdict = .identical
        case .overlapping: verdict = .equivalent
        case .apart, .noInterval: verdict = .changed
        }
    }

    /// A count (the message audit, the number of events): identical or equivalent, never
    /// changed on its own; its noise shows in the measures. `--require-identical` still fails it.
    public init(count name: String, baseline: Int, new: Int) {
        self.name = name
        kind = .count
        self.baseline = Estimate(mean: Double(baseline), ci95Low: nil, ci95High: nil)
        self.new = Estimate(mean: Double(new), ci95Low: nil, ci95High: nil)
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
