import Stochastics
import WebcareModel

/// One hour-of-week measure compared over the 168 hours. Each hour's 95% intervals are
/// compared; with many hours a few miss each other by chance, so the measure counts as changed
/// only when more hours moved than chance explains, or when an hour changed beyond doubt.
/// Hours with too few values for an interval on either side are counted but not judged.
///
/// The chance model: for an unchanged model, two independent 95% intervals of equal width
/// fail to overlap with probability `IntervalOverlap.chanceOfNonOverlap95` (≈ 0.0056), and the
/// hours are treated as independent, so the number of moved hours is Binomial(hours compared,
/// 0.0056); the measure changed when P(at least that many) < `threshold` (0.001). Neighbouring
/// hours are in truth positively correlated (a backlog carries over), which makes clusters of
/// moved hours a little likelier than the model says; the strict threshold allows for that.
public struct HourMetricChange: Sendable {
    /// Below this binomial tail probability the moved hours are more than chance explains.
    public static let threshold = 0.001

    public let metric: HourMetric
    /// Hours where both sides have a 95% interval: the hours the chance model covers.
    public let hoursCompared: Int
    /// Hours whose numbers differ at all.
    public let hoursDiffering: Int
    /// Compared hours whose intervals do not overlap.
    public let hoursMoved: Int
    /// Hours changed beyond doubt: zero spread on both sides (e.g. officers on duty) and a
    /// different value; or, with one replication, any difference.
    public let hoursDefinite: Int
    /// Hours that differ but cannot be judged: too few values for an interval on one side, or
    /// defined on one side only (e.g. overtime-only hours that some runs never see).
    public let hoursUnassessed: Int
    /// P(at least `hoursMoved` of `hoursCompared` hours move by chance).
    public let chance: Double
    /// The hour that moved most (largest absolute change among moved and definite hours).
    public let largest: MetricChange?
    public let verdict: Verdict

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
            let outcome = MetricChange.Outcome(old, value)
            let bothIntervals = old.ci95Low != nil && value.ci95Low != nil
            if bothIntervals { compared += 1 }
            guard outcome != .identical else { continue }
            differing += 1
            if outcome == .overlapping { continue }
            if replications < 2 {
                definite += 1
            } else if !bothIntervals {
                unassessed += 1
                continue
            } else if old.ci95Low == old.ci95High && value.ci95Low == value.ci95High {
                definite += 1
            } else {
                moved += 1
            }
            let change = MetricChange(name: "by_hour[\(row.day) \(Self.clock(row.hour))].\(metric.rawValue)",
                                      kind: .hour(metric), baseline: old, new: value)
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
        } else if definite > 0 || chance < Self.threshold {
            verdict = .changed
        } else {
            verdict = .equivalent
        }
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
