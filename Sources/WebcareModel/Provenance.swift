import Stochastics

/// Where a result came from: the scenario file as given on the command line, the SHA-256 of
/// its bytes (hex), the `--set` changes applied on top of it (so a result never hides that it
/// differs from its file) and the version of webcare-sim that ran it.
public struct Provenance: Codable, Sendable, Equatable {
    public var scenarioFile: String
    public var scenarioSHA256: String
    /// The `--set PATH=VALUE` arguments applied after loading, in order.
    public var overrides: [String]
    public var toolVersion: String

    public init(scenarioFile: String, scenarioSHA256: String, overrides: [String] = [], toolVersion: String) {
        self.scenarioFile = scenarioFile
        self.scenarioSHA256 = scenarioSHA256
        self.overrides = overrides
        self.toolVersion = toolVersion
    }

    enum CodingKeys: String, CodingKey {
        case overrides
        case scenarioFile = "scenario_file"
        case scenarioSHA256 = "scenario_sha256"
        case toolVersion = "tool_version"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scenarioFile = try container.decode(String.self, forKey: .scenarioFile)
        scenarioSHA256 = try container.decode(String.self, forKey: .scenarioSHA256)
        overrides = try container.decodeIfPresent([String].self, forKey: .overrides) ?? []
        toolVersion = try container.decode(String.self, forKey: .toolVersion)
    }
}

/// One point of the response-time distribution: the share of all arriving messages answered
/// within `minutes`, mean and 95% interval over replications (abandoned and still-waiting
/// messages never count as answered, so the curve tops out below 1 when citizens give up).
public struct WaitPoint: Codable, Sendable, Equatable {
    public var minutes: Double
    public var answeredWithin: Estimate

    public init(minutes: Double, answeredWithin: Estimate) {
        self.minutes = minutes
        self.answeredWithin = answeredWithin
    }

    /// The minutes at which the distribution is reported.
    public static let grid: [Double] = [0, 1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1_440, 2_880]

    enum CodingKeys: String, CodingKey {
        case minutes
        case answeredWithin = "answered_within"
    }
}
