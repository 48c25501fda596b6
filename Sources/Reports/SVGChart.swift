/// A line, step and bar chart drawn as inline SVG: axes with gridlines, an optional right-hand
/// axis, 95% interval bands, and fixed-decimal coordinates, so the same data give the same
/// bytes. The legend is drawn by the page (HTML) so that long scenario names can wrap.
struct SVGChart {
    /// The horizontal axis: its domain, labelled ticks and title.
    struct XAxis {
        var low: Double
        var high: Double
        /// Tick positions (in data units) and their labels.
        var ticks: [(Double, String)]
        var title: String
    }

    /// Colour-blind safe colours (Okabe–Ito), one per scenario, in order.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    /// Dash patterns paired with the colours, so series stay apart when printed in grey.
    static let dashes = ["", "7 3", "2 3", "9 3 2 3", "4 4", "1 2", "12 4"]

    var x: XAxis
    var leftTitle: String
    var leftUnit: ChartScale.Unit
    /// A fixed left domain (e.g. 0...1 for shares) instead of one fitted to the data.
    var leftFixed: ClosedRange<Double>?
    var rightTitle: String?
    var rightUnit: ChartScale.Unit = .number
    var series: [ChartSeries]
    /// The measures cannot be negative: interval bands are cut at zero, so the axis starts there.
    var floorAtZero = true
    /// What the chart shows, in words (read out by screen readers).
    var summary: String
    var width = 720.0
    var height = 240.0

    static func color(_ index: Int) -> String { palette[index % palette.count] }
    static func dash(_ index: Int) -> String { dashes[index % dashes.count] }

    /// The `<svg>` element.
    func render() -> String {
        let hasRight = rightTitle != nil
        let left = 58.0, right = width - (hasRight ? 52 : 14), top = 10.0, bottom = height - 42
        let floor = floorAtZero ? 0 : -Double.infinity
        let leftScale = ChartScale(covering: series.filter { !$0.onRightAxis }.flatMap(\.extent).map { max($0, floor) },
                                   unit: leftUnit, fixed: leftFixed)
        let rightScale = ChartScale(covering: series.filter(\.onRightAxis).flatMap(\.extent).map { max($0, floor) },
                                    unit: rightUnit)
        func px(_ value: Double) -> Double {
            left + (value - x.low) / (x.high - x.low) * (right - left)
        }
        func py(_ value: Double, _ onRight: Bool) -> Double {
            (onRight ? rightScale : leftScale).position(value, from: bottom, to: top)
        }
        let c = ChartScale.coordinate
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\""
        out += " role=\"img\" aria-label=\"\(HTMLText.escape(summary))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        for tick in leftScale.ticks {
            let y = c(py(tick, false))
            out += "<line class=\"grid\" x1=\"\(c(left))\" y1=\"\(y)\" x2=\"\(c(right))\" y2=\"\(y)\" stroke=\"#e3e3e3\"/>"
            out += "<text x=\"\(c(left - 6))\" y=\"\(y)\" dy=\"0.32em\" text-anchor=\"end\">\(leftScale.label(tick))</text>\n"
        }
        if hasRight {
            for tick in rightScale.ticks {
                out += "<text x=\"\(c(right + 6))\" y=\"\(c(py(tick, true)))\" dy=\"0.32em\">\(rightScale.label(tick))</text>\n"
            }
        }
        for (position, label) in x.ticks where position >= x.low && position <= x.high {
            let xp = c(px(position))
            out += "<line x1=\"\(xp)\" y1=\"\(c(bottom))\" x2=\"\(xp)\" y2=\"\(c(bottom + 4))\" stroke=\"#555\"/>"
            let anchor = position == x.high ? "end" : position == x.low ? "start" : "middle"
            out += "<text x=\"\(xp)\" y=\"\(c(bottom + 16))\" text-anchor=\"\(anchor)\">\(HTMLText.escape(label))</text>\n"
        }
        for series in series where series.mark == .bars {
            out += bars(series, px: px, py: { py($0, series.onRightAxis) }, baseline: py(max(0, (series.onRightAxis ? rightScale : leftScale).low), series.onRightAxis))
        }
        for series in series where series.mark == .line {
            out += band(series, px: px, py: { py(max($0, floor), series.onRightAxis) })
        }
        for series in series where series.mark != .bars {
            out += line(series, px: px, py: { py($0, series.onRightAxis) })
        }
        out += "<line x1=\"\(c(left))\" y1=\"\(c(bottom))\" x2=\"\(c(right))\" y2=\"\(c(bottom))\" stroke=\"#555\"/>"
        out += "<line x1=\"\(c(left))\" y1=\"\(c(top))\" x2=\"\(c(left))\" y2=\"\(c(bottom))\" stroke=\"#555\"/>\n"
        let middle = c((top + bottom) / 2)
        out += "<text x=\"\(c((left + right) / 2))\" y=\"\(c(height - 6))\" text-anchor=\"middle\">\(HTMLText.escape(x.title))</text>\n"
        out += "<text transform=\"translate(13 \(middle)) rotate(-90)\" text-anchor=\"middle\">\(HTMLText.escape(leftTitle))</text>\n"
        if let rightTitle {
            out += "<text transform=\"translate(\(c(width - 8)) \(middle)) rotate(90)\" text-anchor=\"middle\">\(HTMLText.escape(rightTitle))</text>\n"
        }
        return out + "</svg>"
    }

    /// Bars from the baseline to each value.
    private func bars(_ series: ChartSeries, px: (Double) -> Double, py: (Double) -> Double, baseline: Double) -> String {
        let c = ChartScale.coordinate
        var out = "<g fill=\"\(Self.color(series.color))\" fill-opacity=\"0.45\">"
        for point in series.points {
            guard let y = point.y else { continue }
            let x0 = px(point.x - 0.42), x1 = px(point.x + 0.42), top = py(y)
            out += "<rect x=\"\(c(x0))\" y=\"\(c(min(top, baseline)))\" width=\"\(c(x1 - x0))\" height=\"\(c(abs(baseline - top)))\"/>"
        }
        return out + "</g>\n"
    }

    /// The interval band: one polygon per run of points that have both bounds.
    private func band(_ series: ChartSeries, px: (Double) -> Double, py: (Double) -> Double) -> String {
        var out = ""
        for run in runs(series.points, where: { $0.low != nil && $0.high != nil }) where run.count > 1 {
            let upper = run.map { "\(ChartScale.coordinate(px($0.x))),\(ChartScale.coordinate(py($0.high ?? 0)))" }
            let lower = run.reversed().map { "\(ChartScale.coordinate(px($0.x))),\(ChartScale.coordinate(py($0.low ?? 0)))" }
            out += "<polygon class=\"band\" points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(Self.color(series.color))\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
        }
        return out
    }

    /// The line (or step line) through the values, broken where a value is missing.
    private func line(_ series: ChartSeries, px: (Double) -> Double, py: (Double) -> Double) -> String {
        let c = ChartScale.coordinate
        var out = ""
        let dash = Self.dash(series.color)
        for run in runs(series.points, where: { $0.y != nil }) {
            var commands: [String] = []
            for (index, point) in run.enumerated() {
                let y = c(py(point.y ?? 0))
                if series.mark == .step {
                    commands.append("\(index == 0 ? "M" : "L")\(c(px(point.x - 0.5))) \(y)")
                    commands.append("L\(c(px(point.x + 0.5))) \(y)")
                } else {
                    commands.append("\(index == 0 ? "M" : "L")\(c(px(point.x))) \(y)")
                }
            }
            if series.mark == .line && run.count == 1, let point = run.first {
                out += "<circle cx=\"\(c(px(point.x)))\" cy=\"\(c(py(point.y ?? 0)))\" r=\"2\" fill=\"\(Self.color(series.color))\"/>\n"
                continue
            }
            out += "<path d=\"\(commands.joined(separator: " "))\" fill=\"none\" stroke=\"\(Self.color(series.color))\" stroke-width=\"1.8\""
            out += dash.isEmpty ? "/>\n" : " stroke-dasharray=\"\(dash)\"/>\n"
        }
        return out
    }

    /// The maximal runs of consecutive points that satisfy `keep`.
    private func runs(_ points: [ChartSeries.Point], where keep: (ChartSeries.Point) -> Bool) -> [[ChartSeries.Point]] {
        var result: [[ChartSeries.Point]] = []
        var current: [ChartSeries.Point] = []
        for point in points {
            if keep(point) {
                current.append(point)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
