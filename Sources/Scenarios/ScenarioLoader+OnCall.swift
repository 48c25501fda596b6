import Stochastics
import WebcareModel

/// Reading `on_call`: the night on-call officer's window (days, start, end, as for a shift),
/// the delay before they start and what calls them.
extension ScenarioLoader {
    private static let onCallKeys = ["days", "start", "end", "delay", "call_on_urgent", "backlog_threshold", "standby_cost"]
    private static let onCallExpected =
        "a mapping with days, start, end, delay, call_on_urgent, backlog_threshold and standby_cost"
    private static let thresholdExpected =
        "a whole number of waiting messages that calls the on-call officer, 1 to \(ScenarioLimits.backlogThreshold)"

    /// The `on_call` section; absent: no on-call officer. Something must call the officer:
    /// `call_on_urgent` (default true) or a `backlog_threshold`.
    static func onCall(_ value: YAMLValue?) throws(ScenarioError) -> OnCall? {
        guard let value else { return nil }
        let section = try YAMLMapping(value, allowed: onCallKeys, expected: onCallExpected)
        let days = try days(section.required("days", expected: daysExpected))
        let start = try minuteOfDay(section.required("start", expected: "HH:MM between 00:00 and 23:59"), isEnd: false)
        let end = try minuteOfDay(section.required("end", expected: "HH:MM between 00:00 and 24:00"), isEnd: true)
        let delay = try distribution(section.required("delay", expected: distributionExpected), isHandling: false)
        let urgentValue = section.optional("call_on_urgent")
        let callOnUrgent = try urgentValue?.bool(expected: "true or false: whether an urgent message calls the officer") ?? true
        let threshold = try section.optional("backlog_threshold")?.integer(expected: thresholdExpected, in: 1...ScenarioLimits.backlogThreshold)
        if let urgentValue, !callOnUrgent, threshold == nil {
            throw urgentValue.error("false and there is no backlog_threshold, so nothing calls the on-call officer; expected call_on_urgent: true or a backlog_threshold")
        }
        let standbyCost = try section.optional("standby_cost")?.number(
            expected: "a number from 0 to 1: what one standby hour costs as a fraction of a worked hour") { (0...1).contains($0) }
        return OnCall(days: days, startMinute: start, endMinute: end, delay: delay, callOnUrgent: callOnUrgent,
                      backlogThreshold: threshold, standbyCost: standbyCost ?? OnCall.defaultStandbyCost)
    }
}
