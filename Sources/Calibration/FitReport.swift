import Foundation

/// The fit report (`fit --report FILE.html`): one HTML page with inline SVG charts of observed
/// against fitted messages by hour of the week per channel (with the 95% intervals), daily
/// totals against the Poisson and the fitted gamma spread, each kind's handling-time histogram
/// and QQ plot against the chosen distribution, and its Kaplan–Meier patience curve beside the
/// fitted exponential.
public struct FitReport {
    let fit: DemandFit

    public init(_ fit: DemandFit) { self.fit = fit }

    public func html() -> String {
        var body = "<h1>webcare-sim fit</h1>\n<p>\(fit.data.messages) messages from \(escape(fit.data.files.joined(separator: ", "))), \(fit.data.days) days, times in \(escape(fit.data.timeZone)).</p>\n"
        for channel in fit.channels {
            let observed = (0..<168).map { channel.exposure[$0] > 0 ? channel.counts[$0] / channel.exposure[$0] : 0 }
            body += "<h2>\(escape(channel.channel)): messages per hour by hour of the week</h2>\n"
            body += "<p>Dots: observed (messages ÷ exposure hours); line: fitted (\(channel.chosen.rawValue)); band: 95% interval. AIC week \(f(channel.test.aicWeek)), day \(f(channel.test.aicDay)); likelihood-ratio G² = \(f(channel.test.lrStatistic)) on \(channel.test.degreesOfFreedom) df, p = \(f(channel.test.pValue)).</p>\n"
            body += chart(x: (0..<168).map(Double.init), line: channel.rates.map(\.estimate), band: channel.rates.map { ($0.lower, $0.upper) },
                          dots: observed, xLabel: "hour of the week (Mon 00:00 = 0)")
        }
        let busy = fit.busyDays
        let cv = busy.cv?.estimate ?? 0
        body += "<h2>Daily totals of first messages</h2>\n<p>Dots: observed; line: expected from the rates; grey band: Poisson ±1.96 sd; outer band: with the fitted gamma day factor (cv \(f(cv))). Over-dispersion p = \(f(busy.pValue)).</p>\n"
        body += chart(x: busy.totals.indices.map(Double.init), line: busy.expected,
                      band: busy.expected.map { m in (m - 1.96 * (m + m * m * cv * cv).squareRoot(), m + 1.96 * (m + m * m * cv * cv).squareRoot()) },
                      dots: busy.totals, xLabel: "included day", inner: busy.expected.map { ($0 - 1.96 * $0.squareRoot(), $0 + 1.96 * $0.squareRoot()) })
        for kind in fit.kinds {
            if let h = kind.handling {
                body += "<h2>\(escape(kind.name)): handling time</h2>\n<p>\(h.count) times; chosen \(h.empirical ? "empirical" : h.best.rawValue); KS bootstrap p = \(f(h.pValue)). AIC: " + h.candidates.map { "\($0.family.rawValue) \(f($0.aic)) (KS \(f($0.ksDistance)))" }.joined(separator: ", ") + ".</p>\n"
                body += histogram(h.quantiles)
                let probabilities = (0..<100).map { (Double($0) + 0.5) / 100 }
                body += "<p>QQ plot: sample quantiles (dots) against the \(h.best.rawValue) fit's (line: equal).</p>\n"
                body += chart(x: probabilities.map { h.quantile(h.best, $0) }, line: probabilities.map { h.quantile(h.best, $0) }, band: nil,
                              dots: h.quantiles, xLabel: "fitted quantile (min)")
            }
            if let p = kind.patience, let mean = p.mean {
                body += "<h2>\(escape(kind.name)): patience</h2>\n<p>Kaplan–Meier (dots) and the fitted exponential, mean \(f(mean.estimate)) [\(f(mean.lower)), \(f(mean.upper))] min from \(p.abandoned) abandonments and \(p.censored) censored waits. The abandoned alone average \(f(p.abandonedOnlyMean ?? 0)) min: biased low.</p>\n"
                let times = p.kaplanMeier.map(\.minutes)
                body += chart(x: times, line: times.map { Foundation.exp(-$0 / mean.estimate) }, band: nil,
                              dots: p.kaplanMeier.map(\.survival), xLabel: "minutes waited")
            }
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>webcare-sim fit</title><style>body{font-family:sans-serif;max-width:60em;margin:auto}svg{background:#fafafa}</style></head><body>\n\(body)</body></html>\n"
    }

    /// A line with an optional band (and inner band) and dots, on shared axes.
    func chart(x: [Double], line: [Double], band: [(Double, Double)]?, dots: [Double], xLabel: String, inner: [(Double, Double)]? = nil) -> String {
        let width = 720.0, height = 240.0, pad = 40.0
        let values = line + dots + (band?.flatMap { [$0.0, $0.1] } ?? [])
        let finiteX = x.filter(\.isFinite), finiteY = values.filter(\.isFinite)
        guard let x0 = finiteX.min(), let x1 = finiteX.max(), let yMax = finiteY.max(), x1 > x0, yMax > 0 else { return "<p>(no data)</p>\n" }
        let yMin = min(0, finiteY.min() ?? 0)
        func px(_ v: Double) -> Double { pad + (v - x0) / (x1 - x0) * (width - 2 * pad) }
        func py(_ v: Double) -> Double { height - pad - (min(max(v, yMin), yMax) - yMin) / (yMax - yMin) * (height - 2 * pad) }
        func points(_ ys: [Double]) -> String { zip(x, ys).map { "\(f1(px($0))),\(f1(py($1)))" }.joined(separator: " ") }
        var svg = "<svg width=\"\(Int(width))\" height=\"\(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (b, color) in [(band, "#cde"), (inner, "#bbb")] {
            if let b { svg += "<polygon fill=\"\(color)\" points=\"\(points(b.map(\.1))) \(zip(x, b.map(\.0)).reversed().map { "\(f1(px($0))),\(f1(py($1)))" }.joined(separator: " "))\"/>" }
        }
        svg += "<polyline fill=\"none\" stroke=\"#036\" stroke-width=\"1.5\" points=\"\(points(line))\"/>"
        for (xv, yv) in zip(x, dots) where xv.isFinite && yv.isFinite { svg += "<circle cx=\"\(f1(px(xv)))\" cy=\"\(f1(py(yv)))\" r=\"1.8\" fill=\"#c30\"/>" }
        svg += "<text x=\"\(pad)\" y=\"\(height - 8)\" font-size=\"11\">\(escape(xLabel)): \(f(x0)) … \(f(x1))</text>"
        svg += "<text x=\"4\" y=\"14\" font-size=\"11\">max \(f(yMax))</text></svg>\n"
        return svg
    }

    /// A histogram of a sample given by its 100 quantiles (20 bins over their range).
    func histogram(_ quantiles: [Double]) -> String {
        guard let low = quantiles.first, let high = quantiles.last, high > low else { return "" }
        var bins = [Double](repeating: 0, count: 20)
        for q in quantiles { bins[min(19, Int((q - low) / (high - low) * 20))] += 1 }
        let top = bins.max() ?? 1
        var svg = "<svg width=\"720\" height=\"160\" xmlns=\"http://www.w3.org/2000/svg\">"
        for (i, count) in bins.enumerated() {
            let h = count / top * 120
            svg += "<rect x=\"\(40 + i * 32)\" y=\"\(f1(140 - h))\" width=\"30\" height=\"\(f1(h))\" fill=\"#69c\"/>"
        }
        svg += "<text x=\"40\" y=\"156\" font-size=\"11\">handling minutes \(f(low)) … \(f(high)) (percentiles 0.5 … 99.5)</text></svg>\n"
        return svg
    }

    func f(_ x: Double) -> String { String(format: "%.3g", x) }
    func f1(_ x: Double) -> String { String(format: "%.1f", x) }
    func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
