import WebcareModel

/// Refusing a scenario whose run would not finish in bounded time and memory
/// (`WorkEstimate.Limits`), at the field that makes it too big.
extension ScenarioLoader {
    /// Checks `scenario`'s work estimate: messages and events per replication (at the horizon),
    /// events in all (at the replications) and messages waiting at once (at the shifts).
    static func checkWork(of scenario: Scenario, top: YAMLMapping) throws(ScenarioError) {
        let estimate = WorkEstimate(scenario)
        guard let runValue = top.optional("run"),
              let run = try? YAMLMapping(runValue, allowed: runKeys, expected: runExpected) else { return }
        let horizon = run.optional("horizon_weeks") ?? run.optional("horizon_days") ?? runValue
        let limits = WorkEstimate.Limits.self
        if estimate.messagesPerReplication > limits.messagesPerReplication {
            throw horizon.error("about \(about(estimate.messagesPerReplication)) messages in one replication (the rates over the horizon and warm-up, follow-ups and starting backlog included); expected at most \(about(limits.messagesPerReplication)): a shorter horizon or lower rates")
        }
        if estimate.eventsPerReplication > limits.eventsPerReplication {
            throw horizon.error("about \(about(estimate.eventsPerReplication)) events in one replication (messages, shift changes, breaks, monitoring and call-outs over the horizon and warm-up); expected at most \(about(limits.eventsPerReplication)): a shorter horizon, lower rates or fewer officer events")
        }
        let events = estimate.eventsPerReplication * Double(scenario.run.replications)
        if events > limits.eventsInAll, let replications = run.optional("replications") {
            throw replications.error("\(scenario.run.replications) replications of about \(about(estimate.eventsPerReplication)) events each; expected at most \(about(limits.eventsInAll)) events in all: fewer replications or a shorter horizon")
        }
        if estimate.waitingAtOnce > limits.waitingAtOnce, let shifts = top.optional("shifts") {
            throw shifts.sectionError("the team cannot keep up: about \(about(estimate.waitingAtOnce)) messages would be waiting at once (expected arrivals against what the officers on duty can answer at the mean handling time); expected at most \(about(limits.waitingAtOnce)): more officers, lower rates or a shorter horizon")
        }
    }

    /// A large count as a whole number, for messages.
    public static func about(_ count: Double) -> String {
        count < 1e15 ? String(Int(count.rounded())) : String(count)
    }
}
