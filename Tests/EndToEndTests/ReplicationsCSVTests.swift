import Foundation
import Testing
import WebcareModel

/// replications.csv beside every summary.json: one row per scenario, replication and headline
/// measure, whose per-measure mean is the summary's mean to the last bit.
@Suite struct ReplicationsCSVTests {
    private struct SummaryMeans: Decodable {
        struct Mean: Decodable { let mean: Double? }
        let scenario: String
        let replications: Int
        let metrics: [String: Mean]
    }

    /// The mean as GSL's running statistics (`gsl_rstat_add`) form it, which the summary uses:
    /// M_k = M_(k-1) + (x_k - M_(k-1)) / k, in replication order. The same operations in the
    /// same order give the same bits.
    static func runningMean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var mean = 0.0
        for (k, x) in values.enumerated() { mean += (x - mean) / Double(k + 1) }
        return mean
    }

    @Test func columnMeansAreTheSummaryMeans() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let replications = 6
        let outcome = try CommandLineTests.run(["compare", ShardMergeTests.shipped("drenthe-14-22.yaml"),
                                                ShardMergeTests.shipped("twente-16h.yaml"), "--set", "run.horizon_weeks=1",
                                                "--replications", String(replications), "--out", dir.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for folder in ["drenthe-14-22", "twente-16h"] {
            let base = dir.appendingPathComponent(folder)
            let summary = try JSONDecoder().decode(SummaryMeans.self, from: Data(contentsOf: base.appendingPathComponent("summary.json")))
            let lines = try String(contentsOf: base.appendingPathComponent("replications.csv"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            #expect(lines.first == "scenario,replication,measure,value")
            // The scenario name may hold commas (then it is quoted); the last three fields never do.
            let rows = lines.dropFirst().map { line -> [String] in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                return [fields.dropLast(3).joined(separator: ",")] + fields.suffix(3)
            }
            #expect(rows.count == 1 * replications * Metric.allCases.count, "scenarios x replications x measures")
            var byMeasure: [String: [Double]] = [:]
            for (n, row) in rows.enumerated() {
                let metric = Metric.allCases[n % Metric.allCases.count]
                #expect(row.count == 4 && row[1] == "\(n / Metric.allCases.count + 1)" && row[2] == metric.rawValue)
                if let value = Double(row[3]) { byMeasure[metric.rawValue, default: []].append(value) }
            }
            let quoted = "\"" + summary.scenario.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            #expect(rows.allSatisfy { $0[0] == summary.scenario || $0[0] == quoted })
            for metric in Metric.allCases {
                let values = byMeasure[metric.rawValue] ?? []
                let expected = summary.metrics[metric.rawValue]?.mean
                #expect(Self.runningMean(values) == expected, "\(folder) \(metric.rawValue)")
                if let expected, expected != 0 {
                    // Sanity beside the exact check: the plain sum / n differs only by rounding
                    // (a few ulps per addition over six values).
                    let plain = values.reduce(0, +) / Double(values.count)
                    #expect(abs(plain - expected) <= 1e-12 * abs(expected), "\(folder) \(metric.rawValue)")
                }
            }
        }
    }
}
