import ArgumentParser
import Foundation
import Reports
import Scenarios

/// `webcare-sim report RESULT.json... --html FILE [--pdf FILE]`: the report for management as
/// one self-contained HTML page (and, through headless Chromium, a PDF on A4) from a
/// comparison.json (with the paired differences) or summary.json files (side by side).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the HTML report (and a PDF) of results: findings with 95% intervals, charts, urgent messages, definitions.",
        discussion: """
            RESULT is a comparison.json (written by `compare --out DIR`: the report shows the differences \
            against the first scenario, marked where significant) or one or more summary.json files (written by \
            `run --out DIR`: shown side by side). The HTML has no JavaScript and loads nothing; it prints on A4. \
            --pdf needs Chromium (Debian package chromium). Without --html and --pdf the HTML goes to stdout.
            """
    )

    /// `--report FILE` and `--pdf FILE` for `run` and `compare`.
    struct Options: ParsableArguments {
        @Option(help: ArgumentHelp("Also write the HTML report (inline charts, prints on A4).", valueName: "FILE"))
        var report: String?

        @Option(help: ArgumentHelp("Also print the report to a PDF through headless Chromium.", valueName: "FILE"))
        var pdf: String?

        func validate() throws {
            try ReportCommand.checkTargets(html: report, pdf: pdf, htmlOption: "--report")
            try ReportCommand.checkPrinter(pdf: pdf)
        }

        /// Writes the report of `input` when --report or --pdf was given.
        func write(_ input: ReportInput) throws {
            if report != nil || pdf != nil { try ReportCommand.write(input, html: report, pdf: pdf) }
        }
    }

    @Argument(help: "Results files: one comparison.json, or summary.json files to show side by side.")
    var results: [String]

    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "FILE"))
    var html: String?

    @Option(help: ArgumentHelp("A PDF file to print through headless Chromium.", valueName: "FILE"))
    var pdf: String?

    func validate() throws {
        if results.isEmpty { throw ValidationError("report needs at least one results file (summary.json or comparison.json)") }
        try Self.checkTargets(html: html, pdf: pdf, htmlOption: "--html")
        try Self.checkPrinter(pdf: pdf)
    }

    func run() throws {
        let input = try Self.load(results)
        if html == nil && pdf == nil {
            Console.output(HTMLReport(input, toolVersion: ToolVersion.current).render())
        } else {
            try Self.write(input, html: html, pdf: pdf)
        }
    }

    /// Reads results files, ending the command with one `FILE:1:1: message` line when one is bad.
    static func load(_ paths: [String]) throws -> ReportInput {
        do {
            return try ReportInput.load(paths: paths)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// Refuses an HTML or PDF target that is empty or is something other than a regular file.
    static func checkTargets(html: String?, pdf: String?, htmlOption: String) throws {
        for (option, path) in [(htmlOption, html), ("--pdf", pdf)] {
            guard let path else { continue }
            do {
                try OutputTarget.checkFile(path)
            } catch {
                throw ValidationError("\(option) \(error.description)")
            }
        }
    }

    /// Fails at once, with one line, when a PDF is asked for and Chromium is not installed.
    static func checkPrinter(pdf: String?) throws {
        guard pdf != nil, ChromiumPrinter.find() == nil else { return }
        Console.error("--pdf: \(ChromiumPrinter.missing)")
        throw ExitCode.failure
    }

    /// Writes the HTML report to `html` and prints it to `pdf` (through a temporary HTML file
    /// when no `html` is given; Chromium prints into a temporary file beside `pdf`, renamed over
    /// it only when printing succeeded); failures end the command with one line.
    static func write(_ input: ReportInput, html: String?, pdf: String?) throws {
        let page = Data(HTMLReport(input, toolVersion: ToolVersion.current).render().utf8)
        let fileManager = FileManager.default
        var source: URL?
        var scratch: URL?
        defer { if let scratch { try? fileManager.removeItem(at: scratch) } }
        do {
            if let html {
                try OutputTarget.writeFile(page, to: html)
                source = URL(fileURLWithPath: html)
            } else if pdf != nil {
                let folder = fileManager.temporaryDirectory.appendingPathComponent("webcare-sim-report-\(UUID().uuidString)")
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
                scratch = folder
                source = folder.appendingPathComponent("report.html")
                try page.write(to: folder.appendingPathComponent("report.html"))
            }
        } catch let error as OutputTarget.Refused {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(html ?? "report.html"):1:1: cannot write the report: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        guard let pdf, let source else { return }
        guard let printer = ChromiumPrinter.find() else {
            Console.error("--pdf: \(ChromiumPrinter.missing)")
            throw ExitCode.failure
        }
        do {
            try OutputTarget.writeFile(pdf, suffix: "pdf") { try printer.printPDF(source, to: $0) }
        } catch {
            Console.error("\(pdf):1:1: cannot print the PDF: \(error)")
            throw ExitCode.failure
        }
    }
}
