import Foundation
import Stochastics

/// The busy-day factor (a gamma day multiplier of every rate, mean 1) estimated from the daily
/// totals of first messages by moments: Var(T_d) = Λ_d + Λ_d² cv² with Λ_d the day's expected
/// total from the fitted rates. Because Λ_d is itself estimated from the same weekdays, the
/// moment equation is corrected for the n_w days of each weekday:
/// cv̂² = Σ_d [(T_d − Λ̂_d)² − (1 − 1/n_w) Λ̂_d] / Σ_d (1 − 1/n_w) Λ̂_d².
/// The test of over-dispersion and the interval of cv are parametric bootstraps (GSL Poisson and
/// gamma draws, a fixed seed): under Poisson days the p-value is the share of simulated cv̂² at or
/// above the observed one; the interval is the 2.5% and 97.5% percentiles of cv̂ simulated at the
/// fitted cv. "none" when p ≥ 0.05 or cv̂² ≤ 0.
public struct BusyDayFit: Codable, Sendable {
    /// cv with its interval; nil: not over-dispersed ("none").
    public let cv: Interval?
    /// The raw moment estimate of cv (0 when cv̂² ≤ 0).
    public let cvEstimate: Double
    public let pValue: Double
    public let days: Int
    public let bootstrapDraws: Int
    /// Observed and expected daily totals, for the report.
    public let totals: [Double]
    public let expected: [Double]

    static let draws = 400

    /// `totals[d]`, `expected[d]` and `weekday[d]` (0 ... 6) of each included day.
    init(totals: [Double], expected: [Double], weekday: [Int], seed: UInt32) {
        self.totals = totals
        self.expected = expected
        days = totals.count
        bootstrapDraws = Self.draws
        var perWeekday = [Int](repeating: 0, count: 7)
        for w in weekday { perWeekday[w] += 1 }
        let keep = weekday.map { 1 - 1 / Double(max(perWeekday[$0], 1)) }
        let observed = Self.estimate(totals: totals, expected: expected, weekday: weekday, keep: keep)
        cvEstimate = observed > 0 ? observed.squareRoot() : 0
        guard days >= 7, observed > 0, let stream = RandomStream(seed: seed) else {
            cv = nil
            pValue = 1
            return
        }
        func simulate(cv2: Double) -> Double {
            let simulated = expected.map { mean -> Double in
                let factor = cv2 > 0 ? stream.gamma(shape: 1 / cv2, scale: cv2) : 1
                return Double(stream.poisson(mean: mean * factor))
            }
            // The expected totals re-estimated from the simulated days, as the rates are.
            var sumT = [Double](repeating: 0, count: 7), sumE = [Double](repeating: 0, count: 7)
            for d in 0..<totals.count {
                sumT[weekday[d]] += simulated[d]
                sumE[weekday[d]] += expected[d]
            }
            let refit = (0..<totals.count).map { sumE[weekday[$0]] > 0 ? expected[$0] * sumT[weekday[$0]] / sumE[weekday[$0]] : 0 }
            return Self.estimate(totals: simulated, expected: refit, weekday: weekday, keep: keep)
        }
        let above = (0..<Self.draws).filter { _ in simulate(cv2: 0) >= observed }.count
        pValue = Double(above + 1) / Double(Self.draws + 1)
        guard pValue < 0.05 else {
            cv = nil
            return
        }
        let simulated = (0..<Self.draws).map { _ in max(0, simulate(cv2: observed)).squareRoot() }.sorted()
        cv = Interval(cvEstimate, simulated[Int(0.025 * Double(Self.draws))], simulated[Int(0.975 * Double(Self.draws)) - 1])
    }

    /// The corrected moment estimate of cv².
    static func estimate(totals: [Double], expected: [Double], weekday: [Int], keep: [Double]) -> Double {
        var numerator = 0.0, denominator = 0.0
        for d in totals.indices {
            let residual = totals[d] - expected[d]
            numerator += residual * residual - keep[d] * expected[d]
            denominator += keep[d] * expected[d] * expected[d]
        }
        return denominator > 0 ? numerator / denominator : 0
    }
}
