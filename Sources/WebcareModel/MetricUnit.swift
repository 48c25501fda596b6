import Stochastics

/// What a measure's numbers are: a count (messages, events, messages waiting), minutes (waits),
/// hours (officer time) or a share (a fraction in [0, 1]). The unit sets the range of the
/// measure's 95% interval and how the reports print it.
public enum MetricUnit: Sendable {
    case count
    case minutes
    case hours
    case share

    /// The interval scale of a measure in this unit: shares lie in [0, 1] (logit scale),
    /// everything else is ≥ 0 (log scale).
    public var scale: IntervalScale { self == .share ? .unitInterval : .nonNegative }
}
