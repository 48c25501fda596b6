import ArgumentParser
import Foundation
import Reports
import Scenarios
import WebcareModel

/// `webcare-sim run FILE...`: runs scenarios and prints their measures side by side.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scenario files and print waits, service level, queues and officer hours with 95% intervals."
    )

    @Argument(help: "Scenario files (YAML); several are printed side by side.")
    var files: [String]

    @OptionGroup var options: RunOptions

    @OptionGroup var report: ReportCommand.Options

    @OptionGroup var goals: TargetOptions

    @OptionGroup var trace: TraceOption

    func validate() throws {
        if options.shard != nil, trace.trace != nil || report.report != nil || report.pdf != nil {
            throw ValidationError("--shard writes a part file only: give --trace, --report and --pdf to a single run, or --report to merge")
        }
    }

    func run() throws {
        let scenarios = try options.scenarios(files)
        if let spec = options.shardSpec {
            let jobs = zip(files, scenarios).map { ShardRunner.Job(scenarios: [$1], files: [$0], sharesPoints: false) }
            try ShardRunner.write(command: "run", arguments: runArguments, jobs: jobs, spec: spec, options: options)
            return
        }
        let writers = try trace.open(files, scenarios: scenarios)
        var runs: [(result: ExperimentResult, values: ReplicationValues)] = []
        do {
            for (k, scenario) in scenarios.enumerated() {
                let sink = TraceOption.sink(writers.isEmpty ? [] : [writers[k]])
                runs.append(try options.experiment([scenario], label: scenario.name, trace: sink))
            }
        } catch {
            try? TraceOption.close(writers, keep: false)
            throw error
        }
        try TraceOption.close(writers, keep: true)
        try finish(runs, scenarios: scenarios)
    }

    /// The arguments that define this run, for a part file (see `ShardPart.arguments`).
    var runArguments: [String] {
        files + options.runArguments + goals.targets.flatMap { ["--target", $0] }
    }

    /// Writes and prints the results of one experiment per file: what a single run does after
    /// simulating, and what `merge` does with the folded parts.
    func finish(_ runs: [(result: ExperimentResult, values: ReplicationValues)], scenarios: [Scenario]) throws {
        var summaries: [Summary] = []
        for (file, run) in zip(files, runs) {
            var result = run.result
            try options.stamp(&result, files: [file])
            summaries.append(result.summaries[0])
        }
        try goals.judge(&summaries, scenarios: scenarios)
        try options.write { root in
            for (k, (file, summary)) in zip(files, summaries).enumerated() {
                let folder = summaries.count == 1 ? root : root.appendingPathComponent(Self.stem(file))
                try ResultWriter.write(summary, to: folder)
                try ResultWriter.writeReplications([summary], values: [runs[k].values.values(scenario: 0)], to: folder)
            }
        }
        try report.write(ReportInput(summaries: summaries))
        switch options.format {
        case .table: Console.output(options.layout.fit(SummaryTable.render(summaries, layout: options.layout) + GoalTable.render(summaries)))
        case .json: Console.output(summaries.count == 1 ? try ResultWriter.json(summaries[0]) : try ResultWriter.json(summaries))
        }
    }

    /// A file's name without folder and extension.
    static func stem(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }
}
