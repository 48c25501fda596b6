import Stochastics
import WebcareModel

extension SweepReport {
    /// Grid points per table of every measure, so that a table fits the page.
    static let pointsPerTable = 5

    /// The measures of the grid points' table.
    static let gridMetrics: [Metric] = [.serviceLevel, .waitMean, .urgentLatePerWeek, .officerHoursPerWeek]

    /// The varied values of grid point `index`; "(file)" for each when it is the file's own.
    func values(_ index: Int) -> [String] {
        sweep.points[index].isEmpty ? Array(repeating: "(file)", count: sweep.paths.count) : sweep.points[index]
    }

    /// The grid points: their varied values, goal verdicts and key figures.
    func gridSection() -> String {
        let answer = SweepAnswer(summaries)
        var out = "<section>\n<h2>The grid points</h2>\n<table>\n<thead><tr><th>#</th>"
        out += sweep.paths.map { "<th class=\"text\">\(HTMLText.escape($0))</th>" }.joined()
        if answer.goalCount > 0 { out += "<th class=\"text\">goals</th>" }
        out += Self.gridMetrics.map { "<th>\(HTMLText.escape($0.rawValue))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, summary) in summaries.enumerated() {
            let values = values(index)
            out += "<tr><td>\(index)\(index == answer.chosen ? " <span class=\"mark\" title=\"the answer\">&#9733;</span>" : "")</td>"
            out += values.map { "<td class=\"text\">\(HTMLText.escape($0))</td>" }.joined()
            if answer.goalCount > 0 {
                let goals = summary.goals?.goals ?? []
                out += "<td class=\"text\">\(goals.filter(SweepAnswer.isMet).count) of \(goals.count) met</td>"
            }
            out += Self.gridMetrics.map { HTMLReport.estimateCell(summary[$0], $0.style) }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n<p class=\"note\">Point 0 is the baseline; &#9733; marks the answer; (file): the scenario file's own value.</p>\n"
        return out + "</section>\n"
    }

    /// A chart per key measure of each grid point's difference from the baseline, its rows
    /// labelled by the point's number and values (in the order of the grid table's columns).
    func chartsSection() -> String {
        guard summaries.count > 1 else { return "" }
        var out = "<section>\n<h2>Differences from the baseline</h2>\n"
        for metric in Self.keyMetrics where summaries.contains(where: { $0[metric].mean != nil }) {
            let rows = sweep.result.differences.enumerated().map { k, set in
                DifferencePlot.Row(label: "\(k + 1): \(values(k + 1).joined(separator: ", "))", difference: set[metric])
            }
            out += "<figure>\n<figcaption>\(HTMLText.escape(metric.rawValue))<span class=\"note\">\(HTMLText.escape(metric.definition)); a filled dot: significant</span></figcaption>\n"
            out += DifferencePlot(title: metric.rawValue, style: metric.style, rows: rows).render() + "\n</figure>\n"
        }
        return out + "</section>\n"
    }

    /// Every measure (those shown for the sweep's team features) per grid point, with its
    /// interval and its difference from the baseline, a table per few grid points.
    func measuresSection() -> String {
        var out = "<section>\n<h2>Every measure per grid point</h2>\n"
        let sections = MetricSection.shown(in: summaries)
        let chunks = stride(from: 0, to: summaries.count, by: Self.pointsPerTable).map { Array($0..<min($0 + Self.pointsPerTable, summaries.count)) }
        for chunk in chunks {
            out += "<table>\n<thead><tr><th>measure</th>"
            for k in chunk {
                out += "<th>\(k == 0 ? "0 (baseline)" : String(k)): \(HTMLText.escape(summaries[k].scenario))</th>"
                if k > 0 { out += "<th>difference</th>" }
            }
            out += "</tr></thead>\n<tbody>\n"
            for section in sections {
                out += "<tr><th class=\"text\" colspan=\"\(1 + chunk.count * 2 - (chunk.contains(0) ? 1 : 0))\">\(HTMLText.escape(section.title))</th></tr>\n"
                for metric in section.metrics {
                    out += "<tr><td><code>\(HTMLText.escape(metric.rawValue))</code></td>"
                    for k in chunk {
                        out += HTMLReport.estimateCell(summaries[k][metric], metric.style)
                        if k > 0 { out += HTMLReport.differenceCell(sweep.result.differences[k - 1][metric], metric.style) }
                    }
                    out += "</tr>\n"
                }
            }
            out += "</tbody>\n</table>\n"
        }
        let omitted = MetricSection.omitted(in: summaries)
        if !omitted.isEmpty {
            out += "<p class=\"note\">Not shown (zero or undefined at every grid point): \(HTMLText.escape(omitted.map(\.rawValue).joined(separator: ", "))).</p>\n"
        }
        return out + "</section>\n"
    }

    /// The measures' definitions, the difference, the goals' rule and the run.
    func definitionsSection() -> String {
        var out = "<section>\n<h2>Definitions</h2>\n<dl>\n"
        for metric in MetricSection.shown(in: summaries).flatMap(\.metrics) {
            out += "<dt><code>\(HTMLText.escape(metric.rawValue))</code></dt><dd>\(HTMLText.escape(metric.definition))</dd>\n"
        }
        out += "<dt>difference</dt><dd>\(HTMLText.escape(sweep.result.definition))</dd>\n"
        if let goals = summaries.first?.goals {
            out += "<dt>goals</dt><dd>\(HTMLText.escape(goals.definition)). A grid point meets a goal when the whole week's status is met and no counted hour is missed (hours whose interval straddles the value, unclear, are shown but do not count against it); the answer is the point meeting every goal with the fewest officer_hours_per_week</dd>\n"
        }
        if let definitions = summaries.first?.definitions {
            out += "<dt>service level</dt><dd>\(HTMLText.escape(definitions.serviceLevel))</dd>\n"
            out += "<dt>run</dt><dd>\(HTMLText.escape("warm-up \(definitions.warmupDays.formatted) days (not counted), then \(definitions.horizonDays.formatted) days counted; \(sweep.result.replications) replications, seed \(sweep.result.seed), common random numbers"))</dd>\n"
        }
        return out + "</dl>\n</section>\n"
    }
}
