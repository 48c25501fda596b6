import Foundation
import WebcareModel

/// What `webcare-sim bench` prints: one table per part, each row as soon as its runs finish.
struct BenchReport {
    let plan: BenchPlan

    init(plan: BenchPlan) { self.plan = plan }

    func line(_ string: String = "") {
        Console.output(string + "\n")
    }

    func header() {
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
        line("webcare-sim bench\(plan.quick ? " --quick (smoke run: short horizons, not for comparison)" : "")")
        line("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(load) at the start; "
             + "\(plan.runs) run\(plan.runs == 1 ? "" : "s") per case")
        line("events = arrivals + handling completions + abandonments (warm-up included); "
             + "wall = the replications loop (loading and output excluded)")
    }

    func section(_ title: String) {
        line()
        line("## " + title)
    }

    // MARK: single-threaded M/M/10

    func singleHeader() {
        line(row(["case", "events/run", "wall s (median)", "events/s median", "min - max", "ns/event", "wait_mean", "p_wait"],
                 widths: [22, 14, 16, 16, 18, 9, 10, 8]))
    }

    func single(scenario: Scenario, summaries: [Summary]) {
        let rates = summaries.map { $0.performance.eventsPerS }
        let walls = summaries.map { $0.performance.wallS }
        let first = summaries[0]
        let name = scenario.kinds.contains { $0.patience != nil } ? "M/M/10+M (patience 2)" : "M/M/10"
        line(row([
            name, grouped(first.performance.events), fixed(median(walls), 3), millions(median(rates)),
            "\(millions(rates.min() ?? 0)) - \(millions(rates.max() ?? 0))", fixed(1e9 / median(rates), 1),
            fixed(first[.waitMean].mean ?? .nan, 4), fixed(first[.pWait].mean ?? .nan, 4),
        ], widths: [22, 14, 16, 16, 18, 9, 10, 8]))
    }

    // MARK: threads

    func scalingHeader() {
        line(row(["workload", "events", "1 thread s", "2 threads s", "repl/s 1 t", "repl/s 2 t", "speed-up"],
                 widths: [30, 14, 11, 12, 11, 11, 9]))
    }

    func scaling(label: String, replications: Int, events: Int, walls: [Int: [Double]]) {
        let one = median(walls[1] ?? []), two = median(walls[2] ?? [])
        line(row([
            label, grouped(events), fixed(one, 3), fixed(two, 3), fixed(Double(replications) / one, 2),
            fixed(Double(replications) / two, 2), fixed(one / two, 2) + "x",
        ], widths: [30, 14, 11, 12, 11, 11, 9]))
    }

    // MARK: twente year

    func yearHeader() {
        line(row(["replications", "events", "wall s (loop)", "wall s (total)", "events/s", "peak RSS MiB"],
                 widths: [12, 15, 14, 15, 12, 13]))
    }

    func year(replications: Int, summary: Summary, totalWall: Double, peakRSS: Int) {
        line(row([
            grouped(replications), grouped(summary.performance.events), fixed(summary.performance.wallS, 2),
            fixed(totalWall, 2), millions(summary.performance.eventsPerS), fixed(Double(peakRSS) / 1_048_576, 1),
        ], widths: [12, 15, 14, 15, 12, 13]))
    }

    func memoryNote() {
        let bytes = TeamReplication<NamedOfficers>.bytesPerMessageInFlight
        line("peak RSS is the process's high-water mark so far (getrusage ru_maxrss): the same after the larger run means")
        line("memory does not grow with replications (each worker reuses its histograms; results are reduced in order).")
        line("memory per message in flight: \(bytes.slot) B message slot + \(bytes.companions) B generation and queue count + "
             + "\(bytes.freeList) B free-list entry + \(bytes.queue) B queue entry = "
             + "\(bytes.slot + bytes.companions + bytes.freeList + bytes.queue) B, + \(bytes.timer) B per timer pending "
             + "(patience, overflow, follow-up); tables grow by doubling: at most twice that reserved")
    }

    // MARK: formatting

    private func row(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            let (cell, width) = pair
            let pad = String(repeating: " ", count: max(0, width - cell.count))
            return index == 0 ? cell + pad : pad + cell
        }.joined(separator: "  ")
    }

    private func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    private func millions(_ value: Double) -> String { String(format: "%.2f M", value / 1e6) }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(character)
        }
        return result
    }
}
