import Foundation
import Reports
import Testing
import WebcareModel

/// A summary's own warnings (`Summary.warnings`, e.g. demand above capacity) reach the report's
/// first page in the same process as the run, escaped, under "Read with care"; a summary with
/// none, or written before warnings existed, adds none.
@Suite("HTML report warnings")
struct WarningsBoxTests {
    /// The fixture's first summary with enough replications and days that the report adds no
    /// warnings of its own.
    static func summary(_ warnings: [SummaryWarning]?) -> Summary {
        var summary = ReportFixtures.comparison.summaries[0]
        summary.replications = 10
        summary.definitions.horizonDays = 28
        summary.warnings = warnings
        return summary
    }

    @Test("a summary's warning is on the first page, escaped, with the scenario's name")
    func warningOnTheFirstPage() throws {
        let warning = SummaryWarning(code: SummaryWarning.demandAboveCapacity, text: "demand above capacity: 3 < 4 & more")
        let summary = Self.summary([warning])
        let answer = try FirstPageTests.section(FirstPageTests.page(ReportInput(summaries: [summary])), "answer")
        #expect(answer.contains("<h3>Read with care</h3>"))
        #expect(answer.contains("\(HTMLText.escape(summary.scenario)): demand above capacity: 3 &lt; 4 &amp; more"))
    }

    @Test("no warnings, or none recorded, add nothing to read with care")
    func nothingWithoutWarnings() {
        #expect(!FirstPageTests.page(ReportInput(summaries: [Self.summary([])])).contains("Read with care"))
        #expect(!FirstPageTests.page(ReportInput(summaries: [Self.summary(nil)])).contains("Read with care"))
    }
}
