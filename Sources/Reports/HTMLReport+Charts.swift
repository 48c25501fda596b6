import Foundation
import Stochastics
import WebcareModel

extension HTMLReport {
    /// Day ticks for an hour-of-week axis: the day names at midday.
    static let weekAxisTicks: [(Double, String)] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated()
        .map { (Double($0.offset * 24 + 12), $0.element) }

    /// Response-time axis positions: minutes on a log(1 + minutes) scale, with readable labels.
    static let waitAxisTicks: [(Double, String)] = [(0, "0"), (5, "5 min"), (15, "15 min"), (60, "1 h"), (240, "4 h"),
                                                    (1_440, "1 day"), (2_880, "2 days")].map { (waitPosition($0.0), $0.1) }

    static func waitPosition(_ minutes: Double) -> Double { log10(1 + max(minutes, 0)) }

    /// A chart in a figure with its caption, an optional note and, when several scenarios are
    /// shown, a legend of the scenarios in `legend`.
    func figure(_ id: String, _ caption: String, note: String? = nil, chart: String, legend: [Int]) -> String {
        var out = "<figure id=\"\(id)\">\n<figcaption>\(HTMLText.escape(caption))"
        if let note { out += "<span class=\"note\">\(HTMLText.escape(note))</span>" }
        out += "</figcaption>\n\(chart)\n"
        if !legend.isEmpty && summaries.count > 1 {
            out += "<ul class=\"legend\">"
            for index in legend {
                out += "<li><svg width=\"26\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"26\" y2=\"5\" "
                out += "stroke=\"\(SVGChart.color(index))\" stroke-width=\"2.5\""
                let dash = SVGChart.dash(index)
                out += dash.isEmpty ? "/>" : " stroke-dasharray=\"\(dash)\"/>"
                out += "</svg>\(HTMLText.escape(summaries[index].scenario))</li>"
            }
            out += "</ul>\n"
        }
        return out + "</figure>\n"
    }

    /// One scenario's messages per hour of the week (bars) against its officers on duty (step line).
    func arrivalsChart(_ summary: Summary, color: Int) -> String {
        let arrivals = summary.hourOfWeek(.arrivalsPerWeek).map { estimate in
            Estimate(mean: estimate.mean, ci95Low: nil, ci95High: nil)
        }
        let chart = SVGChart(
            x: .init(low: 0, high: 168, ticks: Self.weekAxisTicks, title: "hour of the week (Monday 00:00 to Sunday 24:00)"),
            leftTitle: "messages in the hour", leftUnit: .number, rightTitle: "officers on duty",
            series: [ChartSeries(points: arrivals.points(), mark: .bars, color: color),
                     ChartSeries(points: summary.hourOfWeek(.officers).points(), mark: .step,
                                 onRightAxis: true, color: color)],
            summary: "messages arriving per hour of the week against officers on duty", height: 160)
        return figure("arrivals-\(color)", "Messages per hour of the week (bars) and officers on duty (line)",
                      chart: chart.render(), legend: [])
    }

    /// The charts over all scenarios: the queue over the week and the response-time
    /// distribution (the waits and service level by hour are the heat maps of `weekSection`).
    func chartsSection() -> String {
        let all = Array(summaries.indices)
        var out = "<section id=\"charts\">\n<h2>Queue and response times</h2>\n"
        out += "<p class=\"note\">Lines are means; shaded bands are 95% intervals.</p>\n"
        let queue = summaries.enumerated().map { index, summary in
            ChartSeries(points: summary.hourOfWeek(.queueMean).points(), mark: .line, color: index)
        }
        out += figure("queue", "Messages waiting over the week (average per hour)", chart: SVGChart(
            x: .init(low: 0, high: 168, ticks: Self.weekAxisTicks, title: "hour of the week"),
            leftTitle: "messages waiting", leftUnit: .number, series: queue,
            summary: "time-average queue length by hour of the week with 95% interval bands").render(), legend: all)
        out += distributionFigure()
        return out + "</section>\n"
    }

    /// The response-time distribution (share of all arrivals answered within t minutes), or a
    /// note when the results do not hold it.
    func distributionFigure() -> String {
        let present = summaries.indices.filter { !summaries[$0].waitDistribution.isEmpty }
        let caption = "Response times: share of all messages answered within a given time"
        guard !present.isEmpty else {
            return "<figure id=\"wait-distribution\"><figcaption>\(HTMLText.escape(caption))</figcaption>\n"
                + "<p class=\"warning\">Not shown: these results hold no response-time distribution "
                + "(they were written by an older version of webcare-sim). Run the scenarios again to include it.</p>\n</figure>\n"
        }
        let series = present.map { index in
            ChartSeries(points: summaries[index].waitDistribution.map { point in
                ChartSeries.Point(x: Self.waitPosition(point.minutes), y: point.answeredWithin.mean,
                                  low: point.answeredWithin.ci95Low, high: point.answeredWithin.ci95High)
            }, mark: .line, color: index)
        }
        let missing = summaries.indices.filter { summaries[$0].waitDistribution.isEmpty }.map { summaries[$0].scenario }
        var note = "Messages given up or still waiting never count as answered, so a curve ends below 100% when citizens give up. Time axis stretched for short waits."
        if !missing.isEmpty { note += " Not in the results (older version): " + missing.joined(separator: "; ") + "." }
        let chart = SVGChart(
            x: .init(low: 0, high: Self.waitPosition(2_880), ticks: Self.waitAxisTicks, title: "time from arrival to first answer"),
            leftTitle: "share answered", leftUnit: .percent, leftFixed: 0...1, series: series,
            summary: "cumulative distribution of response times with 95% interval bands")
        return figure("wait-distribution", caption, note: note, chart: chart.render(), legend: present)
    }
}
