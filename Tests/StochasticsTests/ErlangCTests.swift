import Foundation
import Testing
import Stochastics

/// Exact values from /work/shared/validation/cases-public.json (Erlang C cases P1–P4).
struct ErlangCase: Sendable, CustomTestStringConvertible {
    let id: String, lambda: Double, servers: Int, target: Double
    let pWait: Double, meanWait: Double, serviceLevel: Double
    var testDescription: String { id }
}

@Suite("ErlangC")
struct ErlangCTests {
    static let cases = [
        ErlangCase(id: "P1 M/M/5 ρ=0.5", lambda: 2.5, servers: 5, target: 0.25, pWait: 0.1303712974551523,
                   meanWait: 0.052148518982060924, serviceLevel: 0.930217273086281),
        ErlangCase(id: "P2 M/M/10 ρ=0.8", lambda: 8, servers: 10, target: 0.2, pWait: 0.40918015079644354,
                   meanWait: 0.20459007539822177, serviceLevel: 0.7257183424812581),
        ErlangCase(id: "P3 M/M/1 ρ=0.7", lambda: 0.7, servers: 1, target: 1, pWait: 0.7,
                   meanWait: 2.333333333333333, serviceLevel: 0.4814272455227975),
        ErlangCase(id: "P4 M/M/20 ρ=0.95", lambda: 19, servers: 20, target: 0.1, pWait: 0.7554012320910866,
                   meanWait: 0.7554012320910866, serviceLevel: 0.31648469957351866),
    ]

    @Test("p_wait, mean wait and service level equal the exact values", arguments: cases)
    func exactValues(_ c: ErlangCase) {
        let q = ErlangC(arrivalRate: c.lambda, serviceRate: 1, servers: c.servers)
        #expect(close(q.probabilityOfWaiting, c.pWait, relative: 1e-10))
        #expect(close(q.meanWait, c.meanWait, relative: 1e-10))
        #expect(close(q.serviceLevel(target: c.target), c.serviceLevel, relative: 1e-10))
        #expect(close(q.occupancy, c.lambda / Double(c.servers)))
    }

    /// Changing the time unit (per hour → per minute) leaves probabilities unchanged and
    /// scales times.
    @Test("results scale with the time unit", arguments: cases)
    func timeUnit(_ c: ErlangCase) {
        let perUnit = ErlangC(arrivalRate: c.lambda, serviceRate: 1, servers: c.servers)
        let per60 = ErlangC(arrivalRate: c.lambda / 60, serviceRate: 1.0 / 60, servers: c.servers)
        #expect(close(per60.probabilityOfWaiting, perUnit.probabilityOfWaiting, relative: 1e-10))
        #expect(close(per60.meanWait, 60 * perUnit.meanWait, relative: 1e-10))
        #expect(close(per60.serviceLevel(target: 60 * c.target), perUnit.serviceLevel(target: c.target),
                      relative: 1e-10))
    }

    @Test("Erlang B with one server is a/(1+a)", arguments: [0.01, 0.5, 1, 3.7, 40])
    func erlangBOneServer(_ a: Double) {
        #expect(close(ErlangC(arrivalRate: a, serviceRate: 1, servers: 1).erlangB, a / (1 + a)))
    }

    /// Independent check: the classic recursion B(0) = 1, B(c) = a·B(c−1) / (c + a·B(c−1)).
    @Test("Erlang B agrees with the recursion", arguments: [0.5, 4.2, 9, 19])
    func erlangBRecursion(_ a: Double) {
        var b = 1.0
        for c in 1...40 {
            b = a * b / (Double(c) + a * b)
            #expect(close(ErlangC(arrivalRate: a, serviceRate: 1, servers: c).erlangB, b, relative: 1e-9))
        }
    }

    @Test("an unstable queue waits always and forever")
    func unstable() {
        for lambda in [5.0, 6.5] {
            let q = ErlangC(arrivalRate: lambda, serviceRate: 1, servers: 5)
            #expect(q.probabilityOfWaiting == 1)
            #expect(q.meanWait == .infinity)
            #expect(q.serviceLevel(target: 10) == 0)
        }
    }

    @Test("the service level rises from 1 − p_wait at t = 0 towards 1")
    func serviceLevelShape() {
        let q = ErlangC(arrivalRate: 8, serviceRate: 1, servers: 10)
        #expect(close(q.serviceLevel(target: 0), 1 - q.probabilityOfWaiting))
        let levels = stride(from: 0.0, through: 10, by: 0.5).map { q.serviceLevel(target: $0) }
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $0 < $1 })
        #expect(levels.last! < 1 && levels.last! > 0.999)
    }
}
