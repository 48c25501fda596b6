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
    }

    func run() throws {
        let scenarios = try options.scenarios(files)
        let writers = try trace.open(files, scenarios: scenarios)
        var result: ExperimentResult
        do {
            result = try options.experiment(scenarios, label: "compare", trace: TraceOption.sink(writers))
        } catch {
            try? TraceOption.close(writers, keep: false)
            throw error
        }
        try TraceOption.close(writers, keep: true)
        try options.stamp(&result, files: files)
        try goals.judge(&result.summaries, scenarios: scenarios)
        try options.write { root in
            try ResultWriter.write(result, to: root, stems: files.map(RunCommand.stem))
        }
        try report.write(ReportInput(result))
        switch options.format {
        case .table: Console.output(options.layout.fit(ComparisonTable.render(result, layout: options.layout) + GoalTable.render(result.summaries)))
        case .json: Console.output(try ResultWriter.json(result))
        }
    }
}
