import Stochastics

extension Summary {
    /// The verdict of each of `goals` on this run, or nil when there are no goals.
    public func evaluate(_ goals: Goals) -> GoalReport? {
        guard !goals.list.isEmpty else { return nil }
        return GoalReport(goals: goals.list.map { goal in
            let week = metrics[goal.metric.rawValue] ?? Estimate(mean: nil, ci95Low: nil, ci95High: nil)
            return GoalResult(goal: goal.text, metric: goal.metric.rawValue, comparison: goal.comparison.rawValue,
                              value: goal.value, week: week, status: GoalStatus(week, goal: goal),
                              perHour: goal.isPerHour ? hourVerdicts(goal, scope: goals.perHour) : nil)
        })
    }

    /// The per-hour service level judged against `goal` in the hours `scope` counts.
    func hourVerdicts(_ goal: Goal, scope: Goals.HourScope) -> HourGoalResult {
        let hours: [GoalStatus?] = byHourOfWeek.map { row in
            if scope == .open, (row[.officers].mean ?? 0) <= 0 { return nil }
            guard (row[.arrivalsPerWeek].mean ?? 0) > 0, row[.serviceLevel].mean != nil else { return nil }
            return GoalStatus(row[.serviceLevel], goal: goal)
        }
        let counted = hours.compactMap { $0 }
        return HourGoalResult(scope: scope, hours: hours, status: GoalStatus.all(counted),
                              met: counted.filter { $0 == .met }.count, missed: counted.filter { $0 == .missed }.count,
                              unclear: counted.filter { $0 == .unclear }.count)
    }
}
