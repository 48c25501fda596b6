import Foundation
import WebcareModel

/// How a measure's numbers are printed: shares as percentages, minutes and counts with a
/// sensible number of decimals, hours with one.
public enum NumberStyle: Sendable {
    case share
    case minutes
    case count
    case hours

    /// The style of a measure in `unit`.
    public init(_ unit: MetricUnit) {
        switch unit {
        case .share: self = .share
        case .minutes: self = .minutes
        case .count: self = .count
        case .hours: self = .hours
        }
    }

    /// The value in this style; a value that rounds to zero prints without a minus sign.
    public func format(_ value: Double) -> String {
        let text: String
        switch self {
        case .share: text = String(format: "%.1f%%", value * 100)
        case .minutes, .count: text = String(format: abs(value) < 10 ? "%.2f" : "%.1f", value)
        case .hours: text = String(format: "%.1f", value)
        }
        let roundsToZero = text.allSatisfy { "-0.%".contains($0) }
        return roundsToZero && text.hasPrefix("-") ? String(text.dropFirst()) : text
    }
}

extension Metric {
    /// The number style of this measure (from its unit).
    public var style: NumberStyle { NumberStyle(facts.unit) }
}

extension GroupMetric {
    /// The number style of this measure (from its unit).
    public var style: NumberStyle { NumberStyle(unit) }
}

extension HourMetric {
    /// The number style of this measure (from its unit).
    public var style: NumberStyle { NumberStyle(unit) }
}
