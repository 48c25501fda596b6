import Stochastics
import WebcareModel

extension Summary {
    /// The 168 estimates of an hour measure, Monday 00:00-01:00 first; missing hours are undefined.
    func hourOfWeek(_ metric: HourMetric) -> [Estimate] {
        var values = Array(repeating: Estimate(mean: nil, ci95Low: nil, ci95High: nil), count: 168)
        for row in byHourOfWeek where (0..<168).contains(row.hourOfWeek) { values[row.hourOfWeek] = row[metric] }
        return values
    }

    /// The 24 estimates of an hour measure by hour of the day: the mean, low and high of the
    /// seven days averaged (over the days where each is defined). The averaged interval is
    /// conservative: it is at least as wide as the interval of the average.
    func hourOfDay(_ metric: HourMetric) -> [Estimate] {
        let week = hourOfWeek(metric)
        return (0..<24).map { hour in
            let days = (0..<7).map { week[$0 * 24 + hour] }
            func average(_ values: [Double?]) -> Double? {
                let present = values.compactMap { $0 }.filter(\.isFinite)
                return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
            }
            let withInterval = days.filter { $0.ci95Low != nil && $0.ci95High != nil }
            return Estimate(mean: average(days.map(\.mean)), ci95Low: average(withInterval.map(\.ci95Low)),
                            ci95High: average(withInterval.map(\.ci95High)))
        }
    }
}

extension Array where Element == Estimate {
    /// Chart points at x = index + `offset` (e.g. 0.5 to put an hour's value mid-hour).
    func points(offset: Double = 0.5) -> [ChartSeries.Point] {
        enumerated().map { index, estimate in
            ChartSeries.Point(x: Double(index) + offset, y: estimate.mean, low: estimate.ci95Low, high: estimate.ci95High)
        }
    }
}
