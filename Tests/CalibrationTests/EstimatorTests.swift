import CGSL
import Foundation
import Stochastics
import Testing
import Calibration

/// The estimators against known truth: exact Garwood values, busy days of cv 0.2 and none,
/// censored patience against the biased abandoned-only mean, and the handling fits.
@Suite struct EstimatorTests {
    @Test func garwoodValues() {
        // Published exact Poisson limits: n = 0 → [0, 3.689]; n = 5 → [1.623, 11.668]; n = 10 → [4.795, 18.390].
        let zero = Interval.garwood(count: 0, exposure: 1)
        #expect(zero.lower == 0 && abs(zero.upper - 3.6889) < 1e-3)
        let five = Interval.garwood(count: 5, exposure: 2)
        #expect(abs(five.lower * 2 - 1.6235) < 1e-3 && abs(five.upper * 2 - 11.6683) < 1e-3 && five.estimate == 2.5)
        let ten = Interval.garwood(count: 10, exposure: 1)
        #expect(abs(ten.lower - 4.7954) < 1e-3 && abs(ten.upper - 18.3904) < 1e-3)
    }

    /// An export of `days` days from 2024-01-08 (UTC), `perHour` first messages an hour with a
    /// gamma day factor of `cv` (0: Poisson days), arrival times uniform within the hour.
    static func export(days: Int, perHour: Double, cv: Double, seed: UInt32, peak: Double = 1) throws -> ExportData {
        let stream = RandomStream(seed: seed)!
        var data = ExportData()
        data.timeZone = "UTC"
        data.channels = ["facebook"]
        data.kinds = ["message"]
        let start = Double(CivilDate(year: 2024, month: 1, day: 8)!.daysSince1970) * 86_400
        for day in 0..<days {
            let factor = cv > 0 ? stream.gamma(shape: 1 / (cv * cv), scale: cv * cv) : 1
            for hour in 0..<24 {
                // Optionally a peak on Wednesdays 14:00-15:00 (2024-01-08 is a Monday).
                let mean = perHour * factor * (day % 7 == 2 && hour == 14 ? peak : 1)
                for _ in 0..<stream.poisson(mean: mean) {
                    let t = start + Double(day * 86_400 + hour * 3_600) + stream.uniform() * 3_600
                    try data.append(MessageRecord(received: t, conversation: UInt64(data.messageCount), group: 0, channel: 0, kind: 0))
                }
            }
        }
        data.rows = data.messageCount
        return data
    }

    @Test func poolingFollowsTheAIC() throws {
        // Flat rates are a shape × weekday model: AIC prefers its 30 parameters to 168.
        let flat = try DemandFit(Self.export(days: 56, perHour: 4, cv: 0, seed: 3), settings: DemandFit.Settings())
        #expect(flat.channels[0].chosen == .day)
        // One hour ten times busier on Wednesdays only is not: the week model wins.
        let peaked = try DemandFit(Self.export(days: 56, perHour: 4, cv: 0, seed: 3, peak: 10), settings: DemandFit.Settings())
        #expect(peaked.channels[0].chosen == .week)
        #expect(peaked.channels[0].test.pValue < 1e-6)
    }

    @Test func busyDaysOfCV02AreRecovered() throws {
        var covered = 0
        for seed in 1...20 {
            let fit = try DemandFit(Self.export(days: 112, perHour: 4, cv: 0.2, seed: UInt32(seed)), settings: DemandFit.Settings())
            let cv = try #require(fit.busyDays.cv)
            if cv.contains(0.2) { covered += 1 }
        }
        // 20 exports, each a 95% interval: fewer than 16 covering has chance P(Bin(20, 0.95) <= 15) = 0.003.
        #expect(covered >= 16)
    }

    @Test func poissonDaysGiveNoBusyDays() throws {
        var found = 0
        for seed in 1...40 {
            let fit = try DemandFit(Self.export(days: 56, perHour: 4, cv: 0, seed: UInt32(100 + seed)), settings: DemandFit.Settings())
            if fit.busyDays.cv != nil { found += 1 }
        }
        // A 5% test on 40 Poisson exports: 7 or more false alarms has chance P(Bin(40, 0.05) >= 7) = 0.005.
        #expect(found <= 6)
    }

    @Test func censoredPatienceIsUnbiasedAndTheAbandonedAloneAreNot() throws {
        // Patience exponential, mean 60; the officer would start after an exponential wait of mean 30.
        let stream = RandomStream(seed: 7)!
        let waits = (0..<20_000).map { _ -> (minutes: Double, gaveUp: Bool) in
            let patience = stream.exponential(mean: 60), start = stream.exponential(mean: 30)
            return patience < start ? (patience, true) : (start, false)
        }
        let fit = PatienceFit(waits: waits)
        let mean = try #require(fit.mean)
        #expect(mean.contains(60))
        // The abandoned alone average min(P, S) given P < S, which is exponential with mean
        // 1 / (1/60 + 1/30) = 20 minutes: the mean of the fit.abandoned of them has standard
        // error 20 / √abandoned (about 0.24 for the 1/3 of 20,000 that give up); within 4 of them.
        let biased = try #require(fit.abandonedOnlyMean)
        #expect(biased < mean.lower / 2)
        #expect(abs(biased - 20) < 4 * 20 / Double(fit.abandoned).squareRoot())
        #expect(fit.kaplanMeier.first?.survival == 1)
    }

    @Test func handlingFitsCoverTheTruth() throws {
        var covered = 0, chosen = 0
        for seed in 1...40 {
            let stream = RandomStream(seed: UInt32(seed))!
            // Lognormal with mean 8 and sd 6: sigma² = log(1 + 36/64), zeta = log 8 − sigma²/2.
            let s2 = Foundation.log(1 + 36.0 / 64)
            let values = (0..<400).map { _ in stream.lognormal(zeta: Foundation.log(8) - s2 / 2, sigma: s2.squareRoot()) }
            let fit = try #require(DurationFit(values, seed: UInt32(seed)))
            if fit.mean.contains(8) { covered += 1 }
            if fit.best == .lognormal { chosen += 1 }
        }
        // 40 intervals of 95%: fewer than 34 covering has chance P(Bin(40, 0.95) <= 33) = 0.005.
        #expect(covered >= 34)
        #expect(chosen >= 30)
    }

    @Test func gammaShapeSolvesTheLikelihoodEquation() {
        for k in [0.5, 1.0, 2.5, 10.0] {
            let s = Foundation.log(k) - gsl_sf_psi(k)
            #expect(abs(DurationFit.gammaShape(s: s) - k) < 1e-8 * k)
        }
    }
}
