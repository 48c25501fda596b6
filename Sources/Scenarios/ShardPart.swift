import Foundation
import WebcareModel

/// The part file a shard writes (`part-I-of-N.json`, format `webcare-sim part`, version 1): what
/// the shard ran (the command and the arguments that define the run, the scenario files with
/// the SHA-256 of their bytes, the seed, the replications and grid points of the whole run and
/// this shard's share of them, the tool version) and, per replication it ran, the values the
/// reducer folds. Doubles are stored as their bit patterns (`PartRow`), so they read back bit
/// for bit; undefined (and non-finite) values as `n`, which the reducer skips alike.
/// Replications and points count from 0; ranges are start ..< end.
public struct ShardPart: Codable, Sendable, Equatable {
    public static let formatName = "webcare-sim part"
    public static let formatVersion = 1

    public var format = formatName
    public var version = formatVersion
    public var toolVersion = ToolVersion.current
    /// `run`, `compare` or `sweep`.
    public var command: String
    /// The arguments that define the run (files, --set, --seed, --replications, --target, --vary),
    /// without the ones that only say where or how (--shard, --out, --threads, --format).
    public var arguments: [String]
    public var shard: Int
    public var shards: Int
    /// One per experiment: one per file for `run`, one for `compare` and `sweep`.
    public var experiments: [ShardExperiment]

    public init(command: String, arguments: [String], shard: ShardSpec, experiments: [ShardExperiment]) {
        self.command = command
        self.arguments = arguments
        self.shard = shard.index
        self.shards = shard.count
        self.experiments = experiments
    }

    enum CodingKeys: String, CodingKey {
        case format, version, command, arguments, shard, shards, experiments
        case toolVersion = "tool_version"
    }

    /// The part as compact JSON (keys sorted).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// A scenario file a part was run from, with the SHA-256 (hex) of its bytes.
public struct ScenarioHash: Codable, Sendable, Equatable {
    public var file: String
    public var sha256: String

    public init(file: String, sha256: String) {
        self.file = file
        self.sha256 = sha256
    }
}

/// One experiment's share in a part: the whole experiment's seed, replications and scenarios
/// (grid points), this shard's ranges of both, and its rows in replication order.
public struct ShardExperiment: Codable, Sendable, Equatable {
    public var files: [ScenarioHash]
    public var seed: UInt64
    public var replications: Int
    public var points: Int
    public var replicationStart: Int
    public var replicationEnd: Int
    public var pointStart: Int
    public var pointEnd: Int
    /// True when the shards divide the grid points (a sweep), false when they divide the replications.
    public var sharesPoints: Bool
    /// Seconds the shard spent on its replications.
    public var wallS: Double
    public var rows: [PartRow]

    public init(files: [ScenarioHash], seed: UInt64, replications: Range<Int>, of total: Int,
                points: Range<Int>, of pointCount: Int, sharesPoints: Bool, wall: Double, rows: [PartRow]) {
        self.sharesPoints = sharesPoints
        self.files = files
        self.seed = seed
        self.replications = total
        self.points = pointCount
        replicationStart = replications.lowerBound
        replicationEnd = replications.upperBound
        pointStart = points.lowerBound
        pointEnd = points.upperBound
        wallS = wall
        self.rows = rows
    }

    /// The replications this share ran.
    public var replicationRange: Range<Int> { replicationStart..<max(replicationStart, replicationEnd) }
    /// The grid points (scenarios) this share ran.
    public var pointRange: Range<Int> { pointStart..<max(pointStart, pointEnd) }

    /// True when `other` is a share of the same experiment (everything but the ranges, rows, wall).
    public func sameRun(as other: ShardExperiment) -> Bool {
        files == other.files && seed == other.seed && replications == other.replications && points == other.points
            && sharesPoints == other.sharesPoints
    }

    enum CodingKeys: String, CodingKey {
        case files, seed, replications, points, rows
        case replicationStart = "replication_start"
        case replicationEnd = "replication_end"
        case pointStart = "point_start"
        case pointEnd = "point_end"
        case sharesPoints = "shares_grid_points"
        case wallS = "wall_s"
    }
}

/// One replication's row in a part: its index (from 0), events, each scenario's audit and the
/// values of this share's scenarios one after the other. `values` is written as one string of
/// IEEE-754 bit patterns in hexadecimal, comma-separated, `n` for an undefined value: exact by
/// construction, and read several times faster than an array of JSON numbers.
public struct PartRow: Codable, Sendable, Equatable {
    public var index: Int
    public var events: Int
    public var conservation: [Conservation]
    public var values: [Double?]

    public init(_ row: ReplicationRow) {
        index = row.index
        events = row.events
        conservation = row.conservation
        values = row.values.map { value in value.flatMap { $0.isFinite ? $0 : nil } }
    }

    /// As the engine's row.
    public var row: ReplicationRow {
        ReplicationRow(index: index, values: values, events: events, conservation: conservation)
    }

    enum CodingKeys: String, CodingKey {
        case index, events, conservation, values
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decode(Int.self, forKey: .index)
        events = try container.decode(Int.self, forKey: .events)
        conservation = try container.decode([Conservation].self, forKey: .conservation)
        let text = try container.decode(String.self, forKey: .values)
        guard let values = Self.values(text) else {
            throw DecodingError.dataCorruptedError(forKey: .values, in: container,
                                                   debugDescription: "expected hexadecimal bit patterns or n, comma-separated")
        }
        self.values = values
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(events, forKey: .events)
        try container.encode(conservation, forKey: .conservation)
        try container.encode(values.map { $0.map { String($0.bitPattern, radix: 16) } ?? "n" }.joined(separator: ","),
                             forKey: .values)
    }

    /// The values of the written form, or nil when a field is neither a bit pattern nor `n`.
    static func values(_ text: String) -> [Double?]? {
        guard !text.isEmpty else { return [] }
        var values: [Double?] = []
        for field in text.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            if field.count == 1, field.first == UInt8(ascii: "n") {
                values.append(nil)
            } else if let bits = UInt64(Substring(field), radix: 16) {
                values.append(Double(bitPattern: bits))
            } else {
                return nil
            }
        }
        return values
    }
}
