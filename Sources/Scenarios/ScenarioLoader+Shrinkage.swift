import WebcareModel

/// Reading `shrinkage`: time on duty not available for messages besides the breaks (which are
/// on the shifts): `monitoring` and street `call_outs`. Both are optional.
extension ScenarioLoader {
    private static let shrinkageExpected = "a mapping with monitoring and call_outs (each optional)"
    private static let monitoringExpected = "a mapping with share and block_minutes, e.g. {share: 0.1, block_minutes: 15}"
    private static let callOutsExpected =
        "a mapping with per_hour, duration and optionally in_hand, e.g. {per_hour: 0.05, duration: {dist: exponential, mean: 60}}"

    /// The team's settings that the `shrinkage` section gives, nil where off; the team section
    /// (`ScenarioLoader+Team`) applies them to the team it builds.
    struct Shrinkage {
        var monitoring: Monitoring?
        var callOuts: CallOuts?

        /// `team` with these settings.
        func applied(to team: Team) -> Team {
            var team = team
            team.monitoring = monitoring
            team.callOuts = callOuts
            return team
        }
    }

    /// The `shrinkage` section; absent: neither monitoring nor call-outs.
    static func shrinkage(_ value: YAMLValue?) throws(ScenarioError) -> Shrinkage {
        var shrinkage = Shrinkage()
        guard let value else { return shrinkage }
        let section = try YAMLMapping(value, allowed: ["monitoring", "call_outs"], expected: shrinkageExpected)
        if let monitoringValue = section.optional("monitoring") { shrinkage.monitoring = try monitoring(monitoringValue) }
        if let callOutsValue = section.optional("call_outs") { shrinkage.callOuts = try callOuts(callOutsValue) }
        return shrinkage
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
