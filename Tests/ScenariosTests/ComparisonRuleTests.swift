import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The rules that tell identical, equivalent and changed apart, on hand-made estimates.
@Suite struct ComparisonRuleTests {
    static func estimate(_ mean: Double, _ half: Double? = nil) -> Estimate {
        Estimate(mean: mean, ci95Low: half.map { mean - $0 }, ci95High: half.map { mean + $0 })
    }

    static func measure(_ baseline: Estimate, _ new: Estimate) -> Verdict {
        MetricChange(name: "wait_mean_min", kind: .headline(.waitMean), baseline: baseline, new: new).verdict
    }

    @Test func measures() {
        #expect(Self.measure(Self.estimate(10, 1), Self.estimate(10, 1)) == .identical)
        #expect(Self.measure(Self.estimate(10, 1), Self.estimate(11.5, 1)) == .equivalent)
        #expect(Self.measure(Self.estimate(10, 1), Self.estimate(12.5, 1)) == .changed)
        #expect(Self.measure(Self.estimate(10), Self.estimate(10.001)) == .changed, "one replication: no interval")
        #expect(Self.measure(Self.estimate(10, 0), Self.estimate(10.5, 0)) == .changed, "zero spread")
        #expect(Self.measure(Estimate(mean: nil, ci95Low: nil, ci95High: nil), Self.estimate(1, 1)) == .changed)
        let nothing = Estimate(mean: nil, ci95Low: nil, ci95High: nil)
        #expect(Self.measure(nothing, nothing) == .identical)
        let change = MetricChange(name: "x", kind: .headline(.waitMean), baseline: Self.estimate(10, 1), new: Self.estimate(12.5, 1))
        #expect(change.change == 2.5 && change.relativeChange == 0.25)
        #expect(MetricChange(count: "conservation.arrived", baseline: 10, new: 11).verdict == .equivalent)
    }

    @Test func chanceModel() {
        #expect(abs(IntervalOverlap.chanceOfNonOverlap95 - 0.0056) < 0.0001)
        #expect(IntervalOverlap.chanceOfAtLeast(0, of: 168, probability: 0.0056) == 1)
        // P(X >= 1) = 1 - (1 - p)^n
        let p = IntervalOverlap.chanceOfAtLeast(1, of: 168, probability: 0.0056)
        #expect(abs(p - (1 - pow(1 - 0.0056, 168))) < 1e-12)
        #expect(IntervalOverlap.chanceOfAtLeast(5, of: 168, probability: 0.0056) > HourMetricChange.threshold)
        #expect(IntervalOverlap.chanceOfAtLeast(7, of: 168, probability: 0.0056) < HourMetricChange.threshold)
    }

    /// 168 hours of which `moved` are shifted clear of their interval.
    static func hours(moved: Int, zeroSpread: Bool = false) -> HourMetricChange {
        let half = zeroSpread ? 0 : 1.0
        let baseline = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["wait_mean_min": estimate(10, half)]) }
        let new = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["wait_mean_min": estimate($0 < moved ? 13 : 10.5, half)]) }
        return HourMetricChange(metric: .waitMean, baseline: baseline, new: new, replications: 8)
    }

    @Test func hoursOfTheWeek() {
        let few = Self.hours(moved: 3)
        #expect(few.hoursCompared == 168 && few.hoursMoved == 3 && few.hoursDiffering == 168)
        #expect(few.verdict == .equivalent)
        #expect(few.largest?.name == "by_hour[mon 00:00].wait_mean_min")
        #expect(Self.hours(moved: 10).verdict == .changed)
        #expect(Self.hours(moved: 0).verdict == .equivalent)
        let fixed = Self.hours(moved: 1, zeroSpread: true)
        #expect(fixed.hoursDefinite == 168 && fixed.verdict == .changed, "no spread: any difference is a change")
        let seen = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["utilization": Self.estimate($0 == 22 ? 1 : 0.5, $0 == 22 ? 0 : 0.1)]) }
        let unseen = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["utilization": $0 == 22
            ? Estimate(mean: nil, ci95Low: nil, ci95High: nil) : Self.estimate(0.5, 0.1)]) }
        let sparse = HourMetricChange(metric: .utilization, baseline: seen, new: unseen, replications: 8)
        #expect(sparse.hoursUnassessed == 1 && sparse.verdict == .equivalent, "an hour seen in one run only is not judged")
        #expect(HourMetricChange(metric: .utilization, baseline: seen, new: unseen, replications: 1).verdict == .changed)
        let same = (0..<168).map { HourRow(hourOfWeek: $0, metrics: ["officers": Self.estimate(1, 0)]) }
        #expect(HourMetricChange(metric: .officers, baseline: same, new: same, replications: 8).verdict == .identical)
    }
}
