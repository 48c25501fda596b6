import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The rules that tell identical, equivalent and changed apart, on hand-made estimates.
@Suite struct ComparisonRuleTests {
    /// A mean with the interval a t half-width `half` gives on the log scale, the scale of the
    /// (non-negative) wait measures these tests use; nil: no interval.
    static func estimate(_ mean: Double, _ half: Double? = nil) -> Estimate {
        guard let half else { return Estimate(mean: mean, ci95Low: nil, ci95High: nil) }
        let interval = IntervalScale.nonNegative.interval95(mean: mean, sd: half / StudentT.halfWidth95(sd: 1, count: 20), count: 20)
        return Estimate(mean: mean, ci95Low: interval.low, ci95High: interval.high)
    }

    /// A measure of two runs of 20 replications, judged in a family of its own (or with
    /// `others` tests whose p-value is 1).
    static func judged(_ baseline: Estimate, _ new: Estimate, counts: (Int, Int) = (20, 20), others: Int = 0) -> MetricChange {
        let change = MetricChange(name: "wait_mean_min", kind: .headline(.waitMean), baseline: baseline, new: new, counts: counts)
        let noise = MetricChange(name: "p_wait", kind: .headline(.pWait), baseline: estimate(0.5, 0.1), new: estimate(0.5, 0.2),
                                 counts: (20, 20))
        return ScenarioComparison.judged([change] + Array(repeating: noise, count: others), []).0[0]
    }

    static func measure(_ baseline: Estimate, _ new: Estimate) -> Verdict { judged(baseline, new).verdict }

    @Test func measures() throws {
        #expect(Self.measure(Self.estimate(10, 1), Self.estimate(10, 1)) == .identical)
        #expect(Self.measure(Self.estimate(10), Self.estimate(10.001)) == .changed, "one replication: no interval")
        #expect(Self.measure(Self.estimate(10, 0), Self.estimate(10.5, 0)) == .changed, "zero spread")
        #expect(Self.measure(Estimate(mean: nil, ci95Low: nil, ci95High: nil), Self.estimate(1, 1)) == .changed)
        let nothing = Estimate(mean: nil, ci95Low: nil, ci95High: nil)
        #expect(Self.measure(nothing, nothing) == .identical)
        #expect(MetricChange(count: "conservation.arrived", baseline: 10, new: 11).verdict == .equivalent)
        // 10 ± 1 against 11.5 ± 1 over 20 replications: Welch's p is 0.033 (se 1/t(0.975, 19)
        // each, t = 2.22 on 38 degrees of freedom): noise at the family-wise 1%.
        let near = Self.judged(Self.estimate(10, 1), Self.estimate(11.5, 1))
        let nearP = try #require(near.pValue)
        #expect(abs(nearP - 0.0325) < 0.001 && near.verdict == .equivalent)
        // 12.5 ± 1: p = 0.00068, a change when it is the only test ...
        let far = Self.judged(Self.estimate(10, 1), Self.estimate(12.5, 1))
        #expect(try #require(far.pValue) < 0.001 && far.verdict == .changed)
        #expect(far.change == 2.5 && far.relativeChange == 0.25)
        // ... but chance among 21 tests (Holm's first bound is 0.01 / 21 = 0.00048).
        #expect(Self.judged(Self.estimate(10, 1), Self.estimate(12.5, 1), others: 20).verdict == .equivalent)
        #expect(Self.judged(Self.estimate(10, 1), Self.estimate(14, 1), others: 20).verdict == .changed)
    }

    @Test func chanceModel() {
        #expect(abs(IntervalOverlap.chanceOfNonOverlap95 - 0.0056) < 0.0001)
        #expect(IntervalOverlap.chanceOfAtLeast(0, of: 168, probability: 0.0056) == 1)
        // P(X >= 1) = 1 - (1 - p)^n
        let p = IntervalOverlap.chanceOfAtLeast(1, of: 168, probability: 0.0056)
        #expect(abs(p - (1 - pow(1 - 0.0056, 168))) < 1e-12)
    }

    /// 168 hours of which `moved` are shifted clear of their interval.
    static func hours(moved: Int, zeroSpread: Bool = false) -> HourMetricChange {
        let half = zeroSpread ? 0 : 1.0
        let baseline = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["wait_mean_min": estimate(10, half)]) }
        let new = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["wait_mean_min": estimate($0 < moved ? 13 : 10.5, half)]) }
        return HourMetricChange(metric: .waitMean, baseline: baseline, new: new, replications: 8)
    }

    /// An hour measure judged in a family of its own.
    static func judged(_ hours: HourMetricChange) -> HourMetricChange { ScenarioComparison.judged([], [hours]).1[0] }

    @Test func hoursOfTheWeek() {
        let few = Self.hours(moved: 3)
        #expect(few.hoursCompared == 168 && few.hoursMoved == 3 && few.hoursDiffering == 168)
        #expect(few.familyPValue == IntervalOverlap.chanceOfAtLeast(3, of: 168, probability: IntervalOverlap.chanceOfNonOverlap95))
        #expect(Self.judged(few).verdict == .equivalent, "3 of 168 hours: chance 0.07")
        #expect(few.largest?.name == "by_hour[mon 00:00].wait_mean_min")
        #expect(Self.judged(Self.hours(moved: 10)).verdict == .changed)
        #expect(Self.judged(Self.hours(moved: 0)).verdict == .equivalent)
        let fixed = Self.hours(moved: 1, zeroSpread: true)
        #expect(fixed.hoursDefinite == 168 && fixed.verdict == .changed, "no spread: any difference is a change")
        let seen = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["utilization": Self.estimate($0 == 22 ? 1 : 0.5, $0 == 22 ? 0 : 0.1)]) }
        let unseen = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["utilization": $0 == 22
            ? Estimate(mean: nil, ci95Low: nil, ci95High: nil) : Self.estimate(0.5, 0.1)]) }
        let sparse = HourMetricChange(metric: .utilization, baseline: seen, new: unseen, replications: 8)
        #expect(sparse.hoursUnassessed == 1 && Self.judged(sparse).verdict == .equivalent, "an hour seen in one run only is not judged")
        #expect(HourMetricChange(metric: .utilization, baseline: seen, new: unseen, replications: 1).verdict == .changed)
        // A quiet hour answered in time in every replication of one run (100%: an interval of no
        // width) and not in every one of the other is not judged: no 95% interval on one side.
        let always = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["service_level": Self.estimate($0 == 3 ? 1 : 0.9, $0 == 3 ? 0 : 0.02)]) }
        let mostly = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["service_level": Self.estimate($0 == 3 ? 0.96 : 0.9, $0 == 3 ? 0.03 : 0.02)]) }
        let quiet = HourMetricChange(metric: .serviceLevel, baseline: always, new: mostly, replications: 20)
        #expect(quiet.hoursUnassessed == 1 && quiet.hoursMoved == 0 && quiet.hoursCompared == 167)
        #expect(Self.judged(quiet).verdict == .equivalent)
        let same = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["officers": Self.estimate(1, 0)]) }
        #expect(HourMetricChange(metric: .officers, baseline: same, new: same, replications: 8).verdict == .identical)
    }
}
