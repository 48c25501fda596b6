import Scenarios
import Testing
import WebcareModel

/// `--precision` gives the same replications and the same results on every machine: the batch
/// schedule depends on the scenario and the target only, never on the number of threads.
@Suite struct PrecisionDeterminismTests {
    static let scenario = """
    name: small team
    run: {horizon_weeks: 1, warmup_days: 1, replications: 5, seed: 11}
    service_level: {target_minutes: 30}
    channels:
      - name: facebook
        messages_per_hour: 5
    kinds:
      - name: question
        share: 1
        handling: {dist: exponential, mean: 10}
        patience: {dist: exponential, mean: 120}
    shifts:
      - name: day
        days: daily
        start: "08:00"
        end: "20:00"
        officers: 1
    """

    @Test func theStoppingPointAndTheResultsDoNotDependOnThreads() throws {
        let scenario = try ScenarioLoader.parse(yaml: Self.scenario, file: "test.yaml")
        let target = PrecisionTarget(metric: .waitMean, relativeHalfWidth: 0.03, maxReplications: 400)
        let runs = try [1, 2, 16, 64].map { threads in
            try Experiment.run(scenario, threads: threads, precision: target)
        }
        let replications = runs.map(\.replications)
        #expect(Set(replications).count == 1, "\(replications)")
        #expect(replications[0] > 5 && replications[0] < 400, "the target is neither met at once nor missed: \(replications)")
        #expect((replications[0] - 5) % target.batch == 0)
        for run in runs.dropFirst() { #expect(run.metrics == runs[0].metrics) }
    }
}
