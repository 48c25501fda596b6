import Foundation
import Reports
import Testing
import WebcareModel

/// The sweep's report page and the fitted text layouts, through their public API.
@Suite("Sweep report and fitted text")
struct SweepReportTests {
    /// The fixture comparison as a sweep of one varied field, its values markup.
    static let sweep = SweepResult(paths: ["shifts.late.officers"], points: [[], ["<b>3</b>"]], result: ReportFixtures.comparison)

    @Test func theAnswerComesFirstAndEveryStringIsEscaped() {
        let page = SweepReport(Self.sweep, toolVersion: "test").render()
        #expect(!page.contains("<script>") && !page.contains("<b>3</b>"))
        #expect(page.contains("&lt;b&gt;3&lt;/b&gt;") && page.contains(HTMLText.escape(ReportFixtures.hostileName)))
        let order = ["<h2>The answer</h2>", "<h2>The grid points</h2>", "<h2>Differences from the baseline</h2>",
                     "<h2>Every measure per grid point</h2>", "<h2>Definitions</h2>"].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(page == SweepReport(Self.sweep, toolVersion: "test").render(), "the same input gives the same bytes")
    }

    /// Without goals the answer is the grid point with the best mean service level.
    @Test func withoutGoalsTheBestServiceLevelIsTheAnswer() {
        let summaries = Self.sweep.result.summaries
        let answer = SweepAnswer(summaries)
        let best = summaries.indices.max { (summaries[$0][.serviceLevel].mean ?? 0) < (summaries[$1][.serviceLevel].mean ?? 0) }
        #expect(answer.basis == .bestServiceLevel && answer.chosen == best && answer.meetingGoals.isEmpty)
    }

    /// 168 distinct cells of three or four characters: at 80 characters the hours split into two blocks of
    /// 12, every cell once; unlimited, one block of 24 as before.
    @Test func weekGridSplitsItsHoursIntoBlocks() {
        let cells: [String] = (0..<168).map { (hour: Int) -> String in String(100 + hour * 5) }
        let fitted = WeekGrid.render(title: "t", cells: cells, layout: TextLayout(width: 80))
        let lines = fitted.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.filter { $0.hasPrefix("  Mon") }.count == 2)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map { "  " + $0 }
        let shown = lines.filter { line in days.contains { line.hasPrefix($0) } }.flatMap { $0.split(separator: " ").dropFirst() }.map(String.init)
        #expect(shown.sorted() == cells.sorted())
        let wide = WeekGrid.render(title: "t", cells: cells)
        #expect(wide.split(separator: "\n").filter { $0.hasPrefix("  Mon") }.count == 1)
    }

    /// Prose broken at spaces keeps every word in order and no line is longer than the width.
    @Test func proseIsWrappedAtSpaces() {
        let text = "  " + (1...60).map { "word\($0)" }.joined(separator: " ") + "\nshort\n"
        for width in [20, 33, 80] {
            let fitted = TextLayout(width: width).fit(text)
            #expect(fitted.split(separator: "\n").allSatisfy { $0.count <= width })
            #expect(fitted.split(whereSeparator: { $0 == " " || $0 == "\n" }) == text.split(whereSeparator: { $0 == " " || $0 == "\n" }))
        }
        #expect(TextLayout.wide.fit(text) == text)
    }
}
