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

    func run() throws {
        let scenarios = try options.scenarios(files)
        let writers = try trace.open(files, scenarios: scenarios)
        var summaries: [Summary] = []
        do {
            for (k, (file, scenario)) in zip(files, scenarios).enumerated() {
                let sink = TraceOption.sink(writers.isEmpty ? [] : [writers[k]])
                var result = try options.experiment([scenario], label: scenario.name, trace: sink)
                try options.stamp(&result, files: [file])
                summaries.append(result.summaries[0])
            }
        } catch {
            try? TraceOption.close(writers, keep: false)
            throw error
        }
        try TraceOption.close(writers, keep: true)
        try goals.judge(&summaries, scenarios: scenarios)
        try options.write { root in
            if summaries.count == 1 {
                try ResultWriter.write(summaries[0], to: root)
            } else {
                for (file, summary) in zip(files, summaries) {
                    try ResultWriter.write(summary, to: root.appendingPathComponent(Self.stem(file)))
                }
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
