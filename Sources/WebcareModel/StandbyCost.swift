/// The on-call officer's standby, known from the schedule alone: the hours of the on-call
/// window per counted week, and what the roster costs once they are priced at the window's
/// `standbyCost` (a fraction of a worked hour). Filled into each replication's values at the
/// summary level, beside the engine's officer hours; the same in every replication.
struct StandbyCost: Sendable, Equatable {
    /// Hours of the on-call window per week of the counted interval (0 without on-call).
    let standbyHoursPerWeek: Double
    /// What one standby hour costs, as a fraction of a worked hour.
    let factor: Double

    init(_ scenario: Scenario) {
        guard let onCall = scenario.team.onCall else {
            standbyHoursPerWeek = 0
            factor = 0
            return
        }
        factor = onCall.standbyCost
        let window = Roster(shifts: [onCall.window]).levelByMinute
        let week = window.count
        let start = Int(scenario.run.warmupMinutes.rounded()), end = Int(scenario.run.endMinutes.rounded())
        guard end > start else {
            standbyHoursPerWeek = 0
            return
        }
        let whole = (end - start) / week
        var minutes = whole * window.reduce(0, +)
        for minute in (start + whole * week)..<end { minutes += window[minute % week] }
        standbyHoursPerWeek = Double(minutes) / Clock.hour / (Double(end - start) / Clock.week)
    }

    /// Sets the standby hours and the cost (officer hours + factor × standby hours) of one
    /// replication's values; the cost is undefined where the officer hours are.
    func fill(_ values: inout [Double?], layout: MetricLayout) {
        values[layout.index(.standbyHoursPerWeek)] = standbyHoursPerWeek
        values[layout.index(.costHoursPerWeek)] = values[layout.index(.officerHoursPerWeek)].map {
            $0 + factor * standbyHoursPerWeek
        }
    }
}
