import ArgumentParser
import Foundation
import Reports
import Scenarios
import WebcareModel

/// `sweep --report FILE.html`: the sweep's report page, written as the other reports are
/// (through `OutputTarget.writeFile`: a temporary file renamed over the target, refused onto
/// anything but a regular file).
struct SweepReportOption: ParsableArguments {
    @Option(help: ArgumentHelp("Also write the sweep's HTML report: the answer first, then every measure per grid point.", valueName: "FILE.html"))
    var report: String?

    func validate() throws {
        try ReportCommand.checkTargets(html: report, pdf: nil, htmlOption: "--report")
    }

    /// Writes the report of `sweep` when --report was given; a failure is one line.
    func write(_ sweep: SweepResult) throws {
        guard let report else { return }
        let page = Data(SweepReport(sweep, toolVersion: ToolVersion.current).render().utf8)
        do {
            try OutputTarget.writeFile(page, to: report)
        } catch let error as OutputTarget.Refused {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(report):1:1: cannot write the report: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
