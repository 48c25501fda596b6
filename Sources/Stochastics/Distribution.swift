import Foundation

/// A distribution of positive durations in minutes, by shape. Parameters are stored as given
/// (mean and standard deviation).
public enum Distribution: Sendable, Equatable {
    /// Exponential with the given mean (minutes).
    case exponential(mean: Double)
    /// Lognormal with the given mean and standard deviation (minutes).
    case lognormal(mean: Double, sd: Double)
    /// Gamma with the given mean and standard deviation (minutes).
    case gamma(mean: Double, sd: Double)
    /// Always the same value (minutes).
    case deterministic(value: Double)
    /// One of the listed values (minutes), each equally likely.
    case empirical(values: [Double])

    /// The mean (minutes).
    public var mean: Double {
        switch self {
        case .exponential(let mean), .lognormal(let mean, _), .gamma(let mean, _): mean
        case .deterministic(let value): value
        case .empirical(let values): values.reduce(0, +) / Double(values.count)
        }
    }

    /// The squared coefficient of variation, variance / mean².
    public var squaredCV: Double {
        switch self {
        case .exponential: return 1
        case .lognormal(let mean, let sd), .gamma(let mean, let sd): return (sd * sd) / (mean * mean)
        case .deterministic: return 0
        case .empirical(let values):
            let m = mean
            let variance = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count)
            return variance / (m * m)
        }
    }
}

/// A distribution turned into the parameters GSL's samplers take, ready to draw from.
public struct Sampler: Sendable {
    @usableFromInline enum Form: Sendable {
        case exponential(mean: Double)
        case lognormal(zeta: Double, sigma: Double)
        case gamma(shape: Double, scale: Double)
        case constant(Double)
        case empirical([Double])
    }

    @usableFromInline let form: Form

    public init(_ distribution: Distribution) {
        switch distribution {
        case .exponential(let mean):
            form = .exponential(mean: mean)
        case .lognormal(let mean, let sd):
            let sigma2 = log(1 + (sd * sd) / (mean * mean))
            form = sd == 0 ? .constant(mean) : .lognormal(zeta: log(mean) - sigma2 / 2, sigma: sigma2.squareRoot())
        case .gamma(let mean, let sd):
            form = sd == 0 ? .constant(mean) : .gamma(shape: (mean * mean) / (sd * sd), scale: (sd * sd) / mean)
        case .deterministic(let value):
            form = .constant(value)
        case .empirical(let values):
            form = values.count == 1 ? .constant(values[0]) : .empirical(values)
        }
    }

    /// One draw (minutes).
    @inlinable public func sample(_ stream: RandomStream) -> Double {
        switch form {
        case .exponential(let mean): stream.exponential(mean: mean)
        case .lognormal(let zeta, let sigma): stream.lognormal(zeta: zeta, sigma: sigma)
        case .gamma(let shape, let scale): stream.gamma(shape: shape, scale: scale)
        case .constant(let value): value
        case .empirical(let values): values[stream.index(below: values.count)]
        }
    }
}
