import Foundation
import Stochastics
import WebcareModel

/// Writes results: the summary as JSON and the hour-of-week table as CSV, each written
/// atomically (a temporary file in the same folder, then a rename), so a reader never sees a
/// half-written file.
public enum ResultWriter {
    /// The JSON document of one summary: keys sorted, pretty-printed, deterministic.
    public static func json(_ summary: Summary) throws -> Data {
        try json(value: summary)
    }

    /// The JSON document of several summaries (an array), for runs of several files.
    public static func json(_ summaries: [Summary]) throws -> Data {
        try json(value: summaries)
    }

    static func json<T: Encodable>(value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Reads a summary written by `json(_:)`.
    public static func summary(from data: Data) throws -> Summary {
        try JSONDecoder().decode(Summary.self, from: data)
    }

    /// The by-hour table: one row per hour of the week, mean and interval of each measure.
    public static func hourCSV(_ summary: Summary) -> String {
        var header = ["hour_of_week", "day", "hour"]
        for metric in HourMetric.allCases {
            header += [metric.rawValue, "\(metric.rawValue)_ci95_low", "\(metric.rawValue)_ci95_high"]
        }
        var lines = [header.joined(separator: ",")]
        for row in summary.byHourOfWeek {
            var fields = [String(row.hourOfWeek), row.day, String(row.hour)]
            for metric in HourMetric.allCases {
                let estimate = row[metric]
                fields += [estimate.mean, estimate.ci95Low, estimate.ci95High].map { $0.map { String($0) } ?? "" }
            }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes summary.json and by-hour.csv into `directory` (created if missing), atomically.
    public static func write(_ summary: Summary, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let json = try json(summary)
        let csv = Data(hourCSV(summary).utf8)
        try json.write(to: directory.appendingPathComponent("summary.json"), options: .atomic)
        try csv.write(to: directory.appendingPathComponent("by-hour.csv"), options: .atomic)
    }
}
