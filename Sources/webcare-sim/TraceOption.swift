import ArgumentParser
import Foundation
import Scenarios
import WebcareModel

/// `--trace FILE.csv` on `run` and `compare`: one row per counted message in the field names of
/// `fit`. With one scenario the trace is FILE.csv; with several, FILE-<scenario file's stem>.csv
/// beside it (e.g. trace-drenthe-14-22.csv).
struct TraceOption: ParsableArguments {
    @Option(help: "Write a trace (one row per message of the measured window, fit's field names) to this CSV file; with several scenarios, FILE-<stem>.csv per scenario.")
    var trace: String?

    /// The trace file of each scenario file.
    func targets(_ files: [String]) -> [URL] {
        guard let trace else { return [] }
        let url = URL(fileURLWithPath: trace)
        guard files.count > 1 else { return [url] }
        let base = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "csv" : url.pathExtension
        return files.map { url.deletingLastPathComponent().appendingPathComponent("\(base)-\(RunCommand.stem($0)).\(ext)") }
    }

    /// Opens the writers for `scenarios` (one per file; none without --trace); a problem is one line.
    func open(_ files: [String], scenarios: [Scenario]) throws -> [TraceWriter] {
        let targets = targets(files)
        var writers: [TraceWriter] = []
        do {
            for (target, scenario) in zip(targets, scenarios) { writers.append(try TraceWriter(target: target, scenario: scenario)) }
        } catch {
            for writer in writers { try? writer.finish(keep: false) }
            Console.error("\(error)")
            throw ExitCode.failure
        }
        return writers
    }

    /// A sink writing scenario k's traces with `writers[k]`; nil without writers.
    static func sink(_ writers: [TraceWriter]) -> TraceSink? {
        guard !writers.isEmpty else { return nil }
        return TraceSink(scenarios: writers.count) { k, trace in writers[k].write(trace) }
    }

    /// Renames the traces into place after a good run, or removes them.
    static func close(_ writers: [TraceWriter], keep: Bool) throws {
        var failed = false
        for writer in writers {
            do {
                try writer.finish(keep: keep && !failed)
            } catch {
                Console.error("\(error)")
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
