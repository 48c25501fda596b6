import ArgumentParser
import Scenarios
import WebcareModel

extension RunOptions {
    /// Refuses a run whose expected events over all replications of all scenarios exceed
    /// `WorkEstimate.Limits.eventsInAll` (one line naming the replications that make it too
    /// big), and states the expected messages, events and seconds of a run longer than 30 s.
    func checkWork(_ scenarios: [Scenario], label: String) throws {
        guard let first = scenarios.first else { return }
        let initial = replications ?? first.run.replications
        let most = precision != nil ? maxReplications : initial
        let estimates = scenarios.map(WorkEstimate.init)
        let events = estimates.reduce(0) { $0 + $1.eventsPerReplication } * Double(most)
        let messages = estimates.reduce(0) { $0 + $1.messagesPerReplication } * Double(most)
        let source = replications != nil ? "--replications \(initial)" : precision != nil ? "--max-replications \(most)"
            : "\(most) replications (run.replications of the first scenario)"
        guard events <= WorkEstimate.Limits.eventsInAll else {
            Console.error("\(label): \(source): about \(ScenarioLoader.about(events)) events in all; expected at most \(ScenarioLoader.about(WorkEstimate.Limits.eventsInAll)): fewer replications, a shorter horizon or fewer scenarios")
            throw ExitCode.failure
        }
        let seconds = estimates.reduce(0) { $0 + $1.seconds(replications: most, threads: threads) }
        if seconds > 30 {
            Console.error("\(label): a large run: about \(ScenarioLoader.about(messages)) messages and \(ScenarioLoader.about(events)) events in all, expected to take about \(Int(seconds.rounded())) s on \(threads) thread\(threads == 1 ? "" : "s")")
        }
    }
}
