import WebcareModel

/// Reading the goals: `service_level.target_share` and the `goals` section.
extension ScenarioLoader {
    private static let goalsExpected =
        "a mapping with any of urgent_late_per_week, wait_p90_min, abandon_share and per_hour"

    /// The scenario's goals: the service level's target share first, then `goals` in file order.
    static func goals(_ value: YAMLValue?, targetShare: Double?) throws(ScenarioError) -> Goals {
        var list: [Goal] = []
        if let targetShare { list.append(Goal(metric: .serviceLevel, comparison: .atLeast, value: targetShare)) }
        guard let value, !value.isNull else { return Goals(list) }
        let section = try YAMLMapping(value, allowed: ["urgent_late_per_week", "wait_p90_min", "abandon_share", "per_hour"],
                                      expected: goalsExpected)
        let ceilings: [(key: String, metric: Metric, expected: String, accept: (Double) -> Bool)] = [
            ("urgent_late_per_week", .urgentLatePerWeek, "a number of late urgent messages per week >= 0", { $0 >= 0 }),
            ("wait_p90_min", .waitP90, "a number of minutes >= 0", { $0 >= 0 }),
            ("abandon_share", .abandonShare, "a share between 0 and 1", { $0 >= 0 && $0 <= 1 }),
        ]
        for ceiling in ceilings {
            guard let entry = section.optional(ceiling.key) else { continue }
            let limit = try entry.number(expected: ceiling.expected, accept: ceiling.accept)
            list.append(Goal(metric: ceiling.metric, comparison: .atMost, value: limit))
        }
        var scope = Goals.HourScope.all
        if let entry = section.optional("per_hour") {
            let expected = "all (every hour counts) or open (only hours with an officer on duty)"
            guard let parsed = Goals.HourScope(rawValue: try entry.text(expected: expected)) else {
                throw entry.notA("an hour scope", expected: expected)
            }
            scope = parsed
        }
        return Goals(list, perHour: scope)
    }
}
