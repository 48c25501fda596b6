import CGSL
import Foundation

/// The stationary M/M/n+M queue (Erlang A: Palm's queue with exponential patience): arrival
/// rate λ, service rate μ per server, n servers, abandonment rate θ per waiting customer (the
/// inverse of the mean patience); rates per unit time. With a = λ/θ and b = nμ/θ, the waiting
/// states have π(n + j) = π(n) a^j Γ(b + 1) / Γ(b + j + 1), whose sum over j is
/// A = Γ(b + 1) a^(−b) e^a P(b, a) (P: GSL's regularized lower incomplete gamma). An arrival
/// that must wait is served within t with probability (weighted over the states it finds)
/// (b / a) Γ(b + 1) a^(−b) e^a [P(b + 1, a) − P(b + 1, a e^(−θt))]: the number ahead of it thins
/// like a Poisson count of mean a e^(−θs) while it waits s. θ = 0 (or so small that the
/// scale overflows a double, ln > 700) is Erlang C.
public struct ErlangA: Sendable {
    public let arrivalRate: Double
    public let serviceRate: Double
    public let servers: Int
    public let abandonmentRate: Double

    public init(arrivalRate: Double, serviceRate: Double, servers: Int, abandonmentRate: Double) {
        self.arrivalRate = arrivalRate
        self.serviceRate = serviceRate
        self.servers = servers
        self.abandonmentRate = abandonmentRate
    }

    private var erlangC: ErlangC { ErlangC(arrivalRate: arrivalRate, serviceRate: serviceRate, servers: servers) }

    /// ln(Γ(b + 1) a^(−b) e^a), the scale shared by the waiting states.
    private var logScale: Double {
        let a = arrivalRate / abandonmentRate, b = Double(servers) * serviceRate / abandonmentRate
        return gsl_sf_lngamma(b + 1) - b * log(a) + a
    }

    /// π(n), the probability that all servers are busy and no one waits, from Erlang B = E:
    /// π(n) = E / (1 + (A − 1) E).
    private var allBusy: Double {
        let a = arrivalRate / abandonmentRate, b = Double(servers) * serviceRate / abandonmentRate
        let sumWaiting = exp(logScale) * gsl_sf_gamma_inc_P(b, a)
        let e = erlangC.erlangB
        return e / (1 + (sumWaiting - 1) * e)
    }

    /// P(wait > 0): the share of arrivals that find every server busy.
    public var probabilityOfWaiting: Double {
        guard abandonmentRate > 0, logScale < 700 else { return erlangC.probabilityOfWaiting }
        guard arrivalRate > 0 else { return 0 }
        let a = arrivalRate / abandonmentRate, b = Double(servers) * serviceRate / abandonmentRate
        return allBusy * exp(logScale) * gsl_sf_gamma_inc_P(b, a)
    }

    /// P(served and wait ≤ t): the service level for target t, abandoned customers counted as missed.
    public func serviceLevel(target t: Double) -> Double {
        guard abandonmentRate > 0, logScale < 700 else { return erlangC.serviceLevel(target: t) }
        guard arrivalRate > 0 else { return 1 }
        guard servers > 0 else { return 0 }
        let a = arrivalRate / abandonmentRate, b = Double(servers) * serviceRate / abandonmentRate
        let pn = allBusy
        let e = erlangC.erlangB
        let beforeBusy = pn * (1 / e - 1)
        let thinned = gsl_sf_gamma_inc_P(b + 1, a) - gsl_sf_gamma_inc_P(b + 1, a * exp(-abandonmentRate * t))
        return beforeBusy + pn * (b / a) * exp(logScale) * thinned
    }

    /// The share of arrivals that abandon: 1 − the share served at all.
    public var abandonShare: Double { 1 - serviceLevel(target: .infinity) }
}
