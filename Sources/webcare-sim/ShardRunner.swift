import ArgumentParser
import Foundation
import Scenarios
import WebcareModel

/// Runs one shard (`--shard I/N`) of `run`, `compare` or `sweep` and writes its part file into
/// --out: the shard's share of each experiment's replications (or, for a sweep, of its grid
/// points), with the streams the whole run gives them. `merge` folds the parts.
enum ShardRunner {
    /// One experiment of the run: its scenarios (every grid point of a sweep), the files they
    /// came from, and whether the shards divide its grid points instead of its replications.
    struct Job {
        let scenarios: [Scenario]
        let files: [String]
        let sharesPoints: Bool
    }

    /// Runs shard `spec` of `jobs` and writes `part-I-of-N.json` into `options.out`.
    static func write(command: String, arguments: [String], jobs: [Job], spec: ShardSpec, options: RunOptions) throws {
        guard let out = options.out else { throw ExitCode.failure }
        var experiments: [ShardExperiment] = []
        for job in jobs {
            experiments.append(try share(job, spec: spec, options: options))
        }
        let part = ShardPart(command: command, arguments: arguments, shard: spec, experiments: experiments)
        let path = URL(fileURLWithPath: out).appendingPathComponent(spec.fileName).relativePath
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try OutputTarget.writeFile(try part.json(), to: path)
        } catch let error as OutputTarget.Refused {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(path):1:1: cannot write the part file: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        let shares = experiments.map { experiment in
            experiment.sharesPoints
                ? "grid points \(experiment.pointStart + 1)-\(experiment.pointEnd) of \(experiment.points)"
                : "replications \(experiment.replicationStart + 1)-\(experiment.replicationEnd) of \(experiment.replications)"
        }
        Console.output("shard \(spec.argument): \(shares.joined(separator: "; ")) -> \(path)\n")
    }

    /// Runs this shard's share of one experiment.
    private static func share(_ job: Job, spec: ShardSpec, options: RunOptions) throws -> ShardExperiment {
        guard let first = job.scenarios.first else { throw ExitCode.failure }
        let total = options.replications ?? first.run.replications
        let seed = options.seed ?? first.run.seed
        let points = job.sharesPoints ? spec.share(of: job.scenarios.count) : 0..<job.scenarios.count
        let replications = job.sharesPoints ? 0..<total : spec.share(of: total)
        var rows: [ReplicationRow] = []
        var wall = 0.0
        if !points.isEmpty, !replications.isEmpty {
            let bar = ProgressBar(label: "shard \(spec.argument)")
            defer { bar.finish() }
            do {
                (rows, wall) = try Experiment.shard(Array(job.scenarios[points]), seed: seed, replications: replications,
                                                    threads: options.threads, progress: bar.update)
            } catch {
                bar.finish()
                Console.error("shard \(spec.argument): \(error)")
                throw ExitCode.failure
            }
        }
        var files: [ScenarioHash] = []
        for file in job.files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("\(file):1:1: cannot read the scenario file again to record its SHA-256")
                throw ExitCode.failure
            }
            files.append(ScenarioHash(file: file, sha256: ResultsManifest.sha256(data)))
        }
        return ShardExperiment(files: files, seed: seed, replications: replications, of: total, points: points,
                               of: job.scenarios.count, sharesPoints: job.sharesPoints, wall: wall,
                               rows: rows.map(PartRow.init))
    }
}
