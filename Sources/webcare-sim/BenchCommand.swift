import ArgumentParser
import Foundation
import Scenarios
import WebcareModel

/// `webcare-sim bench`: the engine's speed, measured through the full engine from scenario
/// files: the M/M/c case of ../shared/bench single-threaded (events per second, median of
/// several runs), the speed-up of replications on 2 threads, and a webcare year (twente-24-7,
/// 1000 replications of 365 days) with its wall time, events per second and peak memory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine: M/M/10 events per second (1 thread), the 2-thread speed-up, a twente-24-7 year × 1000 replications; then staff and roster (30 templates) on twente-24-7.",
        discussion: """
        Events are arrivals + handling completions + abandonments (warm-up included), counted as \
        ../shared/bench counts them; wall time is the replications loop alone (Experiment's \
        wall_s: loading and output excluded). Results of the runs are not printed, only speed.
        """
    )

    @Option(help: "Runs per single-threaded case and per thread count (median, min and max are printed; default 5, 1 with --quick).")
    var runs: Int?

    @Flag(help: "A fast smoke run: shorter horizons, fewer replications, 1 run unless --runs is given.")
    var quick = false

    @Option(help: "Folder of the shipped scenarios (holding twente-24-7.yaml and bench/).")
    var scenarios: String = "scenarios"

    @Option(help: "Rows of the synthetic export that fit reads first (default 1000000; 100000 with --quick; 0: skip).")
    var fitRows: Int?

    @Option(help: "Threads for the twente year (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let fitRows, fitRows < 0 { throw ValidationError("--fit-rows must be at least 0") }
    }

    func run() throws {
        let plan = BenchPlan(quick: quick, runs: runs ?? (quick ? 1 : 5), threads: threads)
        let files = try ScenarioFiles.load([
            "\(scenarios)/bench/mmc-10.yaml", "\(scenarios)/bench/mmc-10-patience.yaml", "\(scenarios)/twente-24-7.yaml",
        ])
        let report = BenchReport(plan: plan)
        report.header()
        // First, so that the peak memory printed with it is the fit's own.
        let fitRows = self.fitRows ?? (quick ? 100_000 : 1_000_000)
        if fitRows > 0 { try FitBench.run(rows: fitRows) }

        // 1. M/M/10 single-threaded, one long replication each.
        report.section("M/M/10 through the full engine, 1 thread, 1 replication (lambda 9/min, mean handling 1 min, 10 officers)")
        report.singleHeader()
        for scenario in files[0...1] {
            var scenario = scenario
            scenario.run.horizonDays = plan.mmcDays
            let summaries = try (0..<plan.runs).map { _ in try Experiment.run(scenario, replications: 1, threads: 1) }
            report.single(scenario: scenario, summaries: summaries)
        }

        // 2. Replications on 1 and 2 threads.
        report.section("Replications on 1 and 2 threads (results are identical; only the wall time differs)")
        report.scalingHeader()
        var mmc = files[0]
        mmc.run.horizonDays = plan.scalingMMcDays
        var twente = files[2]
        twente.run.horizonDays = 365
        for (label, scenario, replications) in [
            ("M/M/10, \(plan.scalingMMcReplications) × \(Int(plan.scalingMMcDays)) d", mmc, plan.scalingMMcReplications),
            ("twente-24-7, \(plan.scalingTwenteReplications) × 365 d", twente, plan.scalingTwenteReplications),
        ] {
            var walls: [Int: [Double]] = [1: [], 2: []]
            var events = 0
            for _ in 0..<plan.runs {
                for threads in [1, 2] {
                    let summary = try Experiment.run(scenario, replications: replications, threads: threads)
                    walls[threads, default: []].append(summary.performance.wallS)
                    events = summary.performance.events
                }
            }
            report.scaling(label: label, replications: replications, events: events, walls: walls)
        }

        // 3. A webcare year: memory first with fewer replications, then the full run.
        report.section("Webcare year: twente-24-7, 365 days (+ \(twente.run.warmupDays.formatted) days warm-up) per replication, \(plan.threads) threads")
        report.yearHeader()
        for replications in plan.yearReplications {
            let started = DispatchTime.now()
            let summary = try Experiment.run(twente, replications: replications, threads: plan.threads)
            let total = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            report.year(replications: replications, summary: summary, totalWall: total, peakRSS: PeakMemory.residentBytes())
        }
        report.memoryNote()
        try staffingSection(report, plan: plan)
    }
}

/// The sizes of a bench run.
struct BenchPlan {
    let quick: Bool
    let runs: Int
    let threads: Int

    init(quick: Bool, runs: Int, threads: Int) {
        self.quick = quick
        self.runs = runs
        self.threads = threads
    }

    /// Horizon of the single-threaded M/M/10 runs (days): about 26,000 events a day.
    var mmcDays: Double { quick ? 50 : 2_000 }
    var scalingMMcDays: Double { quick ? 20 : 250 }
    var scalingMMcReplications: Int { quick ? 4 : 8 }
    var scalingTwenteReplications: Int { quick ? 20 : 200 }
    /// Replications of the twente year: a smaller run first, to show that memory does not grow.
    var yearReplications: [Int] { quick ? [10, 40] : [100, 1_000] }
}

/// Peak memory of this process.
enum PeakMemory {
    /// Peak resident set size in bytes (getrusage: ru_maxrss, which Linux gives in KiB).
    static func residentBytes() -> Int {
        var usage = rusage()
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1_024
    }
}
