import ArgumentParser
import Foundation
import Reports
import Scenarios
import WebcareModel

/// `webcare-sim compare A.yaml B.yaml...`: runs scenarios with common random numbers and
/// prints each one's measures with the paired difference against the first.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios on the same messages (common random numbers): each one's measures and the paired difference against the first, with 95% intervals.",
        discussion: "The seed and replications are the first file's unless --seed/--replications are given; --set applies to every file."
    )

    @Argument(help: "Scenario files (YAML); the first is the baseline.")
    var files: [String]

    @OptionGroup var options: RunOptions

    @OptionGroup var report: ReportCommand.Options

    @OptionGroup var goals: TargetOptions

    @OptionGroup var trace: TraceOption

    func validate() throws {
        if files.count < 2 { throw ValidationError("compare needs at least two scenario files") }
        if options.shard != nil, trace.trace != nil || report.report != nil || report.pdf != nil {
            throw ValidationError("--shard writes a part file only: give --trace, --report and --pdf to a single run, or --report to merge")
        }
    }

    func run() throws {
        let scenarios = try options.scenarios(files)
        if let spec = options.shardSpec {
            let job = ShardRunner.Job(scenarios: scenarios, files: files, sharesPoints: false)
            try ShardRunner.write(command: "compare", arguments: runArguments, jobs: [job], spec: spec, options: options)
            return
        }
        let writers = try trace.open(files, scenarios: scenarios)
        let run: (result: ExperimentResult, values: ReplicationValues)
        do {
            run = try options.experiment(scenarios, label: "compare", trace: TraceOption.sink(writers))
        } catch {
            try? TraceOption.close(writers, keep: false)
            throw error
        }
        try TraceOption.close(writers, keep: true)
        try finish(run, scenarios: scenarios)
    }

    /// The arguments that define this comparison, for a part file (see `ShardPart.arguments`).
    var runArguments: [String] {
        files + options.runArguments + goals.targets.flatMap { ["--target", $0] }
    }

    /// Writes and prints the comparison: what a single run does after simulating, and what
    /// `merge` does with the folded parts.
    func finish(_ run: (result: ExperimentResult, values: ReplicationValues), scenarios: [Scenario]) throws {
        var result = run.result
        try options.stamp(&result, files: files)
        try goals.judge(&result.summaries, scenarios: scenarios)
        try options.write { root in
            try ResultWriter.write(result, to: root, stems: files.map(RunCommand.stem))
            let folders = ResultWriter.folderNames(stems: files.map(RunCommand.stem))
            for (k, (folder, summary)) in zip(folders, result.summaries).enumerated() {
                try ResultWriter.writeReplications([summary], values: [run.values.values(scenario: k)],
                                                   to: root.appendingPathComponent(folder))
            }
        }
        try report.write(ReportInput(result))
        switch options.format {
        case .table: Console.output(options.layout.fit(ComparisonTable.render(result, layout: options.layout) + GoalTable.render(result.summaries)))
        case .json: Console.output(try ResultWriter.json(result))
        }
    }
}
