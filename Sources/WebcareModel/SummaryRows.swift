import Stochastics

/// The measures of one hour of the week (Monday 00:00-01:00 is hour 0).
public struct HourRow: Codable, Sendable, Equatable {
    public var hourOfWeek: Int
    public var day: String
    public var hour: Int
    /// Estimates keyed by `HourMetric.rawValue`.
    public var metrics: [String: Estimate]

    public init(hourOfWeek: Int, metrics: [String: Estimate]) {
        self.hourOfWeek = hourOfWeek
        self.day = (Weekday(rawValue: hourOfWeek / 24) ?? .monday).shortName
        self.hour = hourOfWeek % 24
        self.metrics = metrics
    }

    public subscript(metric: HourMetric) -> Estimate {
        metrics[metric.rawValue] ?? Estimate(mean: nil, ci95Low: nil, ci95High: nil)
    }

    enum CodingKeys: String, CodingKey {
        case day, hour, metrics
        case hourOfWeek = "hour_of_week"
    }
}

/// The measures of one channel or one message kind.
public struct GroupRow: Codable, Sendable, Equatable {
    public var name: String
    /// Estimates keyed by `GroupMetric.rawValue`.
    public var metrics: [String: Estimate]

    public init(name: String, metrics: [String: Estimate]) {
        self.name = name
        self.metrics = metrics
    }

    public subscript(metric: GroupMetric) -> Estimate {
        metrics[metric.rawValue] ?? Estimate(mean: nil, ci95Low: nil, ci95High: nil)
    }
}
