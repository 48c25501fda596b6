import Stochastics
import WebcareModel

/// A deliberately simple M/G/c simulation with priorities and patience, the oracle of the
/// differential tests: the engine must give every counted message exactly the times this gives.
/// It knows only what such a scenario has (one pooled team of interchangeable officers on duty
/// around the clock, kinds with priorities and patience, no other team key) and does everything
/// the plain way: messages drawn up front from the engine's streams (`StreamLayout`), each
/// event found by scanning, no raw memory. Times in minutes.
struct ReferenceQueue {
    /// One message and what happened to it (NaN: did not happen).
    struct Message: Equatable {
        var received: Double
        var channel: Int
        var kind: Int
        var handling: Double
        var patience: Double
        var started = Double.nan
        var abandoned = Double.nan
    }

    let scenario: Scenario
    let officers: Int

    /// The scenario of a differential test: every shift on duty around the clock at site 0.
    init(_ scenario: Scenario) {
        precondition(scenario.team == Team() && scenario.kinds.allSatisfy { !$0.urgent && $0.followUp == nil })
        precondition(scenario.roster.shifts.allSatisfy { $0.durationMinutes == 1_440 && $0.days.count == 7 && $0.breaks.isEmpty })
        self.scenario = scenario
        officers = scenario.roster.shifts.reduce(0) { $0 + $1.officers }
    }

    /// The messages of replication `replication` arriving after the warm-up, in order of arrival.
    func run(replication: Int) -> [Message] {
        var messages = draw(replication: replication)
        let end = scenario.run.endMinutes
        let levels = Array(Set(scenario.kinds.map(\.priority))).sorted()
        var queues = [[Int]](repeating: [], count: levels.count)
        var finishing: [Double] = []
        var next = 0
        while true {
            let waiting = queues.joined().filter { messages[$0].started.isNaN && messages[$0].abandoned.isNaN }
            let completion = finishing.min() ?? .infinity
            let deadline = waiting.map { messages[$0].received + messages[$0].patience }.min() ?? .infinity
            let arrival = next < messages.count ? messages[next].received : .infinity
            let time = min(completion, deadline, arrival)
            guard time < end else { break }
            // At equal times: completions, then abandonments, then arrivals (the engine's order).
            if completion == time {
                finishing.remove(at: finishing.firstIndex(of: completion)!)
            } else if deadline == time {
                let leaving = waiting.first { messages[$0].received + messages[$0].patience == time }!
                messages[leaving].abandoned = time
                continue
            } else {
                let level = levels.firstIndex(of: scenario.kinds[messages[next].kind].priority)!
                queues[level].append(next)
                next += 1
            }
            while finishing.count < officers, let taken = firstWaiting(&queues, messages) {
                messages[taken].started = time
                finishing.append(time + messages[taken].handling)
            }
        }
        return messages.filter { $0.received >= scenario.run.warmupMinutes }
    }

    /// Takes the first message still waiting of the highest priority.
    func firstWaiting(_ queues: inout [[Int]], _ messages: [Message]) -> Int? {
        for level in queues.indices {
            queues[level].removeAll { !messages[$0].abandoned.isNaN }
            if !queues[level].isEmpty { return queues[level].removeFirst() }
        }
        return nil
    }

    /// Every message of the run, from the streams the engine uses for arrivals, kinds, handling
    /// and patience of each channel, in order of arrival.
    func draw(replication: Int) -> [Message] {
        let seed = StreamSeed(master: scenario.run.seed)
        let kinds = DiscreteSampler(weights: scenario.kinds.map(\.share))!
        var messages: [Message] = []
        for (channel, settings) in scenario.channels.enumerated() {
            func stream(_ purpose: StreamLayout.ChannelPurpose) -> RandomStream {
                RandomStream(seed: StreamLayout.seed(seed, replication: replication, purpose, channel: channel))!
            }
            let arrivals = stream(.arrivals), kind = stream(.kind), handling = stream(.handling), patience = stream(.patience)
            let process = ArrivalProcess(channel: settings)
            var time = 0.0
            while let next = process.next(after: time, stream: arrivals), next < scenario.run.endMinutes {
                time = next
                let k = scenario.kinds.count == 1 ? 0 : kinds.sample(kind)
                let patienceTime = scenario.kinds[k].patience.map { Sampler($0).sample(patience) } ?? .infinity
                messages.append(Message(received: time, channel: channel, kind: k,
                                        handling: Sampler(scenario.kinds[k].handling).sample(handling), patience: patienceTime))
            }
        }
        return messages.sorted { $0.received < $1.received }
    }
}
