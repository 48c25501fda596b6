import Foundation
import Testing
import WebcareModel

/// The report's first page through the built binary (issue 16): `compare --report` on two files
/// with a `description:` writes it into summary.json and shows it, the answer and the warnings
/// before everything else.
@Suite struct ReportFirstPageCommandTests {
    typealias CLI = CommandLineTests

    @Test func compareReportLeadsWithTheAnswerAndTheFilesNote() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = "Volumes are assumptions to replace with the team's own export."
        let a = try ReportCommandTests.scenario(folder, file: "a.yaml", name: "one officer")
        let b = try ReportCommandTests.scenario(folder, file: "b.yaml", name: "two officers", officers: 2)
        for file in [a, b] {
            let text = try String(contentsOfFile: file, encoding: .utf8) + "\ndescription: \"\(note)\"\n"
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        let page = folder.appendingPathComponent("cmp.html").path
        let compare = try CLI.run(["compare", a, b, "--out", folder.appendingPathComponent("cmp").path, "--report", page])
        #expect(compare.status == 0, "\(compare.stderr)")
        let summary = try String(contentsOf: folder.appendingPathComponent("cmp/b/summary.json"), encoding: .utf8)
        #expect(summary.contains("\"description\" : \"Volumes are assumptions to replace with the team's own export.\""))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let body = try #require(html.components(separatedBy: "</header>\n").last)
        #expect(body.hasPrefix("<section id=\"answer\">\n<h2>The question</h2>"))
        let answer = try #require(body.components(separatedBy: "<section id=\"findings\">").first)
        #expect(answer.contains("two officers: Volumes are assumptions to replace with the team&#39;s own export.</li>"))
        #expect(answer.contains("<p class=\"answer\">With two officers, "))
        #expect(answer.contains("All scenarios: the scenario file calls its figures assumptions"))
        let again = try CLI.run(["report", folder.appendingPathComponent("cmp/comparison.json").path])
        #expect(again.status == 0 && again.stdout == html, "the same page from the saved comparison")
        try checkHeatMaps(html, summaryFile: folder.appendingPathComponent("cmp/a/summary.json"))
    }

    /// The hour-of-week maps of the page: service level and wait for both scenarios, the change
    /// of the second against the first, each of 168 cells; the closed mark (class `x`) on exactly
    /// the hours the saved summary has no officer on duty.
    func checkHeatMaps(_ html: String, summaryFile: URL) throws {
        let summary = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: summaryFile))
        let closed = summary.byHourOfWeek.map { $0.metrics["officers"]?.mean == 0 }
        #expect(closed.count == 168 && closed.contains(true) && closed.contains(false))
        for id in ["heat-sl-0", "heat-sl-1", "heat-wait-0", "heat-wait-1", "heat-sl-change-1", "heat-wait-change-1"] {
            let start = try #require(html.range(of: "<figure class=\"heat\" id=\"\(id)\">"), "\(id)")
            let end = try #require(html.range(of: "</table>", range: start.upperBound..<html.endIndex))
            let classes = html[start.upperBound..<end.lowerBound].components(separatedBy: "<td class=\"").dropFirst()
                .map { $0.prefix { $0 != "\"" }.split(separator: " ") }
            #expect(classes.count == 168, "\(id)")
            if id == "heat-sl-0" { #expect(classes.map { $0.contains("x") } == closed, "closed hours of \(id)") }
        }
    }
}
