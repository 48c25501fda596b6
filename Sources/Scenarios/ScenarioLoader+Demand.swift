import Stochastics
import WebcareModel

/// Reading demand: the `channels` (arrival rates per hour of the week) and the message `kinds`
/// (with their `urgent` flag and `follow_up`s).
extension ScenarioLoader {
    static let channelsExpected = "a list of channels, each with a name and an arrival rate"
    static let kindsExpected = "a list of message kinds, each with name, share, priority, handling and patience"

    private static let channelKeys = ["name", "messages_per_hour", "messages_per_day", "hour_shape",
                                      "weekday_factors", "hour_of_week"]
    private static let rateForms = ["messages_per_hour", "messages_per_day", "hour_of_week"]
    private static let rateExpected =
        "exactly one of messages_per_hour, messages_per_day (with an optional hour_shape) or hour_of_week"
    private static let kindKeys = ["name", "share", "priority", "handling", "patience", "urgent", "follow_up"]
    private static let followUpExpected =
        "a mapping with probability, delay and optionally handling, e.g. {probability: 0.3, delay: {dist: exponential, mean: 30}}"

    /// The `channels` list; the channels together must bring some messages. Each channel's
    /// first problem is logged in `log`; nil when there was one.
    static func channels(_ value: YAMLValue, log: ErrorLog) -> [Channel]? {
        guard let elements = log.attempt({ () throws(ScenarioError) -> [YAMLValue] in
            let elements = try value.list(expected: channelsExpected)
            try checkCount(elements.count, of: value, noun: "channels", limit: ScenarioLimits.channels)
            return elements
        }) else { return nil }
        var seen: [String: String] = [:]
        let channels = elements.map { element in
            log.attempt { () throws(ScenarioError) -> Channel in
                let mapping = try YAMLMapping(element, allowed: channelKeys, expected: "a channel: a mapping with name and an arrival rate")
                let name = try uniqueName(in: mapping, seen: &seen, noun: "channel")
                return Channel(name: name, hourlyRates: try hourlyRates(mapping))
            }
        }
        guard let channels = allRead(channels) else { return nil }
        let total = channels.reduce(0) { $0 + $1.messagesPerWeek }
        guard total > 0 else {
            log.record(value.sectionError("no messages arrive (all rates are 0); expected a positive arrival rate on some channel"))
            return nil
        }
        return channels
    }

    /// The elements when every one was read; nil when some failed.
    static func allRead<Element>(_ elements: [Element?]) -> [Element]? {
        let read = elements.compactMap { $0 }
        return read.count == elements.count ? read : nil
    }

    /// The 168 hourly rates of a channel (messages per hour, Monday 00:00-01:00 first).
    private static func hourlyRates(_ channel: YAMLMapping) throws(ScenarioError) -> [Double] {
        let form = try channel.exactlyOne(of: rateForms, expected: rateExpected)
        if form.key != "messages_per_day" {
            for key in ["hour_shape", "weekday_factors"] {
                if let extra = channel.optional(key) {
                    throw extra.keyError("only allowed with messages_per_day; expected \(rateExpected)")
                }
            }
        }
        let rates: [Double]
        switch form.key {
        case "messages_per_hour":
            let largest = ScenarioLimits.messagesPerHour
            let rate = try form.value.number(expected: "messages per hour >= 0, at most \(YAMLValue.shown(largest))",
                                             accept: { $0 >= 0 && $0 <= largest })
            rates = Array(repeating: rate, count: Clock.hoursPerWeek)
        case "messages_per_day":
            rates = try dailyProfile(channel, perDay: form.value)
        default:
            rates = try form.value.nonNegativeNumbers(
                count: Clock.hoursPerWeek, largest: ScenarioLimits.messagesPerHour, expected: "168 hourly rates (messages per hour, Monday 00:00-01:00 first)",
                each: "messages per hour >= 0")
        }
        guard rates.allSatisfy(\.isFinite), rates.reduce(0, +).isFinite else {
            throw form.value.keyError("the rates are too large to compute with; expected realistic messages per hour")
        }
        return rates
    }

    /// rate(day d, hour h) = messages_per_day × weekday_factors[d] × shape_d[h] / Σ shape_d, with
    /// the day shapes of `dayShapes` (flat without `hour_shape`).
    private static func dailyProfile(_ channel: YAMLMapping, perDay: YAMLValue) throws(ScenarioError) -> [Double] {
        let largest = ScenarioLimits.messagesPerDay
        let messagesPerDay = try perDay.number(expected: "messages per day >= 0, at most \(YAMLValue.shown(largest))",
                                               accept: { $0 >= 0 && $0 <= largest })
        let shapes = try dayShapes(channel.optional("hour_shape"))
        var factors = Array(repeating: 1.0, count: 7)
        if let factorsValue = channel.optional("weekday_factors") {
            factors = try factorsValue.nonNegativeNumbers(count: 7, largest: ScenarioLimits.weekdayFactor, expected: "7 weekday factors (Monday first)",
                                                          each: "a weekday factor >= 0")
        }
        var rates: [Double] = []
        rates.reserveCapacity(Clock.hoursPerWeek)
        for (factor, shape) in zip(factors, shapes) {
            for weight in shape { rates.append(messagesPerDay * factor * weight) }
        }
        return rates
    }

    /// The `kinds` list; the shares must sum to 1 within 1e-6. Each kind's first problem is
    /// logged in `log`; nil when there was one.
    static func kinds(_ value: YAMLValue, log: ErrorLog) -> [MessageKind]? {
        guard let elements = log.attempt({ () throws(ScenarioError) -> [YAMLValue] in
            let elements = try value.list(expected: kindsExpected)
            try checkCount(elements.count, of: value, noun: "message kinds", limit: ScenarioLimits.kinds)
            return elements
        }) else { return nil }
        var seen: [String: String] = [:]
        let kinds = elements.map { element in
            log.attempt { () throws(ScenarioError) -> MessageKind in try kind(element, seen: &seen) }
        }
        guard let kinds = allRead(kinds) else { return nil }
        guard log.attempt({ () throws(ScenarioError) in try checkSharesSumToOne(kinds.map(\.share), of: value) }) != nil else {
            return nil
        }
        return kinds
    }

    /// One message kind; its name must differ from those in `seen`.
    private static func kind(_ element: YAMLValue, seen: inout [String: String]) throws(ScenarioError) -> MessageKind {
        let mapping = try YAMLMapping(element, allowed: kindKeys,
                                      expected: "a message kind: a mapping with name, share, priority, handling and patience")
        let name = try uniqueName(in: mapping, seen: &seen, noun: "message kind")
        let shareExpected = "a share of all messages, > 0 and <= 1"
        let share = try mapping.required("share", expected: shareExpected)
            .number(expected: shareExpected, accept: { $0 > 0 && $0 <= 1 })
        let priority = try mapping.optional("priority")?
            .integer(expected: "a whole-number priority >= 1 (1 is served first)", in: 1...Int.max) ?? 1
        let handling = try distribution(mapping.required("handling", expected: distributionExpected), isHandling: true)
        var patience: Distribution?
        if let patienceValue = mapping.optional("patience") {
            patience = try distribution(patienceValue, isHandling: false)
        }
        let urgent = try mapping.optional("urgent")?
            .bool(expected: "true or false: whether the kind is urgent (goes before every kind that is not)") ?? false
        var followUp: FollowUp?
        if let followUpValue = mapping.optional("follow_up") { followUp = try self.followUp(followUpValue) }
        return MessageKind(name: name, share: share, priority: priority, handling: handling, patience: patience,
                           urgent: urgent, followUp: followUp)
    }

    /// A kind's `follow_up`: `probability` (0 <= p < 1), `delay` and optionally `handling`.
    private static func followUp(_ value: YAMLValue) throws(ScenarioError) -> FollowUp {
        let section = try YAMLMapping(value, allowed: ["probability", "delay", "handling"], expected: followUpExpected)
        let largest = ScenarioLimits.followUpProbability
        let probabilityExpected = "the chance that a reply is answered by the citizen, >= 0 and <= \(largest)"
        let probability = try section.required("probability", expected: probabilityExpected)
            .number(expected: probabilityExpected, accept: { $0 >= 0 && $0 <= largest })
        let delay = try distribution(section.required("delay", expected: distributionExpected), isHandling: false)
        var handling: Distribution?
        if let handlingValue = section.optional("handling") { handling = try distribution(handlingValue, isHandling: true) }
        return FollowUp(probability: probability, delay: delay, handling: handling)
    }
}
