import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The engine against exact queueing results: every public validation case (Erlang C, Erlang A,
/// M/G/1 lognormal, M/D/1), written as a scenario file and run through the same loader and
/// engine as the webcare scenarios. Pass rule of ../shared/validation/README.md: within 4
/// standard errors of the replication mean, or within 2% relative on means and 0.005 absolute
/// on probabilities.
@Suite struct QueueingTheoryTests {
    /// Simulated measure ↔ exact key, and whether it is a probability.
    static let pairs: [(Metric, String, Bool)] = [
        (.pWait, "p_wait", true),
        (.waitMean, "mean_wait", false),
        (.waitAllMean, "mean_wait_all", false),
        (.abandonShare, "p_abandon", true),
        (.queueMean, "mean_queue", false),
        (.utilization, "utilization", true),
        (.serviceLevel, "p_wait_le_t", true),
    ]

    @Test func allPublicCasesAreLoaded() {
        #expect(ValidationCase.all.count == 8)
    }

    @Test(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"), arguments: ValidationCase.all)
    func matchesExactResult(_ validation: ValidationCase) throws {
        let replications = 10
        let scenario = try ScenarioLoader.parse(
            yaml: validation.yaml(events: 1_500_000, replications: replications), file: "\(validation.id).yaml")
        let summary = try Experiment.run(scenario, threads: ProcessInfo.processInfo.activeProcessorCount)
        var checked = 0
        for (metric, key, isProbability) in Self.pairs {
            guard let exact = validation.exact[key] else { continue }
            let estimate = summary[metric]
            let mean = try #require(estimate.mean, "\(metric.rawValue) undefined")
            let half = try #require(estimate.studentHalfWidth(on: metric.scale))
            let standardError = half / StudentT.quantile975(degrees: replications - 1)
            let error = abs(mean - exact)
            let closeEnough = isProbability ? error <= 0.005 : error <= 0.02 * abs(exact)
            #expect(error <= 4 * standardError || closeEnough,
                    "\(validation.id) \(metric.rawValue): simulated \(mean) ± \(standardError) (s.e.), exact \(exact)")
            checked += 1
        }
        #expect(checked >= 6)
        if validation.params.theta == 0 && validation.params.service.dist == "exponential" {
            try checkWaitDistribution(summary, validation: validation, replications: replications)
        }
    }

    /// The reported response-time distribution against Erlang C's P(W ≤ t) = 1 − C·e^{−(cμ−λ)t}
    /// at every grid point (minutes), same pass rule (probabilities).
    private func checkWaitDistribution(_ summary: Summary, validation: ValidationCase, replications: Int) throws {
        let erlang = ErlangC(arrivalRate: validation.params.lam, serviceRate: validation.params.mu, servers: validation.params.c)
        #expect(summary.waitDistribution.map(\.minutes) == WaitPoint.grid)
        for point in summary.waitDistribution {
            let mean = try #require(point.answeredWithin.mean)
            let standardError = (point.answeredWithin.studentHalfWidth(on: .unitInterval) ?? 0) / StudentT.quantile975(degrees: replications - 1)
            let exact = erlang.serviceLevel(target: point.minutes)
            let error = abs(mean - exact)
            #expect(error <= 4 * standardError || error <= 0.005,
                    "\(validation.id) P(W <= \(point.minutes)): simulated \(mean) ± \(standardError), exact \(exact)")
        }
    }

    /// The GSL-based Erlang C formulas agree with the published exact values.
    @Test(arguments: ValidationCase.all.filter { $0.params.theta == 0 && $0.params.service.dist == "exponential" })
    func erlangCFormulaMatchesPublishedValues(_ validation: ValidationCase) throws {
        let erlang = ErlangC(arrivalRate: validation.params.lam, serviceRate: validation.params.mu, servers: validation.params.c)
        let pWait = try #require(validation.exact["p_wait"])
        let meanWait = try #require(validation.exact["mean_wait"])
        #expect(abs(erlang.probabilityOfWaiting - pWait) < 1e-9)
        #expect(abs(erlang.meanWait - meanWait) < 1e-9)
        if let t = validation.sl_t, let sl = validation.exact["p_wait_le_t"] {
            #expect(abs(erlang.serviceLevel(target: t) - sl) < 1e-9)
        }
    }
}
