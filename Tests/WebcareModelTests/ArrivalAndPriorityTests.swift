import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// Arrivals are Poisson with the hour's rate (even a one-hour peak), and priorities follow
/// the exact non-preemptive priority formula for M/M/c.
@Suite(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
struct ArrivalAndPriorityTests {
    /// Counts in a one-hour peak (30/h between hours of 0.5/h) over many weeks: mean 30 and
    /// variance equal to the mean, each within 4 standard errors.
    @Test func shortPeakIsPoisson() throws {
        var rates = [Double](repeating: 0.5, count: 168)
        rates[40] = 30
        let process = ArrivalProcess(channel: Channel(name: "peaky", hourlyRates: rates))
        let stream = try #require(RandomStream(seed: 99))
        let weeks = 4_000
        var counts = [Double](repeating: 0, count: weeks)
        var quiet = 0.0
        var t = 0.0
        while let next = process.next(after: t, stream: stream), next < Double(weeks) * Clock.week {
            t = next
            let hour = Int(t / 60) % 168
            if hour == 40 { counts[Int(t / Clock.week)] += 1 } else if hour == 41 { quiet += 1 }
        }
        let n = Double(weeks)
        let mean = counts.reduce(0, +) / n
        let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        #expect(abs(mean - 30) <= 4 * (30 / n).squareRoot())
        // The variance of a Poisson sample variance is λ/n + 2λ²/(n-1).
        #expect(abs(variance - 30) <= 4 * (30 / n + 2 * 900 / (n - 1)).squareRoot())
        #expect(abs(quiet / n - 0.5) <= 4 * (0.5 / n).squareRoot())
    }

    /// M/M/3 with two classes of equal exponential handling, non-preemptive priority (Cobham):
    /// W_k = (P(wait) / (cμ − λ)) · (1 − ρ) / ((1 − σ_{k−1})(1 − σ_k)), σ_k the load of classes 1…k.
    @Test func priorityWaitsMatchCobham() throws {
        let lambdaPerMinute = 0.24, mu = 0.1, c = 3
        let shares = [0.3, 0.7]
        let yaml = """
        name: two priorities
        run: {horizon_days: 120, warmup_days: 2, replications: 10, seed: 5}
        service_level: {target_minutes: 10}
        channels: [{name: all, messages_per_hour: \(lambdaPerMinute * 60)}]
        kinds:
          - {name: first, share: \(shares[0]), priority: 1, handling: {dist: exponential, mean: \(1 / mu)}}
          - {name: second, share: \(shares[1]), priority: 2, handling: {dist: exponential, mean: \(1 / mu)}}
        shifts: [{name: all, days: daily, start: "00:00", end: "24:00", officers: \(c)}]
        """
        let summary = try Experiment.run(try ScenarioLoader.parse(yaml: yaml, file: "priority.yaml"), threads: 2)
        let erlang = ErlangC(arrivalRate: lambdaPerMinute, serviceRate: mu, servers: c)
        let rho = erlang.occupancy
        var sigmaBefore = 0.0
        for (kind, share) in shares.enumerated() {
            let sigma = sigmaBefore + share * rho
            let exact = erlang.meanWait * (1 - rho) / ((1 - sigmaBefore) * (1 - sigma))
            let estimate = summary.byKind[kind][.waitMean]
            let mean = try #require(estimate.mean)
            let standardError = try #require(estimate.studentHalfWidth(on: GroupMetric.waitMean.scale)) / 2.262157162
            #expect(abs(mean - exact) <= 4 * standardError || abs(mean - exact) <= 0.02 * exact,
                    "class \(kind + 1): simulated \(mean) ± \(standardError), exact \(exact)")
            sigmaBefore = sigma
        }
    }
}
