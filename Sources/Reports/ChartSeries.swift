/// One series of an `SVGChart`: its points (a value with an optional 95% interval
/// drawn as a band), how it is drawn, against which y axis, and its colour.
struct ChartSeries {
    /// How the series is drawn.
    enum Mark {
        /// A line through the values, with the interval as a shaded band; breaks where a value is missing.
        case line
        /// A step line: each value holds over [x − 0.5, x + 0.5] (e.g. officers over one hour).
        case step
        /// A bar per value, centred on x, one x unit wide minus a gap.
        case bars
    }

    /// One value at `x` with its interval, any part of which may be missing.
    struct Point {
        var x: Double
        var y: Double?
        var low: Double?
        var high: Double?

        init(x: Double, y: Double?, low: Double? = nil, high: Double? = nil) {
            self.x = x
            self.y = y
            self.low = low
            self.high = high
        }
    }

    var points: [Point]
    var mark: Mark
    /// Drawn against the right-hand axis instead of the left.
    var onRightAxis = false
    /// Index into `SVGChart.palette` (taken modulo its length) and the dash patterns.
    var color: Int

    /// Every value and interval bound, for sizing the axis.
    var extent: [Double] { points.flatMap { [$0.y, $0.low, $0.high].compactMap { $0 } }.filter(\.isFinite) }
}
