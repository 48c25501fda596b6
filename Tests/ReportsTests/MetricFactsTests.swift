import Foundation
import Reports
import Stochastics
import Testing
import WebcareModel

/// The reports built from each measure's facts (`Metric.facts`): with every measure non-zero,
/// the terminal table has a row for each measure exactly once, grouped in the order of
/// `MetricFacts.Group`; the HTML report's urgent and officer-time tables have a row for each
/// labelled measure exactly once; a label exists exactly where a table needs it.
@Suite("Measures' facts in the reports")
struct MetricFactsTests {
    /// A fixture summary with every headline measure 1 [0.5, 1.5], so no row is left out.
    static let everyMeasure: Summary = {
        var summary = ReportFixtures.comparison.summaries[0]
        for metric in Metric.allCases {
            summary.metrics[metric.rawValue] = Estimate(mean: 1, ci95Low: 0.5, ci95High: 1.5)
        }
        return summary
    }()

    @Test("a label exactly in the groups of the HTML tables, a legend exactly for the officer-time chart's states")
    func labelsWhereNeeded() {
        for metric in Metric.allCases {
            let facts = metric.facts
            #expect((facts.label != nil) == facts.group.hasLabels, "\(metric)")
            #expect((facts.legend != nil) == facts.group.isOfficerState, "\(metric)")
        }
    }

    @Test("the terminal table: every measure's row exactly once, grouped in the groups' order, in case order within a group")
    func terminalRows() {
        let lines = SummaryTable.render([Self.everyMeasure]).split(separator: "\n").map(String.init)
        var shown: [Metric] = []
        for line in lines {
            let rows = Metric.allCases.filter { line.hasPrefix("  \($0.rawValue) ") }
            #expect(rows.count <= 1, "\(line)")
            shown += rows
        }
        #expect(shown.count == Metric.allCases.count)
        #expect(Set(shown) == Set(Metric.allCases))
        #expect(shown == Metric.rows(of: MetricFacts.Group.allCases))
        let groups = shown.map(\.facts.group.rawValue)
        #expect(groups == groups.sorted())
    }

    @Test("the HTML tables of urgent messages and officer time: a row for each labelled measure exactly once")
    func htmlRows() throws {
        let html = HTMLReport(ReportInput(summaries: [Self.everyMeasure]), toolVersion: "9.9.9").render()
        let urgent = html.components(separatedBy: "<section id=\"urgent\">")[1].components(separatedBy: "</section>")[0]
        let officerTime = html.components(separatedBy: "<section id=\"officer-time\">")[1].components(separatedBy: "</section>")[0]
        let threshold = "\(Self.everyMeasure.definitions.urgentThresholdMin.formatted) minutes"
        let labelled = Metric.allCases.filter { $0.facts.label != nil }
        for metric in labelled {
            let label = try #require(metric.facts.label).replacingOccurrences(of: MetricFacts.urgentThresholdMark, with: threshold)
            let row = "<tr><td>\(HTMLText.escape(label))</td>"
            let section = metric.facts.group == .urgent ? urgent : officerTime
            #expect(section.components(separatedBy: row).count == 2, "\(metric): \(row)")
        }
        let measureRows = (urgent + officerTime).components(separatedBy: "<tr><td>").dropFirst().filter { !$0.hasPrefix("<") }
        #expect(measureRows.count == labelled.count)
        for metric in Metric.allCases {
            guard let legend = metric.facts.legend else { continue }
            #expect(officerTime.contains("</span>\(HTMLText.escape(legend))</li>"), "\(metric)")
        }
    }
}
