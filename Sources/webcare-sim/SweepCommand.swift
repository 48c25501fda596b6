import ArgumentParser
import Foundation
import Reports
import Scenarios
import WebcareModel

/// `webcare-sim sweep FILE --vary PATH=V1,V2,...`: runs the grid of variations of one
/// scenario with common random numbers, against a baseline: the file's own values unless
/// `--baseline` names a grid point.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a grid of variations of one scenario on the same messages and print them with differences against a baseline (the file's own values unless --baseline says otherwise).",
        discussion: """
            Example: webcare-sim sweep scenarios/drenthe-14-22.yaml --vary shifts.late.officers=2,3,4 --vary-together shifts.a.start=08:00,09:00 shifts.b.start=08:00,09:00 \
            --baseline shifts.late.officers=2 --baseline shifts.a.start=08:00
            """
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: ArgumentHelp("A field and its values, e.g. shifts.late.officers=2,3,4 (repeatable; the grid is every combination).",
                               valueName: "PATH=V1,V2,..."))
    var vary: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Fields whose values move together, e.g. shifts.a.start=08:00,09:00 shifts.b.start=08:00,09:00: lists of the same length, the i-th values taken together; one group, combined with every --vary.",
        valueName: "PATH=V1,V2,..."))
    var varyTogether: [String] = []

    @Option(help: ArgumentHelp(
        "The reference of the differences: PATH=VALUE of the grid point (repeatable, until one point is named), or first (the first combination). Default: the file's own values.",
        valueName: "PATH=VALUE|first"))
    var baseline: [String] = []

    @OptionGroup var options: RunOptions

    @OptionGroup var goals: TargetOptions

    @OptionGroup var report: SweepReportOption

    func validate() throws {
        let groups = CommandLine.arguments.filter { $0 == "--vary-together" || $0.hasPrefix("--vary-together=") }.count
        if groups > 1 {
            throw ValidationError("--vary-together is given \(groups) times; give it once, with every field that moves together after it (use --vary for independent fields)")
        }
        _ = try grid()
    }

    /// The grid of the arguments; a mistake is a validation error of one line.
    func grid() throws -> SweepGrid {
        do {
            return try SweepGrid.parse(vary: vary, together: varyTogether, baseline: baseline)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let grid = try points()
        if let spec = options.shardSpec {
            let job = ShardRunner.Job(scenarios: grid.scenarios, files: [file], sharesPoints: true)
            try ShardRunner.write(command: "sweep", arguments: runArguments, jobs: [job], spec: spec, options: options)
            return
        }
        try finish(try options.experiment(grid.scenarios, label: "sweep"), grid: grid)
    }

    /// The arguments that define this sweep, for a part file (see `ShardPart.arguments`).
    var runArguments: [String] {
        [file] + vary.flatMap { ["--vary", $0] } + (varyTogether.isEmpty ? [] : ["--vary-together"] + varyTogether)
            + baseline.flatMap { ["--baseline", $0] } + options.runArguments + goals.targets.flatMap { ["--target", $0] }
    }

    /// The grid of the arguments with each point's scenario and overrides.
    func points() throws -> (grid: SweepGrid, scenarios: [Scenario], overrides: [[ScenarioOverride]]) {
        let grid = try grid()
        var scenarios: [Scenario] = []
        var pointOverrides: [[ScenarioOverride]] = []
        for index in grid.points.indices {
            let extra: [ScenarioOverride]
            do {
                extra = try grid.overrides(index)
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
            guard var scenario = try options.scenarios([file], extra: extra).first else { throw ExitCode.failure }
            scenario.name = grid.name(index)
            scenarios.append(scenario)
            pointOverrides.append(extra)
        }
        return (grid, scenarios, pointOverrides)
    }

    /// Writes and prints the sweep: what a single run does after simulating, and what `merge`
    /// does with the folded parts.
    func finish(_ run: (result: ExperimentResult, values: ReplicationValues),
                grid points: (grid: SweepGrid, scenarios: [Scenario], overrides: [[ScenarioOverride]])) throws {
        var result = run.result
        try options.stamp(&result, files: Array(repeating: file, count: points.grid.points.count), extra: points.overrides)
        try goals.judge(&result.summaries, scenarios: points.scenarios)
        let sweep = SweepResult(paths: points.grid.paths, points: points.grid.points.map(\.values), result: result)
        try options.write { root in
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data(ResultWriter.sweepCSV(sweep).utf8).write(to: root.appendingPathComponent("sweep.csv"), options: .atomic)
            try ResultWriter.json(result).write(to: root.appendingPathComponent("sweep.json"), options: .atomic)
            let values = result.summaries.indices.map { run.values.values(scenario: $0) }
            try ResultWriter.writeReplications(result.summaries, values: values, to: root)
        }
        try report.write(sweep)
        switch options.format {
        case .table:
            let layout = options.layout
            Console.output(layout.isWide ? ComparisonTable.renderSweep(sweep) + GoalTable.render(result.summaries)
                : layout.fit(ComparisonTable.renderSweepByMeasure(sweep, layout: layout) + GoalTable.render(result.summaries)))
        case .json: Console.output(try ResultWriter.json(result))
        }
    }
}
