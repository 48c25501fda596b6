import Foundation
import CGSL

/// A channel's arrival rates by hour of the week (messages per hour, Monday 00:00-01:00 first):
/// the counts of first messages and the exposure in real hours behind them, the chosen model
/// and every rate with its 95% interval.
public struct RateFit: Sendable {
    /// How the 168 rates are modelled.
    public enum Pooling: String, Codable, Sendable, CaseIterable {
        /// Each hour of the week on its own: λ = messages / exposure hours (168 parameters).
        case week
        /// An hour-of-day shape times a weekday factor: λ(d, h) = a_d × b_h (30 parameters),
        /// fitted by maximum likelihood (iterative proportional fitting with the exposures).
        case day
        /// The one of the two with the lower AIC.
        case auto
    }

    public let channel: String
    public let counts: [Double]
    public let exposure: [Double]
    public let chosen: Pooling
    public let rates: [Interval]
    /// The likelihood-ratio test of the day model against the week model.
    public let test: PoolingTest

    /// The comparison of the two models (log-likelihoods without the constant −Σ log n!).
    public struct PoolingTest: Codable, Sendable {
        public let logLikelihoodWeek: Double
        public let logLikelihoodDay: Double
        public let aicWeek: Double
        public let aicDay: Double
        /// G² = 2 (ℓ_week − ℓ_day) and its degrees of freedom (168 − 30, less the unobserved hours).
        public let lrStatistic: Double
        public let degreesOfFreedom: Int
        /// P(χ² ≥ G²): small means the week's hours differ by more than a shape × weekday model allows.
        public let pValue: Double
    }

    /// Fits `counts` over `exposure` with `pooling`; `cv` (busy days, 0 for none) widens each
    /// interval by the gamma day factor's extra variance (φ = 1 + cv² λ per hour).
    init(channel: String, counts: [Double], exposure: [Double], pooling: Pooling, cv: Double) {
        self.channel = channel
        self.counts = counts
        self.exposure = exposure
        let week = (0..<168).map { exposure[$0] > 0 ? counts[$0] / exposure[$0] : 0 }
        let day = Self.dayModel(counts: counts, exposure: exposure)
        func logLikelihood(_ rates: [Double]) -> Double {
            (0..<168).reduce(0) { sum, i in
                let mean = rates[i] * exposure[i]
                return sum + (counts[i] > 0 ? counts[i] * log(mean) : 0) - mean
            }
        }
        let observed = exposure.filter { $0 > 0 }.count
        let lWeek = logLikelihood(week), lDay = logLikelihood(day)
        let df = max(1, observed - 30)
        let g2 = max(0, 2 * (lWeek - lDay))
        test = PoolingTest(logLikelihoodWeek: lWeek, logLikelihoodDay: lDay, aicWeek: 2 * Double(observed) - 2 * lWeek,
                           aicDay: 2 * 30 - 2 * lDay, lrStatistic: g2, degreesOfFreedom: df,
                           pValue: gsl_cdf_chisq_Q(g2, Double(df)))
        chosen = pooling == .auto ? (test.aicDay < test.aicWeek ? .day : .week) : pooling
        if chosen == .week {
            rates = (0..<168).map { Interval.garwood(count: counts[$0], exposure: exposure[$0], dispersion: 1 + cv * cv * week[$0]) }
        } else {
            rates = Self.dayIntervals(day, counts: counts, cv: cv)
        }
    }

    /// λ(d, h) = a_d b_h by iterative proportional fitting: the fitted counts match the observed
    /// weekday totals and hour-of-day totals (the model's maximum-likelihood equations).
    static func dayModel(counts: [Double], exposure: [Double]) -> [Double] {
        var a = [Double](repeating: 1, count: 7), b = [Double](repeating: 1, count: 24)
        for _ in 0..<200 {
            var change = 0.0
            for d in 0..<7 {
                let n = (0..<24).reduce(0) { $0 + counts[d * 24 + $1] }
                let m = (0..<24).reduce(0) { $0 + b[$1] * exposure[d * 24 + $1] }
                let next = m > 0 ? n / m : 0
                change = max(change, abs(next - a[d]) / max(next, 1e-12))
                a[d] = next
            }
            for h in 0..<24 {
                let n = (0..<7).reduce(0) { $0 + counts[$1 * 24 + h] }
                let m = (0..<7).reduce(0) { $0 + a[$1] * exposure[$1 * 24 + h] }
                let next = m > 0 ? n / m : 0
                change = max(change, abs(next - b[h]) / max(next, 1e-12))
                b[h] = next
            }
            if change < 1e-12 { break }
        }
        return (0..<168).map { a[$0 / 24] * b[$0 % 24] }
    }

    /// Approximate intervals of the day model: on the log scale ± 1.96 √(1/N_d + 1/N_h) (N the
    /// weekday's and the hour's totals), times √φ for busy days.
    static func dayIntervals(_ rates: [Double], counts: [Double], cv: Double) -> [Interval] {
        let dayTotal = (0..<7).map { d in (0..<24).reduce(0) { $0 + counts[d * 24 + $1] } }
        let hourTotal = (0..<24).map { h in (0..<7).reduce(0) { $0 + counts[$1 * 24 + h] } }
        return (0..<168).map { i in
            let rate = rates[i], nd = dayTotal[i / 24], nh = hourTotal[i % 24]
            guard rate > 0, nd > 0, nh > 0 else { return Interval(rate, 0, rate) }
            let spread = 1.959964 * ((1 / nd + 1 / nh) * (1 + cv * cv * rate)).squareRoot()
            return Interval(rate, rate * exp(-spread), rate * exp(spread))
        }
    }
}
