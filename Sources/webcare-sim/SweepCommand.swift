import ArgumentParser
import Foundation
import Reports
import Scenarios
import WebcareModel

/// `webcare-sim sweep FILE --vary PATH=V1,V2,...`: runs the grid of variations of one
/// scenario with common random numbers; the first grid point is the baseline.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a grid of variations of one scenario on the same messages and print them with differences against the first grid point.",
        discussion: "Example: webcare-sim sweep scenarios/drenthe-14-22.yaml --vary shifts.late.officers=2,3,4 --vary shifts.late.start=09:00,14:00"
    )

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(help: ArgumentHelp("A field and its values, e.g. shifts.late.officers=2,3,4 (repeatable; the grid is every combination).",
                               valueName: "PATH=V1,V2,..."))
    var vary: [String] = []

    @OptionGroup var options: RunOptions

    func validate() throws {
        if vary.isEmpty { throw ValidationError("sweep needs at least one --vary PATH=V1,V2,...") }
        for argument in vary {
            let parts = argument.split(separator: "=", maxSplits: 1)
            if parts.count != 2 || parts[1].split(separator: ",").isEmpty {
                throw ValidationError("--vary \(argument): expected PATH=V1,V2,... such as shifts.late.officers=2,3,4")
            }
        }
        let points = vary.reduce(1.0) { total, argument in
            total * Double(argument.split(separator: "=", maxSplits: 1).last?.split(separator: ",").count ?? 1)
        }
        if points > Double(ScenarioLimits.scenariosPerRun) {
            throw ValidationError("the --vary grid has \(ScenarioLoader.about(points)) points; expected at most \(ScenarioLimits.scenariosPerRun)")
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
        [file] + vary.flatMap { ["--vary", $0] } + options.runArguments
    }

    /// The grid: the varied paths, each point's values, and each point's scenario and overrides.
    func points() throws -> (paths: [String], values: [[String]], scenarios: [Scenario], overrides: [[ScenarioOverride]]) {
        let axes = vary.map { argument -> (String, [String]) in
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        var grid: [[(String, String)]] = [[]]
        for (path, values) in axes {
            grid = grid.flatMap { point in values.map { point + [(path, $0)] } }
        }
        var scenarios: [Scenario] = []
        var pointOverrides: [[ScenarioOverride]] = []
        for point in grid {
            var extra: [ScenarioOverride] = []
            for (path, value) in point {
                do {
                    extra.append(try ScenarioOverride.parse("\(path)=\(value)"))
                } catch {
                    Console.error(error.description)
                    throw ExitCode.failure
                }
            }
            guard var scenario = try options.scenarios([file], extra: extra).first else { throw ExitCode.failure }
            scenario.name = point.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
            scenarios.append(scenario)
            pointOverrides.append(extra)
        }
        return (axes.map(\.0), grid.map { $0.map(\.1) }, scenarios, pointOverrides)
    }

    /// Writes and prints the sweep: what a single run does after simulating, and what `merge`
    /// does with the folded parts.
    func finish(_ run: (result: ExperimentResult, values: ReplicationValues),
                grid: (paths: [String], values: [[String]], scenarios: [Scenario], overrides: [[ScenarioOverride]])) throws {
        var result = run.result
        try options.stamp(&result, files: Array(repeating: file, count: grid.values.count), extra: grid.overrides)
        let sweep = SweepResult(paths: grid.paths, points: grid.values, result: result)
        try options.write { root in
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data(ResultWriter.sweepCSV(sweep).utf8).write(to: root.appendingPathComponent("sweep.csv"), options: .atomic)
            try ResultWriter.json(result).write(to: root.appendingPathComponent("sweep.json"), options: .atomic)
            let values = result.summaries.indices.map { run.values.values(scenario: $0) }
            try ResultWriter.writeReplications(result.summaries, values: values, to: root)
        }
        switch options.format {
        case .table: Console.output(ComparisonTable.renderSweep(sweep))
        case .json: Console.output(try ResultWriter.json(result))
        }
    }
}
