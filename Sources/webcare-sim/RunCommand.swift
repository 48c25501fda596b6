import ArgumentParser
import Foundation
import Reports
import Scenarios
import Stochastics
import WebcareModel

/// The output format of `run`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// `webcare-sim run FILE...`: runs scenarios and prints their measures side by side.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scenario files and print waits, service level, queues and officer hours with 95% intervals."
    )

    @Argument(help: "Scenario files (YAML); several are printed side by side.")
    var files: [String]

    @Option(help: "Replications (overrides the scenario's run.replications).")
    var replications: Int?

    @Option(help: "Master seed (overrides the scenario's run.seed).")
    var seed: UInt64?

    @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "table (readable) or json (one document on stdout).")
    var format: OutputFormat = .table

    @Option(help: "Folder to write summary.json and by-hour.csv into (one sub-folder per file when several).")
    var out: String?

    func validate() throws {
        if let replications, !(1...StreamSeed.maxReplications).contains(replications) {
            throw ValidationError("--replications must be between 1 and \(StreamSeed.maxReplications)")
        }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let scenarios = try ScenarioFiles.load(files)
        var summaries: [Summary] = []
        for scenario in scenarios {
            let bar = ProgressBar(label: scenario.name)
            do {
                summaries.append(try Experiment.run(
                    scenario, replications: replications, seed: seed, threads: threads, progress: bar.update))
            } catch {
                bar.finish()
                Console.error("\(scenario.name): \(error)")
                throw ExitCode.failure
            }
            bar.finish()
        }
        if let out { try write(summaries, to: out) }
        switch format {
        case .table: Console.output(SummaryTable.render(summaries))
        case .json: Console.output(summaries.count == 1 ? try ResultWriter.json(summaries[0]) : try ResultWriter.json(summaries))
        }
    }

    private func write(_ summaries: [Summary], to out: String) throws {
        let root = URL(fileURLWithPath: out)
        do {
            if summaries.count == 1 {
                try ResultWriter.write(summaries[0], to: root)
            } else {
                for (file, summary) in zip(files, summaries) {
                    let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                    try ResultWriter.write(summary, to: root.appendingPathComponent(stem))
                }
            }
        } catch {
            Console.error("\(out):1:1: cannot write results: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
