import WebcareModel

/// A dot-and-whisker chart of paired differences against the baseline for one measure: one
/// row per scenario, the mean as a dot (filled when significant, hollow when not) and the 95%
/// interval as a whisker, with a line at zero (no difference).
struct DifferencePlot {
    /// One scenario's difference.
    struct Row {
        var label: String
        var difference: Difference
    }

    var title: String
    var style: NumberStyle
    var rows: [Row]
    var width = 720.0

    /// The `<svg>` element.
    func render() -> String {
        let c = ChartScale.coordinate
        let rowHeight = 24.0, top = 8.0, labelWidth = 230.0, valueWidth = 190.0
        let height = top + rowHeight * Double(rows.count) + 34
        let left = labelWidth, right = width - valueWidth
        let values = rows.flatMap { [$0.difference.mean, $0.difference.ci95Low, $0.difference.ci95High].compactMap { $0 } }
        let scale = ChartScale(covering: values, unit: style == .share ? .percent : .number, tickCount: 4)
        func px(_ value: Double) -> Double { scale.position(value, from: left, to: right) }
        let bottom = top + rowHeight * Double(rows.count)
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(c(width)) \(c(height))\""
        out += " role=\"img\" aria-label=\"\(HTMLText.escape("difference against the baseline: " + title))\""
        out += " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n"
        for tick in scale.ticks {
            let x = c(px(tick))
            out += "<line x1=\"\(x)\" y1=\"\(c(top))\" x2=\"\(x)\" y2=\"\(c(bottom))\" stroke=\"\(tick == 0 ? "#555" : "#e3e3e3")\"/>"
            out += "<text x=\"\(x)\" y=\"\(c(bottom + 14))\" text-anchor=\"middle\">\(scale.label(tick))</text>\n"
        }
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * (Double(index) + 0.5)
            let color = SVGChart.color(index + 1)
            out += "<text x=\"\(c(left - 8))\" y=\"\(c(y))\" dy=\"0.32em\" text-anchor=\"end\">\(HTMLText.escape(Self.shorten(row.label)))</text>"
            if let low = row.difference.ci95Low, let high = row.difference.ci95High {
                out += "<line x1=\"\(c(px(low)))\" y1=\"\(c(y))\" x2=\"\(c(px(high)))\" y2=\"\(c(y))\" stroke=\"\(color)\" stroke-width=\"2\"/>"
                for end in [low, high] {
                    out += "<line x1=\"\(c(px(end)))\" y1=\"\(c(y - 5))\" x2=\"\(c(px(end)))\" y2=\"\(c(y + 5))\" stroke=\"\(color)\" stroke-width=\"2\"/>"
                }
            }
            if let mean = row.difference.mean {
                let fill = row.difference.significant ? color : "#ffffff"
                out += "<circle cx=\"\(c(px(mean)))\" cy=\"\(c(y))\" r=\"4\" fill=\"\(fill)\" stroke=\"\(color)\" stroke-width=\"2\"/>"
            }
            let text = ReportNumbers.difference(row.difference, style) + (row.difference.significant ? " *" : "")
            out += "<text x=\"\(c(right + 10))\" y=\"\(c(y))\" dy=\"0.32em\">\(HTMLText.escape(text))</text>\n"
        }
        out += "<text x=\"\(c((left + right) / 2))\" y=\"\(c(height - 4))\" text-anchor=\"middle\">\(HTMLText.escape(title + ": scenario minus baseline"))</text>\n"
        return out + "</svg>"
    }

    /// A label cut to fit the label column (the full name is in the table and the legend).
    static func shorten(_ label: String) -> String {
        label.count <= 36 ? label : String(label.prefix(35)) + "…"
    }
}
