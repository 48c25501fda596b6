import WebcareModel

/// Reading `shrinkage`: time on duty not available for messages besides the breaks (which are
/// on the shifts): `monitoring` and street `call_outs`. Both are optional.
extension ScenarioLoader {
    private static let shrinkageExpected = "a mapping with monitoring and call_outs (each optional)"
    private static let monitoringExpected = "a mapping with share and block_minutes, e.g. {share: 0.1, block_minutes: 15}"
    private static let callOutsExpected =
        "a mapping with per_hour, duration and optionally in_hand, e.g. {per_hour: 0.05, duration: {dist: exponential, mean: 60}}"

    /// The `shrinkage` section; absent: neither monitoring nor call-outs.
    static func shrinkage(_ value: YAMLValue?) throws(ScenarioError) -> (monitoring: Monitoring?, callOuts: CallOuts?) {
        guard let value else { return (nil, nil) }
        let section = try YAMLMapping(value, allowed: ["monitoring", "call_outs"], expected: shrinkageExpected)
        var monitoring: Monitoring?
        if let monitoringValue = section.optional("monitoring") { monitoring = try self.monitoring(monitoringValue) }
        var callOuts: CallOuts?
        if let callOutsValue = section.optional("call_outs") { callOuts = try self.callOuts(callOutsValue) }
        return (monitoring, callOuts)
    }

    /// `monitoring`: the long-run share of on-duty time (0 < share < 1) in blocks of `block_minutes` (> 0).
    private static func monitoring(_ value: YAMLValue) throws(ScenarioError) -> Monitoring {
        let section = try YAMLMapping(value, allowed: ["share", "block_minutes"], expected: monitoringExpected)
        let shareExpected = "the share of on-duty time spent monitoring, > 0 and < 1"
        let share = try section.required("share", expected: shareExpected)
            .number(expected: shareExpected, accept: { $0 > 0 && $0 < 1 })
        let range = ScenarioLimits.monitoringBlockMinutes
        let blockExpected = "the length of one monitoring block in minutes, from \(YAMLValue.shown(range.lowerBound)) to \(YAMLValue.shown(range.upperBound))"
        let block = try section.required("block_minutes", expected: blockExpected)
            .number(expected: blockExpected, accept: range.contains)
        return Monitoring(share: share, blockMinutes: block)
    }

    /// `call_outs`: `per_hour` (> 0, per officer per hour of available duty time), the
    /// `duration` distribution and `in_hand` (a shift-end rule, default finish).
    private static func callOuts(_ value: YAMLValue) throws(ScenarioError) -> CallOuts {
        let section = try YAMLMapping(value, allowed: ["per_hour", "duration", "in_hand"], expected: callOutsExpected)
        let largest = ScenarioLimits.callOutsPerHour
        let rateExpected = "call-outs per officer per hour of available duty time, > 0 and at most \(YAMLValue.shown(largest))"
        let perHour = try section.required("per_hour", expected: rateExpected)
            .number(expected: rateExpected, accept: { $0 > 0 && $0 <= largest })
        let duration = try distribution(section.required("duration", expected: distributionExpected), isHandling: true)
        var inHand = ShiftEndRule.finish
        if let inHandValue = section.optional("in_hand") { inHand = try workInHandRule(inHandValue) }
        return CallOuts(perHour: perHour, duration: duration, inHand: inHand)
    }
}
