import Foundation
import Reports
import Testing
import WebcareModel

/// The report's warnings box (`HTMLReport.warningsSection`): each scenario's warnings in one
/// marked box above the findings, escaped; no box when there are none, or for a file written
/// before warnings existed.
@Suite("HTML report warnings")
struct WarningsBoxTests {
    func page(_ summaries: [Summary]) -> String { HTMLReport(ReportInput(summaries: summaries), toolVersion: "9.9.9").render() }

    @Test("a warning appears in a box before the findings (the page's first section heading), escaped, with its code")
    func warningBoxLeadsThePage() {
        var summary = ReportFixtures.comparison.summaries[0]
        summary.warnings = [SummaryWarning(code: SummaryWarning.demandAboveCapacity, text: "demand above capacity: 3 < 4 & more")]
        let html = page([summary])
        #expect(html.contains("<section class=\"warning\" id=\"warnings\">"))
        #expect(html.contains("data-code=\"demand_above_capacity\""))
        #expect(html.contains("demand above capacity: 3 &lt; 4 &amp; more."))
        #expect(html.components(separatedBy: "<h2>").dropFirst().first?.hasPrefix("Warnings") == true)
    }

    @Test("no warnings, or none recorded, give no box")
    func noBoxWithoutWarnings() {
        var summary = ReportFixtures.comparison.summaries[0]
        summary.warnings = []
        #expect(!page([summary]).contains("id=\"warnings\""))
        summary.warnings = nil
        #expect(!page([summary]).contains("id=\"warnings\""))
    }
}
