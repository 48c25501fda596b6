import Foundation
import WebcareModel

extension ResultWriter {
    /// The header of replications.csv.
    public static let replicationsHeader = "scenario,replication,measure,value"

    /// replications.csv: the per-replication values behind the summaries, tidy (one row per
    /// scenario, replication — counted from 1 — and headline measure, in that order), for an
    /// analyst to redo the statistics. `value` is Swift's shortest round-trip form of the
    /// Double, empty where the measure is undefined in that replication (e.g. a mean wait with
    /// nothing answered), which the summary's mean skips as well.
    public static func replicationsCSV(_ scenarios: [(name: String, values: [[Double?]])]) -> String {
        var text = replicationsHeader + "\n"
        for (name, replications) in scenarios {
            let scenario = csvField(name)
            for (index, values) in replications.enumerated() {
                for (metric, value) in zip(Metric.allCases, values) {
                    let field = value.flatMap { $0.isFinite ? String($0) : nil } ?? ""
                    text += "\(scenario),\(index + 1),\(metric.rawValue),\(field)\n"
                }
            }
        }
        return text
    }

    /// Writes replications.csv for `summaries` (with their values, in the same order) into `directory`.
    public static func writeReplications(_ summaries: [Summary], values: [[[Double?]]], to directory: URL) throws {
        let rows = zip(summaries, values).map { (name: $0.scenario, values: $1) }
        try Data(replicationsCSV(rows).utf8).write(to: directory.appendingPathComponent("replications.csv"), options: .atomic)
    }
}
