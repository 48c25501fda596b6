import Foundation
import Testing

/// One case of the public validation set (../shared/validation/cases-public.json, copied into
/// Resources): a stationary queue with its exact results.
struct ValidationCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Service: Decodable, Sendable {
        let dist: String
        let mean: Double
        let cv: Double?
    }
    struct Params: Decodable, Sendable {
        let lam: Double
        let mu: Double
        let c: Int
        let theta: Double
        let service: Service
    }
    let id: String
    let label: String
    let params: Params
    let sl_t: Double?
    let exact: [String: Double]

    var testDescription: String { "\(id) \(label)" }

    /// All public cases, or an empty list when the resource cannot be read (a separate test
    /// asserts that there are eight).
    static let all: [ValidationCase] = {
        struct File: Decodable { let cases: [ValidationCase] }
        guard let url = Bundle.module.url(forResource: "cases-public", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return file.cases
    }()

    /// The case as a scenario file, time unit one minute: lam messages per minute, c officers
    /// around the clock, one kind. Horizon sized for about `events` events per replication.
    func yaml(events: Double, replications: Int) -> String {
        let perHour = params.lam * 60
        let days = (events / (2 * params.lam * 1_440)).rounded(.up)
        let handling: String
        switch params.service.dist {
        case "lognormal": handling = "{dist: lognormal, mean: \(params.service.mean), sd: \(params.service.mean * (params.service.cv ?? 1))}"
        case "deterministic": handling = "{dist: deterministic, value: \(params.service.mean)}"
        default: handling = "{dist: exponential, mean: \(params.service.mean)}"
        }
        let patience = params.theta > 0 ? "\n    patience: {dist: exponential, mean: \(1 / params.theta)}" : ""
        return """
        name: validation \(id)
        run:
          horizon_days: \(Int(days))
          warmup_days: 1
          replications: \(replications)
          seed: 20261122
        service_level:
          target_minutes: \(sl_t ?? 1)
        channels:
          - name: all
            messages_per_hour: \(perHour)
        kinds:
          - name: message
            share: 1
            handling: \(handling)\(patience)
        shifts:
          - name: around the clock
            days: daily
            start: "00:00"
            end: "24:00"
            officers: \(params.c)
        """
    }
}
