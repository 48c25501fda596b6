import Foundation
import Stochastics
import WebcareModel

/// Trusting nothing in a results folder: every manifest entry names a plain sub-folder and the
/// two files `ResultsManifest.Entry` gives it, reached without a symbolic link and inside the
/// folder; every file is a regular file of bounded size; every summary has the schema, 168
/// hours in order, finite numbers and ordered intervals; every by-hour table is exactly the one
/// its summary gives. Anything else is a `BaselineError` naming the file (exit status 2).
extension Baseline {
    /// The largest results file read (64 MiB).
    static let largestFile = 64 * 1_024 * 1_024
    /// The most scenarios in a manifest.
    static let largestManifest = 1_000

    /// Checks a manifest entry: its name, its paths and its replications.
    static func check(_ entry: ResultsManifest.Entry, manifest: String) throws(BaselineError) {
        let name = entry.name
        let plain = !name.isEmpty && name.count <= ScenarioLimits.nameCharacters && !name.hasPrefix(".")
            && !name.contains("/") && !name.contains("\0") && !name.contains("\\")
        guard plain else {
            throw BaselineError(file: manifest, reason: "the scenario name \(YAMLValue.quoted(name)) is not a plain file name (no /, no leading dot, at most \(ScenarioLimits.nameCharacters) characters)")
        }
        let expected = ResultsManifest.Entry(name: name, file: entry.file, sha256: entry.sha256, seed: entry.seed,
                                             replications: entry.replications)
        guard entry.summary == expected.summary, entry.byHour == expected.byHour else {
            throw BaselineError(file: manifest, reason: "the entry \(name) points at \(YAMLValue.quoted(entry.summary)) and \(YAMLValue.quoted(entry.byHour)); expected \(expected.summary) and \(expected.byHour) inside the results folder")
        }
        guard (1...ScenarioLimits.replications).contains(entry.replications) else {
            throw BaselineError(file: manifest, reason: "the entry \(name) has \(entry.replications) replications; expected 1 to \(ScenarioLimits.replications)")
        }
    }

    /// The bytes of `relative` inside `folder`: the sub-folder and the file must be what they
    /// seem (a folder and a regular file, no symbolic link) and the file at most `largestFile`.
    static func contents(of relative: String, in folder: String) throws(BaselineError) -> Data {
        let path = Baseline.path(folder, relative)
        let parts = relative.split(separator: "/").map(String.init)
        var walked = folder
        for (index, part) in parts.enumerated() {
            walked = Baseline.path(walked, part)
            let last = index == parts.count - 1
            guard let kind = FileKind.of(walked) else {
                throw BaselineError(file: path, reason: "no such file; create the baseline with `make results` (webcare-sim check --update)")
            }
            guard kind == (last ? .regular : .directory) else {
                throw BaselineError(file: walked, reason: "it is \(kind.description); expected \(last ? "a regular file" : "a folder") inside the results folder")
            }
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaselineError(file: path, reason: "it cannot be read")
        }
        guard data.count <= largestFile else {
            throw BaselineError(file: path, reason: "it has \(data.count) bytes; expected at most \(largestFile)")
        }
        return data
    }

    /// Checks a summary read from `path`: 168 hours in order, every measure present, every
    /// number finite and every interval ordered (low <= mean <= high).
    static func validate(_ summary: Summary, at path: String) throws(BaselineError) {
        guard summary.byHourOfWeek.count == Clock.hoursPerWeek else {
            throw BaselineError(file: path, reason: "by_hour_of_week has \(summary.byHourOfWeek.count) rows; expected \(Clock.hoursPerWeek)")
        }
        for (index, row) in summary.byHourOfWeek.enumerated() where row.hourOfWeek != index {
            throw BaselineError(file: path, reason: "by_hour_of_week[\(index)] is hour \(row.hourOfWeek); expected the hours 0 to 167 in order")
        }
        for metric in Metric.allCases where summary.metrics[metric.rawValue] == nil {
            throw BaselineError(file: path, reason: "the measure \(metric.rawValue) is missing from metrics")
        }
        try validate(summary.metrics, at: path, place: "metrics")
        for (index, row) in summary.byHourOfWeek.enumerated() {
            try validate(row.metrics, at: path, place: "by_hour_of_week[\(index)]")
        }
        for (group, rows) in [("by_channel", summary.byChannel), ("by_kind", summary.byKind), ("by_site", summary.bySite),
                              ("by_thread", summary.byThread)] {
            for (index, row) in rows.enumerated() { try validate(row.metrics, at: path, place: "\(group)[\(index)]") }
        }
    }

    private static func validate(_ metrics: [String: Estimate], at path: String, place: String) throws(BaselineError) {
        for (name, estimate) in metrics {
            let values = [estimate.mean, estimate.ci95Low, estimate.ci95High].compactMap { $0 }
            guard values.allSatisfy(\.isFinite) else {
                throw BaselineError(file: path, reason: "\(place).\(name) has a number that is not finite")
            }
            if let low = estimate.ci95Low, let high = estimate.ci95High {
                let mean = estimate.mean ?? low
                guard low <= mean, mean <= high else {
                    throw BaselineError(file: path, reason: "\(place).\(name) has the interval [\(low), \(high)] around \(mean); expected low <= mean <= high")
                }
            }
        }
    }

    /// Checks that the by-hour table at `entry.byHour` is exactly the one `summary` gives.
    static func checkByHour(_ summary: Summary, entry: ResultsManifest.Entry, in folder: String) throws(BaselineError) {
        let path = Baseline.path(folder, entry.byHour)
        let data = try contents(of: entry.byHour, in: folder)
        let expected = Array(ResultWriter.hourCSV(summary).utf8)
        guard Array(data) != expected else { return }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let wanted = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = (zip(lines, wanted).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(lines.count, wanted.count)) + 1
        throw BaselineError(file: path, reason: "line \(line) differs from the by_hour_of_week of \(Baseline.path(folder, entry.summary)); regenerate with `make results`")
    }
}
