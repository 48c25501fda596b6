import Foundation
import Testing

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
    }
}
