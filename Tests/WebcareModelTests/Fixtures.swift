import Scenarios
import WebcareModel

/// Test scenarios written as scenario files, loaded through the real loader.
enum Fixtures {
    /// A time-varying webcare team: an evening peak, weekend factors, three channels, an
    /// urgent kind served first, abandoning questions, coverage 14:00-22:00 with a second
    /// officer in the evening (so the overnight backlog and overtime at shift ends occur).
    static func evening(warmupDays: Int = 7, weeks: Int = 6, replications: Int = 6, seed: Int = 7) -> String {
        """
        name: evening team
        run:
          horizon_weeks: \(weeks)
          warmup_days: \(warmupDays)
          replications: \(replications)
          seed: \(seed)
        service_level:
          target_minutes: 60
        channels:
          - name: facebook
            messages_per_day: 70
            hour_shape: [1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 7, 8, 8, 6, 3, 2]
            weekday_factors: [1, 1, 1, 1, 1.1, 0.9, 0.8]
          - name: twitter
            messages_per_hour: 1.2
          - name: instagram
            messages_per_day: 15
            hour_shape: [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 2, 1, 1]
        kinds:
          - name: urgent
            share: 0.03
            priority: 1
            handling: {dist: deterministic, value: 10}
          - name: report
            share: 0.27
            priority: 2
            handling: {dist: gamma, mean: 15, sd: 10}
          - name: question
            share: 0.7
            priority: 3
            handling: {dist: lognormal, mean: 8, sd: 6}
            patience: {dist: exponential, mean: 300}
        shifts:
          - name: late
            days: daily
            start: "14:00"
            end: "22:00"
            officers: 2
          - name: evening
            days: [mon, tue, wed, thu, fri]
            start: "18:00"
            end: "22:00"
            officers: 1
        """
    }

    static func load(_ yaml: String) throws -> Scenario {
        try ScenarioLoader.parse(yaml: yaml, file: "fixture.yaml")
    }
}
