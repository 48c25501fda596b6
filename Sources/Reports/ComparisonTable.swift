import Stochastics
import WebcareModel

/// Plain-text tables of comparisons and sweeps: each scenario's mean and 95% interval and the
/// paired difference against the baseline, marked with * where its interval excludes zero.
public enum ComparisonTable {
    /// The measures a sweep table shows per grid point.
    static let sweepMetrics: [Metric] = [.waitMean, .waitP90, .serviceLevel, .abandonShare, .backlogAtOpening,
                                         .utilization, .officerHoursPerWeek]

    /// The comparison's tables and notes; `layout` says how wide they may be.
    public static func render(_ result: ExperimentResult, layout: TextLayout = .wide) -> String {
        let summaries = result.summaries
        var headers = ["measure", summaries[0].scenario + " (baseline)"]
        for summary in summaries.dropFirst() { headers += [summary.scenario, "difference"] }
        let body = SummaryTable.sections(summaries) { metric in
            var cells = [SummaryTable.cell(summaries[0][metric], metric.style)]
            for (k, summary) in summaries.enumerated().dropFirst() {
                cells += [SummaryTable.cell(summary[metric], metric.style),
                          differenceCell(result.differences[k - 1][metric], metric.style)]
            }
            return cells
        }
        return SummaryTable.warningLines(summaries) + TextGrid(headers: headers, body: body).text(width: layout.width)
            + SummaryTable.groupTables(summaries, layout: layout) + footer(result) + SummaryTable.omittedLine(summaries)
    }

    /// The sweep in its wide layout: a row per grid point, a column per headline measure.
    public static func renderSweep(_ sweep: SweepResult) -> String {
        let result = sweep.result
        let headers = sweep.paths + sweepMetrics.map(\.rawValue)
        var rows: [[String]] = []
        for (index, summary) in result.summaries.enumerated() {
            var row = sweep.points[index].isEmpty ? Array(repeating: "(file)", count: sweep.paths.count) : sweep.points[index]
            for metric in sweepMetrics {
                var cell = SummaryTable.cell(summary[metric], metric.style)
                if index > 0 { cell += " " + differenceCell(result.differences[index - 1][metric], metric.style) }
                row.append(cell)
            }
            rows.append(row)
        }
        return SummaryTable.warningLines(result.summaries) + TextGrid(headers: headers, rows: rows).text
            + "\nThe first row is the baseline; later rows show mean [95% interval] and (difference from the baseline).\n"
            + footer(result)
    }

    /// The sweep as a comparison of its grid points: a row per measure (every shown one), a
    /// column per grid point with its difference from the baseline, fitted to `layout`.
    public static func renderSweepByMeasure(_ sweep: SweepResult, layout: TextLayout) -> String {
        render(sweep.result, layout: layout)
            + "\nThe first column is the baseline (\(sweep.result.summaries.first?.scenario ?? "")); every measure of every grid point is in sweep.csv (--out).\n"
    }

    /// "+1.23 [0.50, 1.96] *": the paired difference, starred when its interval excludes zero;
    /// a difference of shares in percentage points, "+25.8 pp [24.9, 26.7] *", as in the report
    /// (`ReportNumbers`).
    static func differenceCell(_ difference: Difference, _ style: NumberStyle) -> String {
        guard difference.mean != nil else { return "-" }
        return ReportNumbers.difference(difference, style) + (difference.significant ? " *" : "")
    }

    static func footer(_ result: ExperimentResult) -> String {
        var text = "\n\(result.replications) replications, seed \(result.seed), common random numbers.\n"
        text += "Each scenario's cell: mean [95% interval]; \(SummaryTable.intervalNote).\n"
        text += "Difference: \(result.definition); * = significant.\n"
        if let stopping = result.stopping {
            text += "Stopped: \(stopping.reason) after \(stopping.replications) replications (\(stopping.target)).\n"
        }
        if let definitions = result.summaries.first?.definitions {
            text += "Service level: \(definitions.serviceLevel).\n"
        }
        return text
    }
}
