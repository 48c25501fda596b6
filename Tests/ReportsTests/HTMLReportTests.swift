import Foundation
import Reports
import Scenarios
import Testing
import WebcareModel

@Suite("HTML report")
struct HTMLReportTests {
    let result = ReportFixtures.comparison

    func page(_ input: ReportInput) -> String { HTMLReport(input, toolVersion: "9.9.9").render() }

    @Test("a scenario named <script>alert(1)</script> shows that text and runs nothing")
    func escapesScenarioNames() {
        let html = page(ReportInput(result))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("More officers &amp; earlier"))
        #expect(!html.contains("More officers & earlier"))
    }

    @Test("self-contained: inline CSS and SVG, no JavaScript, nothing loaded from the network")
    func selfContained() {
        let html = page(ReportInput(result))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && html.contains("@page { size: A4"))
        #expect(html.contains("<svg"))
        for forbidden in ["<script", "javascript:", "src=", "href=", "<link", "@import", "url(", "onload", "onerror"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
        let external = html.components(separatedBy: "http").count - 1
        let namespaces = html.components(separatedBy: "http://www.w3.org/2000/svg").count - 1
        #expect(external == namespaces)
    }

    @Test("the same results give the same bytes, also after a round trip through comparison.json")
    func deterministic() throws {
        let first = page(ReportInput(result))
        #expect(first == page(ReportInput(result)))
        let folder = try ReportFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("comparison.json")
        try ResultWriter.json(result).write(to: file)
        #expect(page(try ReportInput.load(paths: [file.path])) == first)
    }

    @Test("the key figures appear as the terminal prints them")
    func keyFigures() throws {
        var summary = result.summaries[1]
        summary.provenance = nil
        let html = page(ReportInput(summaries: [summary]))
        let wait = try #require(summary[.waitMean].mean)
        let level = try #require(summary[.serviceLevel].mean)
        #expect(html.contains(">\(NumberStyle.minutes.format(wait))<"))
        #expect(html.contains(NumberStyle.share.format(level)))
        #expect(html.contains("Webcare simulation report"))
        #expect(html.contains("On duty 09:00–22:00 every day, 3 officers at a time"))
        #expect(html.contains("not recorded"))
    }

    @Test("a comparison shows the differences with their intervals, marked where significant")
    func differences() throws {
        let html = page(ReportInput(result))
        let difference = result.differences[0][.waitMean]
        #expect(difference.significant)
        let mean = try #require(difference.mean)
        let shown = (mean < 0 ? "-" : "+") + NumberStyle.minutes.format(abs(mean))
        #expect(html.contains("Differences against the baseline"))
        #expect(html.contains("<td class=\"sig\"><span class=\"m\">\(shown)</span> <span class=\"mark\" title=\"significant\">*</span>"))
        let keyDifferences = HTMLReport.keyMetrics.map { result.differences[0][$0] }
        let keyTable = html.components(separatedBy: "<h3>Differences against the baseline")[1].components(separatedBy: "</table>")[0]
        let significantCells = keyTable.components(separatedBy: "<td class=\"sig\">").count - 1
        #expect(significantCells == keyDifferences.filter(\.significant).count)
        #expect(html.contains("id=\"heat-wait-change-1\"") && html.contains("id=\"heat-sl-change-1\""))
    }

    @Test("summary.json files side by side: no differences")
    func sideBySide() throws {
        let html = page(ReportInput(summaries: result.summaries))
        #expect(!html.contains("Differences against the baseline"))
        #expect(html.contains("2 scenarios side by side"))
    }

    @Test("urgent messages: a section with the threshold, nothing said to be not measured")
    func urgent() {
        let html = page(ReportInput(result))
        #expect(html.contains("<h2>Urgent messages</h2>"))
        #expect(!html.contains("not measured"))
        #expect(html.contains("<h2>Officer time</h2>"))
    }

    @Test("definitions and provenance are stated")
    func definitions() {
        let html = page(ReportInput(result))
        let definitions = result.summaries[0].definitions
        #expect(html.contains(HTMLText.escape(definitions.serviceLevel)))
        #expect(html.contains(HTMLText.escape(definitions.shiftEndRule)))
        #expect(html.contains("<td>5</td><td>11</td>"))
        #expect(html.contains("webcare-sim 9.9.9"))
    }

    @Test("provenance: the scenario file (escaped), its SHA-256, the --set changes and the tool version")
    func provenance() {
        var summary = result.summaries[0]
        summary.provenance = Provenance(scenarioFile: "plans/<new>.yaml", scenarioSHA256: String(repeating: "ab", count: 32),
                                        overrides: ["shifts.late.officers=3", "kinds.urgent.share=<b>"], toolVersion: "0.0.7")
        let html = page(ReportInput(summaries: [summary]))
        #expect(html.contains("plans/&lt;new&gt;.yaml"))
        #expect(html.contains(String(repeating: "ab", count: 32)))
        #expect(html.contains("webcare-sim 0.0.7"))
        #expect(html.contains("shifts.late.officers=3; kinds.urgent.share=&lt;b&gt;"))
        #expect(!html.contains("not recorded"))
    }
}

