import ArgumentParser
import Foundation
import Reports
import Scenarios
import Staffing
import Stochastics
import WebcareModel

/// Options shared by `staff` and `roster`: the simulation sample, overrides, output folder.
struct StaffingOptions: ParsableArguments {
    @Option(help: "Replications of the simulation sample (default: the scenario's run.replications).")
    var replications: Int?

    @Option(help: "Master seed of the simulation sample (default: the scenario's run.seed).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Folder to write the results into.")
    var out: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Change a field of the scenario without editing the file (repeatable).", valueName: "PATH=VALUE"))
    var overrides: [String] = []

    @Option(help: ArgumentHelp("Also write the report page (HTML, inline, no JavaScript).", valueName: "FILE"))
    var report: String?

    @Option(help: "Most simulations the search may run.")
    var maxSimulations: Int = 200

    @Flag(help: "Print the tables as wide as they need instead of fitting them to the terminal (COLUMNS, else the terminal's width, else 80).")
    var wide = false

    /// How wide the printed tables may be.
    var layout: TextLayout { TerminalWidth.layout(wide: wide) }

    func validate() throws {
        if let replications, !(2...StreamSeed.maxReplications).contains(replications) {
            throw ValidationError("--replications must be between 2 and \(StreamSeed.maxReplications) (an hour's interval needs two)")
        }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if maxSimulations < 1 { throw ValidationError("--max-simulations must be at least 1") }
        do {
            if let out { try OutputTarget.checkFolder(out) }
            if let report { try OutputTarget.checkFile(report) }
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The --set arguments, parsed (a bad one ends the command with one line).
    func parsedOverrides() throws -> [ScenarioOverride] {
        do {
            return try overrides.map(ScenarioOverride.parse)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// The scenario, its per-hour target and the simulation sample; a scenario without a
    /// per-hour target ends the command with one line.
    func problem(_ file: String, goals: TargetOptions) throws -> (scenario: Scenario, target: HourTarget, sample: SimulationSample) {
        guard var scenario = try ScenarioFiles.load([file], overrides: parsedOverrides()).first else { throw ExitCode.failure }
        scenario.goals = try goals.goals(of: scenario)
        guard let target = HourTarget(scenario: scenario, goals: scenario.goals) else {
            Console.error("\(file): \(StaffingFailure.noTarget)")
            throw ExitCode.failure
        }
        return (scenario, target, SimulationSample(scenario: scenario, replications: replications, seed: seed, threads: threads))
    }

    /// Writes `files` (name → contents) into --out as one transaction (`OutputTarget.writeFolder`):
    /// every text is ready before the first is written, and the folder replaces the target whole.
    func write(_ files: [(name: String, data: Data)]) throws {
        guard let out else { return }
        try OutputTarget.writeFolderOrFail(out) { root in
            for file in files { try file.data.write(to: root.appendingPathComponent(file.name)) }
        }
    }

    /// Writes `page` to --report, atomically; a site's page to the name with `-SITE` before
    /// its extension (report.html: report-emmen.html).
    func write(_ page: StaffingPage, site: String? = nil) throws {
        guard let report else { return }
        var url = URL(fileURLWithPath: report)
        if let site {
            let ext = url.pathExtension
            url = url.deletingPathExtension()
            url = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + "-\(site)")
            if !ext.isEmpty { url = url.appendingPathExtension(ext) }
        }
        do {
            try OutputTarget.writeFile(Data(page.render(toolVersion: ToolVersion.current).utf8), to: url.path)
        } catch let error as OutputTarget.Refused {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(url.path):1:1: cannot write the report: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }

    /// Deterministic JSON: keys sorted, pretty-printed, a final newline.
    static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}

extension HourTarget {
    /// `settings` as overrides (they are well-formed by construction).
    var overrides: [ScenarioOverride] { settings.compactMap { try? ScenarioOverride.parse($0) } }
}
