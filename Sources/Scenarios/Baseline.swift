import Foundation
import WebcareModel

/// The committed results of the shipped scenarios in a results folder (`results/`):
/// `manifest.json` and, per scenario, `summary.json` and `by-hour.csv` in a sub-folder named
/// after the scenario file. Committed summaries are deterministic: the event count is kept but
/// wall time, events per second and threads are written as 0, so an unchanged tree regenerates
/// byte-identical files. Every file is written atomically (temporary file, then rename).
public struct Baseline: Sendable {
    public static let manifestFile = "manifest.json"
    public static let summaryFile = "summary.json"
    public static let byHourFile = "by-hour.csv"

    /// The folder as the user gave it, e.g. `results/`; used in every message.
    public let folder: String
    public var manifest: ResultsManifest
    /// The committed summary of each manifest entry, keyed by entry name.
    public var summaries: [String: Summary]

    public init(folder: String, manifest: ResultsManifest, summaries: [String: Summary]) {
        self.folder = folder
        self.manifest = manifest
        self.summaries = summaries
    }

    /// A file of `folder` as shown in messages, e.g. `results/manifest.json`.
    public static func path(_ folder: String, _ file: String) -> String {
        folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }

    /// True when `folder` holds a manifest (readable or not).
    public static func exists(in folder: String) -> Bool {
        FileManager.default.fileExists(atPath: path(folder, manifestFile))
    }

    /// Reads the manifest in `folder` and every summary it lists; any missing, unreadable or
    /// inconsistent file is a `BaselineError` naming it.
    public static func read(from folder: String) throws(BaselineError) -> Baseline {
        let manifestPath = path(folder, manifestFile)
        let manifest = try decode(ResultsManifest.self, at: manifestPath, data: contents(of: manifestFile, in: folder))
        guard manifest.scenarios.count <= largestManifest else {
            throw BaselineError(file: manifestPath, reason: "it lists \(manifest.scenarios.count) scenarios; expected at most \(largestManifest)")
        }
        var summaries: [String: Summary] = [:]
        for entry in manifest.scenarios {
            try check(entry, manifest: manifestPath)
            guard summaries[entry.name] == nil else {
                throw BaselineError(file: manifestPath, reason: "it lists the scenario \(entry.name) twice")
            }
            let summaryPath = path(folder, entry.summary)
            let summary = try decode(Summary.self, at: summaryPath, data: contents(of: entry.summary, in: folder))
            guard summary.seed == entry.seed, summary.replications == entry.replications else {
                throw BaselineError(file: summaryPath, reason: """
                    it was run with seed \(summary.seed) and \(summary.replications) replications but \
                    \(manifestPath) says seed \(entry.seed) and \(entry.replications); regenerate with `make results`
                    """)
            }
            try validate(summary, at: summaryPath)
            try checkByHour(summary, entry: entry, in: folder)
            summaries[entry.name] = summary
        }
        return Baseline(folder: folder, manifest: manifest, summaries: summaries)
    }

    /// `summary` as it is committed and as it reads back: deterministic performance figures and
    /// every number exactly as it round-trips through the JSON text.
    public static func committed(_ summary: Summary) throws -> Summary {
        var summary = summary
        summary.performance = Performance(events: summary.performance.events, wallS: 0, threads: 0)
        return try ResultWriter.summary(from: ResultWriter.json(summary))
    }

    /// Writes every summary (with its by-hour table), then the manifest; removes the files of
    /// `removed` entries (scenarios no longer shipped) and their sub-folders when left empty. All
    /// of it happens in a copy of the folder beside it, swapped in whole at the end
    /// (`OutputTarget.updateFolder`), so a failed or killed update leaves the old set.
    public func write(removing removed: [ResultsManifest.Entry] = []) throws(BaselineError) {
        var current = Self.path(folder, Self.manifestFile)
        do {
            try OutputTarget.updateFolder(folder) { root in
                for entry in manifest.scenarios {
                    guard let summary = summaries[entry.name] else { continue }
                    current = Self.path(folder, entry.name)
                    if let kind = FileKind.of(root.appendingPathComponent(entry.name).path), kind != .directory {
                        throw BaselineError(file: current, reason: "it is \(kind.description); expected a folder inside the results folder", writing: true)
                    }
                    current = Self.path(folder, entry.summary)
                    try ResultWriter.write(summary, to: root.appendingPathComponent(entry.name))
                }
                for entry in removed {
                    current = Self.path(folder, entry.name)
                    try remove(entry, under: root)
                }
                current = Self.path(folder, Self.manifestFile)
                try ResultWriter.json(value: manifest).write(to: root.appendingPathComponent(Self.manifestFile))
            }
        } catch let error as BaselineError {
            throw error
        } catch let error as OutputTarget.Refused {
            throw BaselineError(file: error.path, reason: error.reason, writing: true)
        } catch {
            throw BaselineError(file: current, reason: error.localizedDescription, writing: true)
        }
    }

    private func remove(_ entry: ResultsManifest.Entry, under root: URL) throws {
        let files = FileManager.default
        for file in [entry.summary, entry.byHour] {
            let url = root.appendingPathComponent(file)
            if files.fileExists(atPath: url.path) { try files.removeItem(at: url) }
        }
        let folder = root.appendingPathComponent(entry.name)
        if let left = try? files.contentsOfDirectory(atPath: folder.path), left.isEmpty {
            try files.removeItem(at: folder)
        }
    }

    /// Decodes `data`, the JSON file at `path`, turning every failure into a one-line reason.
    private static func decode<T: Decodable>(_ type: T.Type, at path: String, data: Data) throws(BaselineError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw BaselineError(file: path, reason: reason(error))
        } catch {
            throw BaselineError(file: path, reason: "not valid JSON (\(error.localizedDescription))")
        }
    }

    /// A one-line reason for a decoding failure, naming the JSON path.
    private static func reason(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "at the top level" : "at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "the key `\(key.stringValue)` is missing \(at(context.codingPath))"
        case .typeMismatch(_, let context): return "wrong type \(at(context.codingPath)): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "a value is missing \(at(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value \(at(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "not a baseline file"
        }
    }
}
