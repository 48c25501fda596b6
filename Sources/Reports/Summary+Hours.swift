import Stochastics
import WebcareModel

extension Summary {
    /// The 168 estimates of an hour measure, Monday 00:00-01:00 first; missing hours are undefined.
    func hourOfWeek(_ metric: HourMetric) -> [Estimate] {
        var values = Array(repeating: Estimate(mean: nil, ci95Low: nil, ci95High: nil), count: 168)
        for row in byHourOfWeek where (0..<168).contains(row.hourOfWeek) { values[row.hourOfWeek] = row[metric] }
        return values
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
