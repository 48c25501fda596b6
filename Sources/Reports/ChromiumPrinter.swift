import Foundation

/// Prints an HTML file to PDF (A4, through the page's `@page` rule) with headless Chromium,
/// when it is installed (Debian's `chromium` package).
public struct ChromiumPrinter: Sendable {
    /// Why printing failed, in one line.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The Chromium executable.
    public let executable: String

    /// The line shown when no Chromium is found.
    public static let missing = "chromium is not installed, so no PDF can be printed: install Debian's chromium package (apt-get install chromium) or open the HTML report in a browser and print it"

    /// Program names tried on PATH, in order.
    static let names = ["chromium", "chromium-browser", "google-chrome"]

    /// The first Chromium found on PATH, or nil.
    public static func find(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> ChromiumPrinter? {
        let folders = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return ChromiumPrinter(executable: folder + "/" + name)
            }
        }
        return nil
    }

    public init(executable: String) {
        self.executable = executable
    }

    /// Prints `html` to `pdf` on A4 without Chromium's header and footer.
    public func printPDF(_ html: URL, to pdf: URL) throws(Failure) {
        try run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString], output: pdf)
    }

    /// Runs Chromium headless with its own throw-away profile, waiting at most `timeout`
    /// seconds, and checks that it wrote a non-empty `output`.
    private func run(_ arguments: [String], output: URL, timeout: Double = 180) throws(Failure) {
        let fileManager = FileManager.default
        let scratch = fileManager.temporaryDirectory.appendingPathComponent("webcare-sim-chromium-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: scratch) }
        let log = scratch.appendingPathComponent("chromium.log")
        try? fileManager.removeItem(at: output)
        let process = Process()
        do {
            try fileManager.createDirectory(at: scratch, withIntermediateDirectories: true)
            _ = fileManager.createFile(atPath: log.path, contents: nil)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                 "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                                 "--user-data-dir=\(scratch.appendingPathComponent("profile").path)"] + arguments
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
        } catch {
            throw Failure(description: "cannot start \(executable): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "\(executable) did not finish within \(Int(timeout)) seconds")
        }
        let size = (try? fileManager.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let last = text.split(separator: "\n").last.map(String.init) ?? "no message"
            throw Failure(description: "\(executable) failed (exit status \(process.terminationStatus)): \(last)")
        }
    }
}
