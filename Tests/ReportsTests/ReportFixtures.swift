import Foundation
import Reports
import Scenarios
import WebcareModel

/// Small scenarios run through the real loader and engine, shared by the report tests: a
/// baseline whose name is markup, and a better-staffed variant (its differences are significant).
enum ReportFixtures {
    /// A scenario name that would run script if it were not escaped.
    static let hostileName = "<script>alert(1)</script>"

    static func yaml(name: String, officers: Int, start: String) -> String {
        """
        name: '\(name)'
        run:
          horizon_weeks: 1
          warmup_days: 2
          replications: 5
          seed: 11
        service_level:
          target_minutes: 60
        channels:
          - name: facebook
            messages_per_day: 60
            hour_shape: [1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 7, 8, 8, 6, 3, 2]
          - name: twitter
            messages_per_hour: 0.8
        kinds:
          - name: urgent
            share: 0.05
            priority: 1
            handling: {dist: deterministic, value: 10}
          - name: question
            share: 0.95
            priority: 3
            handling: {dist: lognormal, mean: 8, sd: 6}
            patience: {dist: exponential, mean: 240}
        shifts:
          - name: late
            days: daily
            start: "\(start)"
            end: "22:00"
            officers: \(officers)
        """
    }

    /// The comparison of the hostile-named baseline (14:00-22:00, 1 officer) with a variant
    /// (09:00-22:00, 3 officers), run once for all tests.
    static let comparison: ExperimentResult = {
        do {
            let baseline = try ScenarioLoader.parse(yaml: yaml(name: hostileName, officers: 1, start: "14:00"), file: "a.yaml")
            let variant = try ScenarioLoader.parse(yaml: yaml(name: "More officers & earlier", officers: 3, start: "09:00"),
                                                   file: "b.yaml")
            return try Experiment.compare([baseline, variant], threads: 2)
        } catch {
            fatalError("the report fixture did not run: \(error)")
        }
    }()

    /// A fresh, empty temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reports-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
