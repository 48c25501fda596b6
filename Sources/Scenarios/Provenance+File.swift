import Foundation
import WebcareModel

extension Provenance {
    /// The provenance of a result run from `file` with `overrides` (the `--set` arguments), or
    /// nil when the file cannot be read again.
    public static func of(file: String, overrides: [ScenarioOverride]) -> Provenance? {
        guard let data = FileManager.default.contents(atPath: file) else { return nil }
        return Provenance(scenarioFile: file, scenarioSHA256: ResultsManifest.sha256(data),
                          overrides: overrides.map(\.argument), toolVersion: ToolVersion.current)
    }
}
