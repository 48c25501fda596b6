import Foundation
import Stochastics
import WebcareModel

extension ResultWriter {
    /// The JSON document of a comparison or sweep: every summary and every paired difference.
    public static func json(_ result: ExperimentResult) throws -> Data {
        try json(value: result)
    }

    /// Writes comparison.json (the whole result) and, per scenario, a folder named after its
    /// file with summary.json and by-hour.csv, all atomically.
    public static func write(_ result: ExperimentResult, to directory: URL, stems: [String]) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try json(result).write(to: directory.appendingPathComponent("comparison.json"), options: .atomic)
        for (name, summary) in zip(folderNames(stems: stems), result.summaries) {
            try write(summary, to: directory.appendingPathComponent(name))
        }
    }

    /// The folder of each scenario of a comparison: its file's stem, with `-2`, `-3`... for a
    /// stem given again.
    public static func folderNames(stems: [String]) -> [String] {
        var used: [String: Int] = [:]
        return stems.map { stem in
            used[stem, default: 0] += 1
            return used[stem] == 1 ? stem : "\(stem)-\(used[stem] ?? 0)"
        }
    }

    /// The tidy CSV of a sweep: one row per grid point and measure (every one), with the mean,
    /// its interval and the paired difference against the baseline (point 0; its varied fields
    /// are empty when it is the file's own values).
    public static func sweepCSV(_ sweep: SweepResult) -> String {
        let header = ["point"] + sweep.paths + ["metric", "mean", "ci95_low", "ci95_high",
                                                "diff_mean", "diff_ci95_low", "diff_ci95_high", "significant"]
        var lines = [header.map(csvField).joined(separator: ",")]
        for (index, summary) in sweep.result.summaries.enumerated() {
            for metric in Metric.allCases {
                let estimate = summary[metric]
                let difference = index == 0 ? nil : sweep.result.differences[index - 1][metric]
                let values = sweep.points[index].isEmpty ? Array(repeating: "", count: sweep.paths.count) : sweep.points[index]
                var fields = [String(index)] + values.map(csvField) + [metric.rawValue]
                fields += [estimate.mean, estimate.ci95Low, estimate.ci95High].map(number)
                fields += [difference?.mean, difference?.ci95Low, difference?.ci95High].map(number)
                fields.append(difference.map { $0.significant ? "true" : "false" } ?? "")
                lines.append(fields.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?) -> String { value.map { String($0) } ?? "" }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
