import Stochastics

/// The result of running scenarios side by side with common random numbers: each scenario's
/// summary, and each later scenario's paired difference against the first (later − first),
/// estimated per replication with its own 95% interval.
public struct ExperimentResult: Codable, Sendable, Equatable {
    public var seed: UInt64
    public var replications: Int
    public var summaries: [Summary]
    public var differences: [DifferenceSet]
    public var stopping: Stopping?
    /// How to read the differences, stated in the output.
    public var definition: String =
        "difference = scenario − baseline, computed replication by replication with common random numbers (the same messages in every scenario wherever the demand agrees); mean and two-sided 95% Student-t interval over replications (symmetric: a difference may be negative); significant when the interval excludes zero"

    enum CodingKeys: String, CodingKey {
        case seed, replications, summaries, differences, stopping, definition
    }
}

/// The paired differences of one scenario against the baseline (the first scenario).
public struct DifferenceSet: Codable, Sendable, Equatable {
    public var scenario: String
    public var baseline: String
    /// Keyed by `Metric.rawValue`.
    public var metrics: [String: Difference]

    public subscript(metric: Metric) -> Difference {
        metrics[metric.rawValue] ?? Difference(Estimate(mean: nil, ci95Low: nil, ci95High: nil))
    }
}

/// A paired difference (same units as its measure) with its 95% interval, and whether the
/// interval excludes zero.
public struct Difference: Codable, Sendable, Equatable {
    public var mean: Double?
    public var ci95Low: Double?
    public var ci95High: Double?
    public var significant: Bool

    public init(_ estimate: Estimate) {
        mean = estimate.mean
        ci95Low = estimate.ci95Low
        ci95High = estimate.ci95High
        if let low = estimate.ci95Low, let high = estimate.ci95High {
            significant = low > 0 || high < 0
        } else {
            significant = false
        }
    }

    /// As an estimate (mean and interval).
    public var estimate: Estimate { Estimate(mean: mean, ci95Low: ci95Low, ci95High: ci95High) }

    enum CodingKeys: String, CodingKey {
        case mean, significant
        case ci95Low = "ci95_low"
        case ci95High = "ci95_high"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(ci95Low, forKey: .ci95Low)
        try container.encode(ci95High, forKey: .ci95High)
        try container.encode(significant, forKey: .significant)
    }
}
