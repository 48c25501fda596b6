/// A horizontal stacked bar chart as inline SVG: one bar per row (scenario), split into
/// coloured segments (e.g. officer hours by state), a value axis with gridlines and each bar's
/// total at its end. Fixed-decimal coordinates, so the same data give the same bytes; the
/// legend of the segments is drawn by the page.
struct StackedBarChart {
    /// One bar: its label and the size of each segment (missing or negative sizes count as 0).
    struct Bar {
        var label: String
        var segments: [Double?]
    }

    /// The segments' colours, in order (Okabe–Ito and greys, apart from the scenario colours' use).
    static let palette = ["#0072B2", "#BBBBBB", "#E69F00", "#56B4E9", "#D55E00", "#CC79A7", "#009E73", "#000000"]

    static func color(_ index: Int) -> String { palette[index % palette.count] }

    var bars: [Bar]
    var axisTitle: String
    /// How the total at the end of each bar is written.
    var total: (Double) -> String
    /// What the chart shows, in words (read out by screen readers).
    var summary: String
    var width = 720.0

    /// The `<svg>` element.
    func render() -> String {
        let c = ChartScale.coordinate
        let rowHeight = 28.0, barHeight = 18.0, top = 8.0, labelWidth = 230.0, totalWidth = 80.0
        let height = top + rowHeight * Double(bars.count) + 38
        let left = labelWidth, right = width - totalWidth
        let totals = bars.map { $0.segments.reduce(0) { $0 + max($1 ?? 0, 0) } }
        let scale = ChartScale(covering: totals, unit: .number, tickCount: 5)
        func px(_ value: Double) -> Double { scale.position(value, from: left, to: right) }
        let bottom = top + rowHeight * Double(bars.count)
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\""
        out += " role=\"img\" aria-label=\"\(HTMLText.escape(summary))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        for tick in scale.ticks {
            let x = c(px(tick))
            out += "<line x1=\"\(x)\" y1=\"\(c(top))\" x2=\"\(x)\" y2=\"\(c(bottom))\" stroke=\"\(tick == 0 ? "#555" : "#e3e3e3")\"/>"
            out += "<text x=\"\(x)\" y=\"\(c(bottom + 14))\" text-anchor=\"middle\">\(scale.label(tick))</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * (Double(index) + 0.5)
            out += "<text x=\"\(c(left - 8))\" y=\"\(c(y))\" dy=\"0.32em\" text-anchor=\"end\">\(HTMLText.escape(Self.shorten(bar.label)))</text>"
            var start = 0.0
            for (segment, size) in bar.segments.enumerated() {
                let value = max(size ?? 0, 0)
                guard value > 0 else { continue }
                let x0 = px(start), x1 = px(start + value)
                out += "<rect x=\"\(c(x0))\" y=\"\(c(y - barHeight / 2))\" width=\"\(c(x1 - x0))\" height=\"\(c(barHeight))\" fill=\"\(Self.color(segment))\"/>"
                start += value
            }
            out += "<text x=\"\(c(px(start) + 6))\" y=\"\(c(y))\" dy=\"0.32em\">\(HTMLText.escape(total(totals[index])))</text>\n"
        }
        out += "<text x=\"\(c((left + right) / 2))\" y=\"\(c(height - 4))\" text-anchor=\"middle\">\(HTMLText.escape(axisTitle))</text>\n"
        return out + "</svg>"
    }

    /// A label cut to fit the label column (the full name is in the table and the legend).
    static func shorten(_ label: String) -> String {
        label.count <= 36 ? label : String(label.prefix(35)) + "…"
    }
}
