import Foundation
import Reports
import Scenarios
import Stochastics
import WebcareModel

extension CheckCommand {
    /// The readable report: a table of what moved (scenario, measure, baseline mean [95% CI],
    /// new mean [95% CI], change with direction, absolute and relative size, verdict), then one
    /// verdict line per scenario with its notes and problems, the overall verdict and the rules.
    static func render(_ report: CheckReport, requireIdentical: Bool, verbose: Bool) -> String {
        var out = report.wroteBaseline
            ? "Re-baselined \(report.baselineFolder) with webcare-sim \(ToolVersion.current)"
                + (report.scenarios.isEmpty ? ".\n" : "; compared with the old baseline:\n")
            : "Checked against \(report.baselineFolder), each scenario re-run with the baseline's seed and replications:\n"
        let rows = report.scenarios.flatMap { tableRows($0, requireIdentical: requireIdentical, verbose: verbose) }
        if !rows.isEmpty {
            out += "\n" + grid(["scenario", "measure", "baseline", "new", "change", "verdict"], rows)
        }
        out += "\n"
        for comparison in report.scenarios { out += scenarioLine(comparison, requireIdentical: requireIdentical) }
        if !report.added.isEmpty { out += "new baseline: \(report.added.joined(separator: ", "))\n" }
        if !report.removed.isEmpty { out += "removed (scenario file gone): \(report.removed.joined(separator: ", "))\n" }
        for note in report.notes { out += "note: \(note)\n" }
        let verdict = report.verdict(requireIdentical: requireIdentical)
        let failing = report.scenarios.filter { $0.verdict(requireIdentical: requireIdentical) == .changed }.count
        out += report.wroteBaseline
            ? "overall: results written for \(report.scenarios.count + report.added.count) scenarios; \(failing) changed against the old baseline\n"
            : "overall: \(verdict == .changed ? "CHANGED" : verdict.description) (\(failing) of \(report.scenarios.count) scenarios changed)\n"
        out += """
            Rules: identical = bit for bit; equivalent = the numbers differ within statistical noise; changed =
              more than noise explains. Each differing measure is tested: Welch's t-test from the two 95%
              intervals and replication counts (p), an hour-of-week measure by the chance that as many hours'
              intervals miss each other (per hour \(String(format: "%.4f", IntervalOverlap.chanceOfNonOverlap95)), binomial over the hours; an hour with the same
              value in every replication of one run only is not judged); a scenario's tests are
              judged together by Holm's rule at a family-wise \(percent(ScenarioComparison.familyWiseAlpha)), so an unchanged model run with another
              seed is called changed at most about \(percent(ScenarioComparison.familyWiseAlpha)) of the time per scenario. Changed beyond doubt: defined on
              one side only, a value with no spread that moved, one replication. Counts (message audit, events)
              are identical or equivalent; arrived = answered + abandoned + waiting at the end must hold in the
              baseline and in the new run.\(requireIdentical ? " --require-identical: any difference fails." : "")

            """
        return out
    }

    /// The rows of one scenario: failing measures and hour measures (every differing one when verbose).
    private static func tableRows(_ comparison: ScenarioComparison, requireIdentical: Bool, verbose: Bool) -> [[String]] {
        func shown(_ verdict: Verdict) -> Bool {
            verdict == .changed || (verdict == .equivalent && (requireIdentical || verbose))
        }
        var rows = comparison.metrics.filter { shown($0.verdict) }.map { change in
            [comparison.name, change.name, cell(change.baseline, change.kind), cell(change.new, change.kind),
             size(change), change.verdict.description + (change.pValue.map { " (p \(String(format: "%.2g", $0)))" } ?? "")]
        }
        for hours in comparison.hours where shown(hours.verdict) {
            let moved = hours.hoursMoved + hours.hoursDefinite
            let detail = "\(hours.verdict): \(moved) of \(max(moved, hours.hoursCompared)) hours moved"
                + (hours.hoursDefinite > 0 ? ", \(hours.hoursDefinite) beyond doubt" : ", chance \(String(format: "%.2g", hours.chance))")
                + (hours.hoursUnassessed > 0 ? ", \(hours.hoursUnassessed) not assessed" : "")
            let largest = hours.largest
            rows.append([comparison.name, largest?.name ?? "by_hour.\(hours.metric.rawValue)",
                         largest.map { cell($0.baseline, $0.kind) } ?? "", largest.map { cell($0.new, $0.kind) } ?? "",
                         largest.map(size) ?? "\(hours.hoursDiffering) hours differ", detail])
        }
        return rows
    }

    /// One line per scenario with its verdict, then its problems and notes.
    private static func scenarioLine(_ comparison: ScenarioComparison, requireIdentical: Bool) -> String {
        let verdict = comparison.verdict(requireIdentical: requireIdentical)
        let (differing, total) = comparison.differing
        var line = "\(comparison.name): "
        switch verdict {
        case .identical:
            line += "identical (all \(total) numbers bit for bit)"
        case .equivalent:
            line += "equivalent (\(differing) of \(total) numbers differ, all within statistical noise)"
        case .changed:
            let changed = comparison.changed
            var measures = changed.prefix(5).map { change in
                headlineChange(change).map { "\(change.name) \($0)" } ?? change.name
            }
            if changed.count > 5 { measures.append("and \(changed.count - 5) more") }
            let hours = comparison.hours.filter { $0.verdict == .changed }.map {
                "\($0.metric.rawValue) in \($0.hoursMoved + $0.hoursDefinite) hours"
            }
            var parts: [String] = []
            if !changed.isEmpty { parts.append("\(changed.count) measures changed: \(measures.joined(separator: ", "))") }
            if !hours.isEmpty { parts.append("by hour: \(hours.joined(separator: ", "))") }
            let problems = comparison.problems.count
            if problems > 0 { parts.append("\(problems) problem\(problems == 1 ? "" : "s"), see below") }
            if parts.isEmpty { parts.append("\(differing) of \(total) numbers differ (--require-identical)") }
            line += "CHANGED: " + parts.joined(separator: "; ")
        }
        var out = line + "\n"
        for problem in comparison.problems { out += "  problem: \(problem)\n" }
        for note in comparison.notes { out += "  note: \(note)\n" }
        return out
    }

    /// A level as a percentage, e.g. "1%".
    private static func percent(_ level: Double) -> String {
        String(format: "%g%%", level * 100)
    }

    /// Mean [95% interval] in the measure's style; "-" when undefined.
    private static func cell(_ estimate: Estimate, _ kind: MetricChange.Kind) -> String {
        guard let mean = estimate.mean else { return "-" }
        let text = format(mean, kind)
        guard let low = estimate.ci95Low, let high = estimate.ci95High else { return text }
        return "\(text) [\(format(low, kind)), \(format(high, kind))]"
    }

    /// Direction, absolute size (percentage points for shares) and relative size of a change.
    private static func size(_ change: MetricChange) -> String {
        guard let delta = change.change else {
            return change.baseline.mean == nil ? "now defined" : "now undefined"
        }
        guard delta != 0 else { return "same mean" }
        let direction = delta > 0 ? "up" : "down"
        let absolute = style(change.kind) == .share ? String(format: "%.1f pp", abs(delta) * 100) : format(abs(delta), change.kind)
        return "\(direction) \(absolute)" + (relative(change).map { " (\($0))" } ?? "")
    }

    /// The change in a scenario's verdict line: a share in signed percentage points ("+1.2 pp",
    /// the convention for differences of shares everywhere), any other measure relative ("+12.2%").
    private static func headlineChange(_ change: MetricChange) -> String? {
        guard style(change.kind) == .share else { return relative(change) }
        return change.change.map { String(format: "%+.1f pp", $0 * 100) }
    }

    /// The relative change as a signed percentage, e.g. "+12.2%".
    private static func relative(_ change: MetricChange) -> String? {
        change.relativeChange.map { String(format: "%+.1f%%", $0 * 100) }
    }

    private static func style(_ kind: MetricChange.Kind) -> NumberStyle? {
        switch kind {
        case .headline(let metric): metric.style
        case .group(let metric): metric.style
        case .hour(let metric): metric.style
        case .waitWithin: .share
        case .count: nil
        }
    }

    private static func format(_ value: Double, _ kind: MetricChange.Kind) -> String {
        style(kind)?.format(value) ?? String(Int(value))
    }

    /// Left-aligned columns separated by two spaces, with a rule under the header.
    private static func grid(_ headers: [String], _ rows: [[String]]) -> String {
        var widths = headers.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return line(headers) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }
}
