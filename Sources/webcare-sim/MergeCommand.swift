import ArgumentParser
import Foundation
import Reports
import Scenarios
import WebcareModel

/// `webcare-sim merge PARTS... --out DIR`: folds the part files of a sharded `run`, `compare`
/// or `sweep` in replication order and writes what the single run would have written, byte for
/// byte apart from `performance`.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the part files of a run, compare or sweep given --shard I/N into the single run's results.",
        discussion: "Run it where the shards ran: the part files name the scenario files as they were given, and merge checks that they have not changed since. Example: webcare-sim merge parts/part-*-of-4.json --out results-folder --report report.html"
    )

    @Argument(help: "The part files (part-I-of-N.json), every shard exactly once, in any order.")
    var parts: [String]

    @Option(help: "Folder to write the merged results into (as the single run's --out).")
    var out: String

    @Option(help: "table (readable) or json (one document on stdout), as the single run prints.")
    var format: OutputFormat = .table

    @OptionGroup var report: ReportCommand.Options

    func run() throws {
        let read: [ShardMerge.Part]
        do {
            read = try ShardMerge.read(parts)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        let first = read[0].part
        var arguments = first.arguments + ["--out", out, "--format", format.rawValue]
        if let html = report.report { arguments += ["--report", html] }
        if let pdf = report.pdf { arguments += ["--pdf", pdf] }
        try checkFiles(read)
        switch first.command {
        case "run":
            let command = try RunCommand.parse(arguments)
            let scenarios = try command.options.scenarios(command.files)
            try command.finish(try scenarios.indices.map { try merge(read, experiment: $0, scenarios: [scenarios[$0]]) },
                               scenarios: scenarios)
        case "compare":
            let command = try CompareCommand.parse(arguments)
            let scenarios = try command.options.scenarios(command.files)
            try command.finish(try merge(read, experiment: 0, scenarios: scenarios), scenarios: scenarios)
        case "sweep":
            let command = try SweepCommand.parse(arguments)
            let points = try command.points()
            try command.finish(try merge(read, experiment: 0, scenarios: points.scenarios), grid: points)
        default:
            Console.error("\(read[0].path):1:1: command \(first.command); expected run, compare or sweep")
            throw ExitCode.failure
        }
    }

    /// Refuses a scenario file that is gone or has changed since the shards ran.
    private func checkFiles(_ read: [ShardMerge.Part]) throws {
        for experiment in read[0].part.experiments {
            for file in experiment.files {
                guard let data = FileManager.default.contents(atPath: file.file) else {
                    Console.error("\(file.file):1:1: cannot read this scenario file, which the parts were run from (run merge where the shards ran)")
                    throw ExitCode.failure
                }
                if ResultsManifest.sha256(data) != file.sha256 {
                    Console.error("\(file.file):1:1: changed since the shards ran (its SHA-256 in \(read[0].path) is \(file.sha256.prefix(12))…)")
                    throw ExitCode.failure
                }
            }
        }
    }

    /// Experiment `e` of the parts, folded by the single run's reducer.
    private func merge(_ read: [ShardMerge.Part], experiment e: Int,
                       scenarios: [Scenario]) throws -> (result: ExperimentResult, values: ReplicationValues) {
        let shares = read.map { $0.part.experiments[e] }
        guard shares[0].points == scenarios.count else {
            Console.error("\(read[0].path):1:1: \(shares[0].points) scenarios in the part, \(scenarios.count) from its arguments (corrupt part)")
            throw ExitCode.failure
        }
        do {
            let rows = try ShardMerge.rows(read, experiment: e, widths: Experiment.rowWidths(scenarios))
            return try Experiment.merge(scenarios, seed: shares[0].seed, rows: rows,
                                        wall: shares.reduce(0) { $0 + $1.wallS }, threads: read.count)
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}
