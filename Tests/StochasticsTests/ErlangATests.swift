import Foundation
import Stochastics
import Testing

/// Exact values from /work/shared/validation/cases-public.json (Erlang A cases P5, P6: the
/// birth-death series, cross-checked there with the closed form).
struct ErlangACase: Sendable, CustomTestStringConvertible {
    let id: String, lambda: Double, servers: Int, theta: Double
    let pWait: Double, pAbandon: Double, meanWaitServed: Double
    var testDescription: String { id }
}

@Suite("ErlangA")
struct ErlangATests {
    static let cases = [
        ErlangACase(id: "P5 M/M/10+M ρ=0.9 θ=0.5", lambda: 9, servers: 10, theta: 0.5, pWait: 0.4689417044413371,
                    pAbandon: 0.0670117154734482, meanWaitServed: 0.12591048550927092),
        ErlangACase(id: "P6 M/M/5+M ρ=1.2 θ=1", lambda: 6, servers: 5, theta: 1, pWait: 0.7149434996833688,
                    pAbandon: 0.2530098674872115, meanWaitServed: 0.23720171312096744),
    ]

    /// P(W > 0), the abandon share (the service level at t = ∞) and, through the whole curve,
    /// E[W | served] = ∫ (P(served) − SL(t)) dt / P(served) (Simpson's rule on [0, 60], where the
    /// integrand has fallen below 1e-20) equal the exact values.
    @Test("p_wait, abandonment and the service-level curve equal the exact values", arguments: cases)
    func exactValues(_ c: ErlangACase) {
        let q = ErlangA(arrivalRate: c.lambda, serviceRate: 1, servers: c.servers, abandonmentRate: c.theta)
        #expect(abs(q.probabilityOfWaiting - c.pWait) < 1e-10)
        #expect(abs(q.abandonShare - c.pAbandon) < 1e-10)
        #expect(abs(q.serviceLevel(target: 0) - (1 - c.pWait)) < 1e-10)
        let served = 1 - q.abandonShare
        let steps = 6_000, h = 60.0 / Double(steps)
        var integral = 0.0
        for k in 0...steps {
            let weight: Double = k == 0 || k == steps ? 1 : (k % 2 == 1 ? 4 : 2)
            integral += weight * (served - q.serviceLevel(target: Double(k) * h))
        }
        integral *= h / 3
        #expect(abs(integral / served - c.meanWaitServed) < 1e-7)
    }

    /// With little abandonment the formula tends to Erlang C: with θ = 1e-3 (the closed form,
    /// not the fallback: its scale is e^236) a waiting customer abandons with probability of
    /// order θ × E[W | W > 0] = 1e-3 × 0.5, so the service levels differ by less than 1e-3; θ = 0
    /// is Erlang C itself.
    @Test func smallPatienceRateIsErlangC() {
        let c = ErlangC(arrivalRate: 8, serviceRate: 1, servers: 10)
        for t in [0.0, 0.1, 0.5, 2] {
            let a = ErlangA(arrivalRate: 8, serviceRate: 1, servers: 10, abandonmentRate: 1e-3)
            #expect(abs(a.serviceLevel(target: t) - c.serviceLevel(target: t)) < 1e-3)
            let zero = ErlangA(arrivalRate: 8, serviceRate: 1, servers: 10, abandonmentRate: 0)
            #expect(zero.serviceLevel(target: t) == c.serviceLevel(target: t))
        }
    }
}
