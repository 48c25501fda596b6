import Foundation
import WebcareModel

/// Reads the part files of a sharded run and checks that they belong together before `merge`
/// folds them: the same format version, tool version, command and arguments, number of shards,
/// scenario files (by SHA-256), seed, replications and grid points; each shard exactly once;
/// each with the share and rows its shard number gives it. Every refusal is one line naming
/// the part: `PART:1:1: what is wrong`.
public enum ShardMerge {
    /// Why the parts cannot be merged, as one line naming the part.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String

        init(_ path: String, _ reason: String) {
            description = "\(path):1:1: \(reason)"
        }
    }

    /// A part file and where it was read from.
    public struct Part: Sendable {
        public let path: String
        public let part: ShardPart
    }

    /// Reads and checks `paths`; the parts are returned in shard order.
    public static func read(_ paths: [String]) throws(Refusal) -> [Part] {
        var parts: [Part] = []
        for path in paths {
            parts.append(try readOne(path))
        }
        try check(parts)
        return parts.sorted { $0.part.shard < $1.part.shard }
    }

    static func readOne(_ path: String) throws(Refusal) -> Part {
        guard FileKind.of(path) == .regular, let data = FileManager.default.contents(atPath: path) else {
            throw Refusal(path, "cannot read this part: \(FileKind.of(path).map { "it is \($0.description)" } ?? "no such file")")
        }
        if let part = try? JSONDecoder().decode(ShardPart.self, from: data),
           part.format == ShardPart.formatName, part.version == ShardPart.formatVersion {
            return Part(path: path, part: part)
        }
        if let header = try? JSONDecoder().decode(Header.self, from: data),
           header.format != ShardPart.formatName || header.version != ShardPart.formatVersion {
            throw Refusal(path, "format \(header.format) version \(header.version); this webcare-sim reads \(ShardPart.formatName) version \(ShardPart.formatVersion)")
        }
        throw Refusal(path, "not a complete part file (truncated, or not the JSON a shard writes)")
    }

    /// The keys every part file has, read when a part does not decode, to name a foreign format plainly.
    private struct Header: Decodable {
        let format: String
        let version: Int
    }

    /// Refuses parts that do not belong together or do not cover the run exactly once.
    static func check(_ parts: [Part]) throws(Refusal) {
        guard let first = parts.first else { throw Refusal("merge", "no part files given") }
        var seen: [Int: String] = [:]
        for part in parts {
            try agree(part, with: first)
            if let earlier = seen[part.part.shard] {
                throw Refusal(part.path, "shard \(part.part.shard) of \(part.part.shards) given twice (also \(earlier))")
            }
            seen[part.part.shard] = part.path
            try checkShares(part)
        }
        let folder = URL(fileURLWithPath: first.path).deletingLastPathComponent()
        for index in 0..<first.part.shards where seen[index] == nil {
            let name = ShardSpec(index: index, count: first.part.shards).fileName
            let missing = first.path.contains("/") ? folder.appendingPathComponent(name).relativePath : name
            throw Refusal(missing, "missing: no part given for shard \(index) of \(first.part.shards)")
        }
    }

    private static func agree(_ candidate: Part, with reference: Part) throws(Refusal) {
        let (a, b) = (candidate.part, reference.part)
        let foreign = "a part of another run than \(reference.path)"
        if a.toolVersion != b.toolVersion {
            throw Refusal(candidate.path, "written by webcare-sim \(a.toolVersion), \(reference.path) by \(b.toolVersion); run every shard with one version")
        }
        if a.shards != b.shards { throw Refusal(candidate.path, "one of \(a.shards) shards; \(reference.path) is one of \(b.shards)") }
        guard a.experiments.count == b.experiments.count else { throw Refusal(candidate.path, foreign) }
        for (x, y) in zip(a.experiments, b.experiments) {
            if x.seed != y.seed { throw Refusal(candidate.path, "seed \(x.seed), \(reference.path) has \(y.seed): \(foreign)") }
            if let file = zip(x.files, y.files).first(where: { $0.0 != $0.1 }) {
                throw Refusal(candidate.path, "scenario \(file.0.file) has SHA-256 \(file.0.sha256.prefix(12))…, \(reference.path) has \(file.1.file) \(file.1.sha256.prefix(12))…: \(foreign)")
            }
            if !x.sameRun(as: y) { throw Refusal(candidate.path, foreign) }
        }
        if a.command != b.command || a.arguments != b.arguments {
            throw Refusal(candidate.path, "\(a.command) \(a.arguments.joined(separator: " ")): \(foreign) (\(b.command) \(b.arguments.joined(separator: " ")))")
        }
    }

    /// Refuses a part whose shares or rows are not the ones its shard number gives it.
    private static func checkShares(_ part: Part) throws(Refusal) {
        let spec = ShardSpec(index: part.part.shard, count: part.part.shards)
        guard (0..<part.part.shards).contains(part.part.shard) else {
            throw Refusal(part.path, "shard \(part.part.shard) of \(part.part.shards) does not exist")
        }
        for experiment in part.part.experiments {
            let replications = experiment.sharesPoints ? 0..<experiment.replications : spec.share(of: experiment.replications)
            let points = experiment.sharesPoints ? spec.share(of: experiment.points) : 0..<experiment.points
            guard experiment.replicationRange == replications, experiment.pointRange == points,
                  experiment.rows.map(\.index) == (points.isEmpty ? [] : Array(replications)),
                  experiment.rows.allSatisfy({ $0.conservation.count == points.count }) else {
                throw Refusal(part.path, "its rows are not the share of shard \(spec.argument) (corrupt part)")
            }
        }
    }

    /// The rows of experiment `e` of the whole run, from every part, for `Experiment.merge`:
    /// replication by replication, each part's values in grid-point order. `widths` are the
    /// scenarios' vector lengths (`Experiment.rowWidths`).
    public static func rows(_ parts: [Part], experiment e: Int, widths: [Int]) throws(Refusal) -> [ReplicationRow] {
        guard let first = parts.first, e < first.part.experiments.count else { return [] }
        let shares = parts.map { ($0.path, $0.part.experiments[e]) }.sorted { $0.1.pointStart < $1.1.pointStart }
        var rows: [ReplicationRow] = []
        for index in 0..<first.part.experiments[e].replications {
            var row = ReplicationRow(index: index, values: [], events: 0, conservation: [])
            for (path, share) in shares where share.replicationRange.contains(index) && !share.pointRange.isEmpty {
                let width = widths[share.pointRange].reduce(0, +)
                let partRow = share.rows[index - share.replicationStart]
                guard partRow.values.count == width else {
                    throw Refusal(path, "replication \(index + 1) holds \(partRow.values.count) values, expected \(width) for its scenarios (corrupt part)")
                }
                row.values += partRow.values
                row.events += partRow.events
                row.conservation += partRow.conservation
            }
            rows.append(row)
        }
        return rows
    }
}
