import CGSL
import Foundation

/// Exact results of the stationary M/M/c queue (Erlang B and C) from GSL's Poisson
/// distribution: B(c, a) = P(N = c) / P(N ≤ c) for N ~ Poisson(a). Rates per unit time,
/// offered load a = λ / μ in erlangs.
public struct ErlangC: Sendable {
    public let arrivalRate: Double
    public let serviceRate: Double
    public let servers: Int

    public init(arrivalRate: Double, serviceRate: Double, servers: Int) {
        self.arrivalRate = arrivalRate
        self.serviceRate = serviceRate
        self.servers = servers
    }

    /// Offered load a = λ/μ (erlangs).
    public var load: Double { arrivalRate / serviceRate }
    /// Occupancy ρ = a / c.
    public var occupancy: Double { load / Double(servers) }

    /// Erlang B: the blocking probability of M/M/c/c.
    public var erlangB: Double {
        _ = GSLRuntime.ready
        let c = UInt32(servers)
        return gsl_ran_poisson_pdf(c, load) / gsl_cdf_poisson_P(c, load)
    }

    /// Erlang C: P(wait > 0); 1 when the queue is unstable (ρ ≥ 1).
    public var probabilityOfWaiting: Double {
        guard occupancy < 1 else { return 1 }
        let b = erlangB
        return b / (1 - occupancy * (1 - b))
    }

    /// E[W], the mean wait in queue.
    public var meanWait: Double {
        guard occupancy < 1 else { return .infinity }
        return probabilityOfWaiting / (Double(servers) * serviceRate - arrivalRate)
    }

    /// P(W ≤ t): the service level for target t.
    public func serviceLevel(target t: Double) -> Double {
        guard occupancy < 1 else { return 0 }
        return 1 - probabilityOfWaiting * exp(-(Double(servers) * serviceRate - arrivalRate) * t)
    }
}
