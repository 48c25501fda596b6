import ArgumentParser
import Foundation
import Scenarios

/// `webcare-sim check [--baseline results/] [SCENARIO...]`: re-runs the shipped scenarios with
/// the baseline's seed and replications and tells, per scenario and measure, whether the
/// results are identical, equivalent (within statistical noise) or changed; `--update`
/// rewrites the baseline deliberately and prints what changed, for the commit message.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compare the shipped scenarios' results with the committed baseline: identical, equivalent or changed.",
        discussion: """
            Re-runs every scenarios/*.yaml (or the SCENARIOs named) with the seed and replications in \
            the baseline's manifest.json and compares every measure. identical: bit for bit; equivalent: \
            the numbers differ within statistical noise; changed: the difference is more than noise \
            explains (Welch's test from the 95% intervals, an hour-of-week measure by the chance of its \
            moved hours, all of a scenario's tests judged together by Holm's rule at a family-wise 1%: \
            a re-seeded, unchanged model is called changed at most 1% of the time per scenario), or \
            beyond doubt (defined on one side only, no spread, one replication). The conservation \
            invariant (arrived = answered + abandoned + waiting at the end) must hold in the baseline \
            and in the new run.
            Exit status: 0 every scenario identical or equivalent; 1 something changed, an invariant is \
            broken or a scenario file is bad; 2 the baseline is missing or unreadable.
            --update re-runs the scenarios with their own seed and replications and rewrites the \
            baseline (what `make results` does), printing what changed against the old one.
            """
    )

    @Argument(help: ArgumentHelp("Scenario files or names, e.g. twente-16h (default: every *.yaml in the scenarios folder).",
                              valueName: "scenario"))
    var names: [String] = []

    @Option(help: "The folder of committed results (the baseline).")
    var baseline: String = "results/"

    @Option(name: .customLong("scenarios"), help: "The folder of shipped scenarios.")
    var scenariosFolder: String = "scenarios/"

    @Flag(help: "Rewrite the baseline from the scenarios' own seed and replications (re-baselining).")
    var update = false

    @Flag(help: "Fail on any difference, even within noise (for CI on an unchanged code path).")
    var requireIdentical = false

    @Flag(help: "List every number that differs, not only those that fail.")
    var verbose = false

    @Option(parsing: .unconditional, help: "Worker threads (default: all cores). Results do not depend on it.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if !(1...ScenarioLimits.threads).contains(threads) {
            throw ValidationError("--threads \(threads): expected a whole number between 1 and \(ScenarioLimits.threads)")
        }
        if update && requireIdentical { throw ValidationError("--require-identical applies to a check, not to --update") }
    }

    func run() throws {
        let check = RegressionCheck(runner: EngineRunner(threads: threads), scenariosFolder: scenariosFolder,
                                    baselineFolder: baseline)
        let report: CheckReport
        do {
            report = update ? try check.update(named: names) : try check.check(named: names)
        } catch let error as BaselineError {
            Console.error(error.description)
            throw error.writing ? ExitCode.failure : ExitCode(2)
        } catch let error as ScenarioError {
            Console.error(error.description)
            throw ExitCode.failure
        } catch let error as RegressionCheck.Failure {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(baseline):1:1: the check failed: \(error)")
            throw ExitCode.failure
        }
        Console.output(Self.render(report, requireIdentical: requireIdentical, verbose: verbose))
        let status = update ? 0 : report.exitCode(requireIdentical: requireIdentical)
        if status != 0 { throw ExitCode(status) }
    }
}
