import Reports
import Testing
import WebcareModel

@Suite("Staffing pages and goals in the report")
struct StaffingPageTests {
    static let page = StaffingPage(
        title: "Staffing advice", subtitle: ReportFixtures.hostileName, lines: ["2 & 3 officers"],
        headers: ["measure", "current"], rows: [["cost", "<b>266</b>"]],
        grids: [.init(title: "Officers", note: "per hour", cells: (0..<168).map { String($0 % 5) },
                      shades: (0..<168).map { $0 % 24 < 9 ? nil : Double($0 % 5) / 4 })],
        definitions: ["a definition"])

    /// Escaped, self-contained, the same bytes twice, a 7 × 24 table with shades only where given.
    @Test func pageIsSafeAndDeterministic() {
        let html = Self.page.render(toolVersion: "9.9.9")
        #expect(html == Self.page.render(toolVersion: "9.9.9"))
        #expect(!html.lowercased().contains("<script") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("2 &amp; 3 officers") && html.contains("&lt;b&gt;266&lt;/b&gt;"))
        for forbidden in ["javascript:", "src=", "href=", "<link", "@import", "url("] { #expect(!html.lowercased().contains(forbidden)) }
        let body = html.components(separatedBy: "<table class=\"week\">")[1]
        #expect(body.components(separatedBy: "<tr><th>").count - 1 == 8, "the hours header and a row per day")
        #expect(body.components(separatedBy: "<td").count - 1 == 168)
        #expect(body.components(separatedBy: "rgba(0,114,178,").count - 1 == 7 * 15)
        #expect(body.contains("rgba(0,114,178,0.65)") && body.contains("rgba(0,114,178,0.05)"))
    }

    /// A run with goals shows them on the report's first page, after the answer and before the
    /// key figures; without goals there is no goals section.
    @Test func goalsAppearOnTheFirstPage() throws {
        var summary = ReportFixtures.comparison.summaries[1]
        let goals = Goals([Goal(metric: .serviceLevel, comparison: .atLeast, value: 0.8),
                           Goal(metric: .waitP90, comparison: .atMost, value: 120)])
        summary.goals = summary.evaluate(goals)
        let html = HTMLReport(ReportInput(summaries: [summary]), toolVersion: "9.9.9").render()
        let answer = try #require(html.range(of: "<h2>The answer</h2>"))
        let section = try #require(html.range(of: "<section id=\"goals\">"))
        let findings = try #require(html.range(of: "<section id=\"findings\">"))
        #expect(answer.upperBound < section.lowerBound && section.upperBound < findings.lowerBound)
        #expect(html.contains("<code>service_level&gt;=0.8</code>") && html.contains("<code>wait_p90_min&lt;=120</code>"))
        #expect(html.contains("all hours)"))
        let plain = HTMLReport(ReportInput(summaries: [ReportFixtures.comparison.summaries[1]]), toolVersion: "9.9.9").render()
        #expect(!plain.contains("id=\"goals\""))
    }
}
