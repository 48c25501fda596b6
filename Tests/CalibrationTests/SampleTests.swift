import Calibration
import Foundation
import Stochastics
import Testing

/// Past 50,000 values the duration and patience fits keep a seeded reservoir: the parameters
/// stay those of all the values, the sample is reproducible, and fit.json's note says so.
@Suite struct SampleTests {
    @Test func aLargeSampleIsFittedFromExactStatisticsAndAReservoir() throws {
        let stream = try #require(RandomStream(seed: 5))
        let values = (0..<200_000).map { _ in stream.lognormal(zeta: 2, sigma: 0.5) }
        let fit = try #require(DurationFit(values, seed: 1))
        let note = try #require(fit.sample)
        #expect(note.size == DurationSample.limit && note.of == 200_000 && fit.count == 200_000)
        // The lognormal's parameters are the mean and sd of all the logarithms, not the sample's.
        let logs = values.map { log($0) }
        let meanLog = logs.reduce(0, +) / Double(logs.count)
        let sdLog = (logs.reduce(0) { $0 + ($1 - meanLog) * ($1 - meanLog) } / Double(logs.count)).squareRoot()
        let lognormal = try #require(fit.candidates.first { $0.family == .lognormal })
        #expect(abs(lognormal.parameters[0] - meanLog) < 1e-9 && abs(lognormal.parameters[1] - sdLog) < 1e-9)
        #expect(fit.best == .lognormal && !fit.empirical)
        // The reservoir is seeded: the same values give the same fit, byte for byte.
        let again = try #require(DurationFit(values, seed: 1))
        #expect(again.quantiles == fit.quantiles && again.candidates.map(\.ksDistance) == fit.candidates.map(\.ksDistance))
        // A small sample is used whole and says nothing.
        #expect(try #require(DurationFit(Array(values.prefix(1_000)), seed: 1)).sample == nil)
    }

    @Test func manyWaitsKeepExactTotalsAndASampledCurve() throws {
        let stream = try #require(RandomStream(seed: 6))
        let waits = (0..<120_000).map { _ in (minutes: stream.exponential(mean: 10), gaveUp: stream.uniform() < 0.3) }
        let fit = PatienceFit(waits: waits)
        #expect(fit.kaplanMeierSample == WaitSample.limit)
        #expect(fit.abandoned == waits.filter(\.gaveUp).count && fit.abandoned + fit.censored == 120_000)
        let total = waits.reduce(0) { $0 + $1.minutes }
        #expect(abs(fit.observedMinutes - total) < 1e-6 * total)
        #expect(PatienceFit(waits: Array(waits.prefix(100))).kaplanMeierSample == nil)
    }
}
