import Stochastics
import WebcareModel

/// One hour-of-week measure compared over the 168 hours. Each hour's 95% intervals are
/// compared; with many hours a few miss each other by chance, so the measure is one test in the
/// scenario's family: the chance of seeing at least as many moved hours when nothing changed
/// (`chance`) is its p-value, judged with the scenario's other tests
/// (`ScenarioComparison.judged`). An hour changed beyond doubt (no spread on either side and a
/// different value, or any difference with one replication) makes the measure changed at once.
/// Hours with too few values for an interval on either side are counted but not judged, and so
/// are hours whose interval has no width on one side only: every replication of that run gave
/// the same value (a service level of 100% or 0% in a quiet night hour, a 90th percentile of 0),
/// which is not a 95% interval of the mean, so the chance model does not cover it. (Judged as
/// intervals, such hours made a re-seeded twente-24-7 "changed" in 43 to 49 of 168 hours'
/// service levels.) A change confined to such hours is left to the whole-week measures and the
/// other hours.
///
/// The chance model: for an unchanged model, two independent 95% intervals of equal width
/// fail to overlap with probability `IntervalOverlap.chanceOfNonOverlap95` (≈ 0.0056), and the
/// hours are treated as independent, so the number of moved hours is Binomial(hours compared,
/// 0.0056). Neighbouring hours are in truth positively correlated (a backlog carries over),
/// which makes clusters of moved hours a little likelier than the model says; the family's
/// strict level allows for that.
public struct HourMetricChange: Sendable {
    public let metric: HourMetric
    /// Hours where both sides have a 95% interval, both of some width or both of none: the hours
    /// the chance model covers (or, of no width on both sides, that differ beyond doubt).
    public let hoursCompared: Int
    /// Hours whose numbers differ at all.
    public let hoursDiffering: Int
    /// Compared hours whose intervals do not overlap.
    public let hoursMoved: Int
    /// Hours changed beyond doubt: zero spread on both sides (e.g. officers on duty) and a
    /// different value; or, with one replication, any difference.
    public let hoursDefinite: Int
    /// Hours that differ but cannot be judged: too few values for an interval on one side,
    /// defined on one side only (e.g. overtime-only hours that some runs never see), or the same
    /// value in every replication of one side only.
    public let hoursUnassessed: Int
    /// P(at least `hoursMoved` of `hoursCompared` hours move by chance).
    public let chance: Double
    /// The hour that moved most (largest absolute change among moved and definite hours).
    public let largest: MetricChange?
    /// Identical when no hour differs; changed beyond doubt when an hour is definite;
    /// otherwise equivalent until the scenario's family of tests judges `chance`.
    public internal(set) var verdict: Verdict

    /// Compares `metric` hour by hour; `replications` is the smaller replication count of the
    /// two runs (with fewer than two there are no intervals and any difference is definite).
    public init(metric: HourMetric, baseline: [HourRow], new: [HourRow], replications: Int) {
        self.metric = metric
        let newRows = Dictionary(new.map { ($0.hourOfWeek, $0) }, uniquingKeysWith: { first, _ in first })
        var compared = 0, differing = 0, moved = 0, definite = 0, unassessed = 0
        var largest: MetricChange?
        for row in baseline {
            let old = row[metric]
            let value = newRows[row.hourOfWeek]?[metric] ?? Estimate(mean: nil, ci95Low: nil, ci95High: nil)
            let bothIntervals = old.ci95Low != nil && value.ci95Low != nil && Self.hasWidth(old) == Self.hasWidth(value)
            if bothIntervals { compared += 1 }
            guard MetricChange.Outcome(old, value) != .identical else { continue }
            differing += 1
            if replications < 2 {
                definite += 1
            } else if !bothIntervals {
                unassessed += 1
                continue
            } else if Self.overlap(old, value) {
                continue
            } else if !Self.hasWidth(old) {  // then neither has width (`bothIntervals`)
                definite += 1
            } else {
                moved += 1
            }
            let change = MetricChange(name: "by_hour[\(row.day) \(Self.clock(row.hour))].\(metric.rawValue)",
                                      kind: .hour(metric), baseline: old, new: value, counts: (replications, replications))
            if Self.size(change) > Self.size(largest) { largest = change }
        }
        hoursCompared = compared
        hoursDiffering = differing
        hoursMoved = moved
        hoursDefinite = definite
        hoursUnassessed = unassessed
        chance = IntervalOverlap.chanceOfAtLeast(moved, of: compared, probability: IntervalOverlap.chanceOfNonOverlap95)
        self.largest = largest
        if differing == 0 {
            verdict = .identical
        } else if definite > 0 {
            verdict = .changed
        } else {
            verdict = .equivalent
        }
    }

    /// The p-value this measure brings to the scenario's family of tests: the chance of the
    /// moved hours, when hours differ and none beyond doubt; nil otherwise.
    public var familyPValue: Double? {
        hoursDiffering > 0 && hoursDefinite == 0 ? chance : nil
    }

    /// Whether an interval is present and wider than a point.
    private static func hasWidth(_ estimate: Estimate) -> Bool {
        guard let low = estimate.ci95Low, let high = estimate.ci95High else { return false }
        return low < high
    }

    /// Whether two 95% intervals (both present) share a point.
    private static func overlap(_ a: Estimate, _ b: Estimate) -> Bool {
        guard let low = a.ci95Low, let high = a.ci95High, let otherLow = b.ci95Low, let otherHigh = b.ci95High else {
            return false
        }
        return max(low, otherLow) <= min(high, otherHigh)
    }

    /// How far a change went: its absolute size; infinite when only one side is defined.
    private static func size(_ change: MetricChange?) -> Double {
        guard let change else { return -1 }
        return change.change.map(abs) ?? .infinity
    }

    /// The hour of the day as HH:00.
    private static func clock(_ hour: Int) -> String {
        (hour < 10 ? "0" : "") + "\(hour):00"
    }
}
