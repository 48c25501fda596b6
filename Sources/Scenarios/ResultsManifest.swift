import Crypto
import Foundation

/// The index of the committed results (`results/manifest.json`): the tool version that wrote
/// them and, per shipped scenario, the scenario file with the SHA-256 of its bytes and the seed
/// and replications that produced the summary and by-hour table in the sub-folder named after
/// the file. `webcare-sim check` re-runs each scenario with exactly this seed and replications.
public struct ResultsManifest: Codable, Sendable, Equatable {
    /// One shipped scenario's baseline.
    public struct Entry: Codable, Sendable, Equatable {
        /// The scenario file's name without `.yaml`; also its sub-folder of the results folder.
        public var name: String
        /// The scenario file as the tool was given it, e.g. `scenarios/twente-16h.yaml`.
        public var file: String
        /// SHA-256 of the scenario file's bytes, lower-case hex.
        public var sha256: String
        public var seed: UInt64
        public var replications: Int
        /// The summary (JSON), relative to the results folder.
        public var summary: String
        /// The by-hour table (CSV), relative to the results folder.
        public var byHour: String

        public init(name: String, file: String, sha256: String, seed: UInt64, replications: Int) {
            self.name = name
            self.file = file
            self.sha256 = sha256
            self.seed = seed
            self.replications = replications
            summary = "\(name)/\(Baseline.summaryFile)"
            byHour = "\(name)/\(Baseline.byHourFile)"
        }

        enum CodingKeys: String, CodingKey {
            case name, file, sha256, seed, replications, summary
            case byHour = "by_hour"
        }
    }

    /// The webcare-sim version that wrote the results (`ToolVersion.current` at the time).
    public var toolVersion: String
    /// How to regenerate the results.
    public var regenerate: String
    /// The scenarios, sorted by name.
    public var scenarios: [Entry]

    public init(scenarios: [Entry]) {
        toolVersion = ToolVersion.current
        regenerate = "make results (runs: webcare-sim check --update)"
        self.scenarios = scenarios.sorted { $0.name < $1.name }
    }

    /// The entry named `name`, if any.
    public func entry(_ name: String) -> Entry? {
        scenarios.first { $0.name == name }
    }

    /// SHA-256 of `data` as lower-case hex.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    enum CodingKeys: String, CodingKey {
        case scenarios, regenerate
        case toolVersion = "tool_version"
    }
}
