import Foundation
import Testing

/// `report`, `export-notebook` and `--report`/`--pdf` on `run` and `compare`, through the built
/// binary as a planner uses them.
@Suite struct ReportCommandTests {
    typealias CLI = CommandLineTests

    /// Writes the small scenario, named `name`, into `folder`.
    static func scenario(_ folder: URL, file: String, name: String, officers: Int = 1) throws -> String {
        let text = CLI.good.replacingOccurrences(of: "name: small team", with: "name: '\(name)'")
            .replacingOccurrences(of: "officers: 1", with: "officers: \(officers)")
        let url = folder.appendingPathComponent(file)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Runs the binary with PATH limited to `path`.
    static func run(_ arguments: [String], path: String) throws -> CLI.Outcome {
        try CLI.run(arguments, environment: ["PATH": path])
    }

    @Test func runAndCompareWriteTheReport() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.scenario(folder, file: "a.yaml", name: "<script>alert(1)</script>")
        let b = try Self.scenario(folder, file: "b.yaml", name: "two officers", officers: 2)
        let run = try CLI.run(["run", a, "--out", folder.appendingPathComponent("run").path,
                               "--report", folder.appendingPathComponent("run.html").path])
        #expect(run.status == 0, "\(run.stderr)")
        let runPage = try String(contentsOf: folder.appendingPathComponent("run.html"), encoding: .utf8)
        #expect(runPage.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !runPage.contains("<script"))
        let compare = try CLI.run(["compare", a, b, "--out", folder.appendingPathComponent("cmp").path,
                                   "--report", folder.appendingPathComponent("cmp.html").path])
        #expect(compare.status == 0, "\(compare.stderr)")
        let comparePage = try String(contentsOf: folder.appendingPathComponent("cmp.html"), encoding: .utf8)
        #expect(comparePage.contains("Differences against the baseline"))
        let again = try CLI.run(["report", folder.appendingPathComponent("cmp/comparison.json").path])
        #expect(again.status == 0 && again.stdout == comparePage)
    }

    @Test func exportNotebookWritesThreeFiles() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.scenario(folder, file: "a.yaml", name: "small team")
        #expect(try CLI.run(["run", a, "--out", folder.appendingPathComponent("run").path]).status == 0)
        let summary = folder.appendingPathComponent("run/summary.json").path
        let notebook = folder.appendingPathComponent("nb/team.ipynb").path
        let outcome = try CLI.run(["export-notebook", summary, "--out", notebook])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for file in ["team.ipynb", "team.csv", "team.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nb/\(file)").path))
        }
        let wrongName = try CLI.run(["export-notebook", summary, "--out", folder.appendingPathComponent("x.txt").path])
        #expect(wrongName.status != 0 && wrongName.stderr.contains("must end in .ipynb"))
    }

    /// A binary copied without its resource folder cannot write a notebook: one line saying what
    /// to copy and exit 1, not SwiftPM's fatal error for a missing `Bundle.module`.
    @Test func exportNotebookWithoutItsCellsIsOneLine() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.scenario(folder, file: "a.yaml", name: "small team")
        #expect(try CLI.run(["run", a, "--out", folder.appendingPathComponent("run").path]).status == 0)
        let copy = folder.appendingPathComponent("bin/webcare-sim")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["export-notebook", folder.appendingPathComponent("run/summary.json").path,
                             "--out", folder.appendingPathComponent("nb/team.ipynb").path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1 && stderr.contains("webcare-sim_Reports.resources"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nb").path))
    }

    @Test func badResultsFileGivesOneLineAndWritesNothing() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try Data("[1, 2]".utf8).write(to: bad)
        let html = folder.appendingPathComponent("r.html")
        let outcome = try CLI.run(["report", bad.path, "--html", html.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("\(bad.path):1:1: not a webcare-sim result"))
        #expect(outcome.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: html.path))
    }

    @Test func pdfWithoutChromiumSaysSoInOneLine() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.scenario(folder, file: "a.yaml", name: "small team")
        let outcome = try Self.run(["run", a, "--pdf", folder.appendingPathComponent("r.pdf").path],
                                   path: folder.appendingPathComponent("no-such-bin").path)
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "--pdf: chromium is not installed, so no PDF can be printed: install Debian's chromium package (apt-get install chromium) or open the HTML report in a browser and print it\n")
        #expect(outcome.stdout.isEmpty)
    }

    /// A stand-in for Chromium in `folder/bin`: it records the --print-to-pdf target in
    /// `folder/printed-to`, writes `text` there and exits with `status`.
    static func fakeChromium(_ folder: URL, text: String, status: Int) throws -> String {
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            for argument in "$@"; do
              case "$argument" in --print-to-pdf=*) target="${argument#--print-to-pdf=}" ;; esac
            done
            printf '%s' "$target" > '\(folder.path)/printed-to'
            printf '%s' '\(text)' > "$target"
            exit \(status)

            """
        try script.write(to: bin.appendingPathComponent("chromium"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("chromium").path)
        return bin.path + ":/usr/bin:/bin"
    }

    @Test func pdfIsPrintedBesideTheTargetAndRenamedOnlyOnSuccess() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.scenario(folder, file: "a.yaml", name: "small team")
        #expect(try CLI.run(["run", a, "--out", folder.appendingPathComponent("run").path]).status == 0)
        let summary = folder.appendingPathComponent("run/summary.json").path
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let pdf = reports.appendingPathComponent("r.pdf")
        try Data("old pdf".utf8).write(to: pdf)

        let failing = try Self.run(["report", summary, "--pdf", pdf.path], path: Self.fakeChromium(folder, text: "half a pdf", status: 1))
        #expect(failing.status == 1)
        #expect(failing.stderr.hasPrefix("\(pdf.path):1:1: cannot print the PDF: "), "\(failing.stderr)")
        let printedTo = try String(contentsOf: folder.appendingPathComponent("printed-to"), encoding: .utf8)
        #expect(URL(fileURLWithPath: printedTo).deletingLastPathComponent().path == reports.path && printedTo != pdf.path)
        #expect(try String(contentsOf: pdf, encoding: .utf8) == "old pdf")
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == ["r.pdf"])

        let printing = try Self.run(["report", summary, "--pdf", pdf.path], path: Self.fakeChromium(folder, text: "%PDF-new", status: 0))
        #expect(printing.status == 0, "\(printing.stderr)")
        #expect(try String(contentsOf: pdf, encoding: .utf8) == "%PDF-new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path) == ["r.pdf"])
    }
}
