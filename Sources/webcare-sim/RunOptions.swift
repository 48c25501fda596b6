import ArgumentParser
import Foundation
import Reports
import Scenarios
import Stochastics
import WebcareModel

/// The output format of `run`, `compare` and `sweep`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// Options shared by `run`, `compare` and `sweep`.
struct RunOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Replications (overrides the scenario's run.replications).")
    var replications: Int?

    @Option(parsing: .unconditional, help: "Master seed (overrides the scenario's run.seed).")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "table (readable) or json (one document on stdout).")
    var format: OutputFormat = .table

    @Option(help: "Folder to write the results into (summary.json and by-hour.csv per scenario).")
    var out: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Change a field without editing the file, e.g. shifts.late.officers=3 (repeatable).",
        valueName: "PATH=VALUE"))
    var overrides: [String] = []

    @Option(help: ArgumentHelp(
        "Add replications in batches until the 95% half-width of METRIC is at most X times its mean, e.g. wait_mean_min=0.05.",
        valueName: "METRIC=X"))
    var precision: String?

    @Option(parsing: .unconditional, help: "Most replications to run with --precision.")
    var maxReplications: Int = 1_000

    @Option(help: ArgumentHelp(
        "Run only shard I of N (I from 0) and write its part file part-I-of-N.json into --out, for `merge`.",
        valueName: "I/N"))
    var shard: String?

    @Flag(help: "Print the tables in one block each, as wide as they need, instead of fitting them to the terminal (COLUMNS, else the terminal's width, else 80).")
    var wide = false

    /// How wide the printed tables may be.
    var layout: TextLayout { TerminalWidth.layout(wide: wide) }

    func validate() throws {
        let most = ScenarioLimits.replications
        if let replications, !(1...most).contains(replications) {
            throw ValidationError("--replications \(replications): expected a whole number between 1 and \(most)")
        }
        if !(1...ScenarioLimits.threads).contains(threads) {
            throw ValidationError("--threads \(threads): expected a whole number between 1 and \(ScenarioLimits.threads)")
        }
        if !(2...most).contains(maxReplications) {
            throw ValidationError("--max-replications \(maxReplications): expected a whole number between 2 and \(most)")
        }
        if overrides.count > ScenarioLimits.overrides {
            throw ValidationError("\(overrides.count) --set arguments; expected at most \(ScenarioLimits.overrides)")
        }
        if let shard {
            try validateShard(shard)
        } else if let out {
            do {
                try OutputTarget.checkFolder(out)
            } catch {
                throw ValidationError("--out \(error.description)")
            }
        }
        _ = try precisionTarget()
    }

    /// A shard needs --out (a folder that part files are added to) and a fixed number of replications.
    private func validateShard(_ shard: String) throws {
        guard let spec = ShardSpec(parsing: shard) else {
            throw ValidationError("--shard \(shard): expected I/N with 0 <= I < N <= \(ShardSpec.most), e.g. 0/4 (I counts from 0)")
        }
        guard let out else { throw ValidationError("--shard needs --out FOLDER, where the part file \(spec.fileName) is written") }
        if precision != nil { throw ValidationError("--shard and --precision: a sharded run needs a fixed number of replications") }
        if let kind = FileKind.of(out), kind != .directory {
            throw ValidationError("--out \(out):1:1: it is \(kind.description); expected a folder for part files")
        }
    }

    /// The parsed --shard, if any.
    var shardSpec: ShardSpec? { shard.flatMap(ShardSpec.init(parsing:)) }

    /// The options that define the run (for a part file, so `merge` can parse them again);
    /// --threads, --format, --out and --shard only say how or where.
    var runArguments: [String] {
        var arguments: [String] = []
        if let replications { arguments += ["--replications", String(replications)] }
        if let seed { arguments += ["--seed", String(seed)] }
        for override in overrides { arguments += ["--set", override] }
        return arguments
    }

    /// The parsed --precision target, if any.
    func precisionTarget() throws -> PrecisionTarget? {
        guard let precision else { return nil }
        let parts = precision.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let metric = Metric(rawValue: parts[0]) else {
            throw ValidationError("--precision \(precision): expected METRIC=X with METRIC one of \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let x = Double(parts[1]), x > 0, x.isFinite else {
            throw ValidationError("--precision \(precision): X must be a positive number such as 0.05 (5% of the mean)")
        }
        return PrecisionTarget(metric: metric, relativeHalfWidth: x, maxReplications: maxReplications)
    }

    /// Loads scenario files with the --set overrides applied; bad input ends the command with
    /// one line per problem.
    func scenarios(_ files: [String], extra: [ScenarioOverride] = []) throws -> [Scenario] {
        guard files.count <= ScenarioLimits.scenariosPerRun else {
            Console.error("\(files.count) scenario files; expected at most \(ScenarioLimits.scenariosPerRun)")
            throw ExitCode.failure
        }
        return try ScenarioFiles.load(files, overrides: parsedOverrides() + extra)
    }

    /// The --set arguments, parsed.
    func parsedOverrides() throws -> [ScenarioOverride] {
        var parsed: [ScenarioOverride] = []
        for argument in overrides {
            do {
                parsed.append(try ScenarioOverride.parse(argument))
            } catch {
                Console.error(error.description)
                throw ExitCode.failure
            }
        }
        return parsed
    }

    /// Runs the experiment with a progress bar, turning failures into one line on stderr; the
    /// result comes with every replication's headline values (for replications.csv). A run
    /// beyond `WorkEstimate.Limits.eventsInAll` is refused; one expected to take more than 30
    /// seconds says so first.
    func experiment(_ scenarios: [Scenario], label: String,
                    trace: TraceSink? = nil) throws -> (result: ExperimentResult, values: ReplicationValues) {
        try checkWork(scenarios, label: label)
        let bar = ProgressBar(label: label)
        defer { bar.finish() }
        do {
            return try Experiment.compareKeepingReplications(scenarios, replications: replications, seed: seed, threads: threads,
                                          precision: try precisionTarget(), progress: bar.update, trace: trace)
        } catch {
            bar.finish()
            Console.error("\(label): \(error)")
            throw ExitCode.failure
        }
    }

    /// Records in each summary the file it came from (with the --set arguments and `extra`
    /// overrides per file, e.g. a sweep's grid point).
    func stamp(_ result: inout ExperimentResult, files: [String], extra: [[ScenarioOverride]]? = nil) throws {
        let overrides = try parsedOverrides()
        for k in result.summaries.indices where k < files.count {
            result.summaries[k].provenance = Provenance.of(file: files[k], overrides: overrides + (extra?[k] ?? []))
        }
    }

    /// Writes the folder --out as one transaction (`OutputTarget.writeFolder`): `body` fills a
    /// temporary folder that then replaces the target whole. Failures end in one line on stderr.
    func write(_ body: (URL) throws -> Void) throws {
        guard let out else { return }
        try OutputTarget.writeFolderOrFail(out, body)
    }
}
