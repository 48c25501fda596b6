import WebcareModel

/// Reading `starting_backlog`: messages already waiting at Monday 00:00, by channel and kind.
extension ScenarioLoader {
    private static let backlogExpected = "a list of {channel: C, kind: K, count: N}"
    private static let backlogEntryExpected = "a backlog entry: a mapping with channel, kind and count"
    private static let backlogCountExpected = "a whole number of waiting messages >= 0"

    /// The `starting_backlog` list; absent: none. A backlog needs `run.warmup_days` 0, since
    /// messages that arrive in the warm-up are never counted.
    static func startingBacklog(_ value: YAMLValue?, channels: [Channel], kinds: [MessageKind],
                                run: RunSettings) throws(ScenarioError) -> [BacklogEntry] {
        guard let value else { return [] }
        let elements = try value.list(expected: backlogExpected)
        var backlog: [BacklogEntry] = []
        for element in elements {
            let entry = try YAMLMapping(element, allowed: ["channel", "kind", "count"], expected: backlogEntryExpected)
            let channelNames = channels.map(\.name)
            let channel = try named(entry.required("channel", expected: "a channel's name"), in: channelNames, noun: "channel")
            let kind = try named(entry.required("kind", expected: "a message kind's name"), in: kinds.map(\.name),
                                 noun: "message kind")
            let countValue = try entry.required("count", expected: backlogCountExpected)
            let count = try countValue.integer(expected: backlogCountExpected, in: 0...Int.max)
            guard count <= ScenarioLimits.backlog else {
                throw countValue.error("\(count) messages; expected at most \(ScenarioLimits.backlog) waiting messages in one entry")
            }
            backlog.append(BacklogEntry(channel: channel, kind: kind, count: count))
        }
        let total = backlog.reduce(0) { $0 + $1.count }
        guard total <= ScenarioLimits.backlog else {
            throw value.sectionError("\(total) waiting messages in all; expected at most \(ScenarioLimits.backlog) in the whole starting backlog")
        }
        if backlog.contains(where: { $0.count > 0 }), run.warmupDays > 0 {
            let days = run.warmupDays
            let shown = days.rounded() == days && days < 1e15 ? String(Int(days)) : String(days)
            throw value.sectionError("messages waiting at the start arrive in the warm-up (run.warmup_days is \(shown)), which is never counted; expected run.warmup_days: 0 with a starting backlog")
        }
        return backlog
    }

    /// The index of the name `value` gives among `names` (of `noun`s).
    private static func named(_ value: YAMLValue, in names: [String], noun: String) throws(ScenarioError) -> Int {
        let expected = "one of the \(noun)s: \(names.joined(separator: ", "))"
        let name = try value.name(expected: expected)
        guard let index = names.firstIndex(of: name) else { throw value.notA("a \(noun)", expected: expected) }
        return index
    }
}
