import Foundation

/// The long-run balance of a scenario's work and its roster, in officer-hours of handling per
/// week, from the scenario alone (no simulation, so no noise).
///
/// Offered work: the channels' first messages per week × each kind's share × its mean handling
/// time, plus its follow-ups (each reply is answered again with probability p, so p/(1 − p)
/// follow-ups per first message, each with the follow-up's mean handling time). Busy days have
/// mean 1 and do not change it. Capacity: the roster's officer-minutes per week less the
/// shifts' breaks, less each setting's time away in turn (`Team.timeAway`: times (1 − the
/// monitoring share), times 1/(1 + r·D/60) for call-outs at r per hour lasting D minutes on
/// average, the alternating-renewal share of time left), times the
/// most an officer gets done with conversations at once (the largest `throughput`); plus the
/// on-call window's minutes in which no shift is on duty, at the same throughput (the most the
/// on-call officer could add). When the offered work exceeds the capacity the queue grows from
/// week to week in the long run whatever the random messages do (until citizens give up), so
/// the run's waits depend on its horizon: the scenario gets a `demand_above_capacity` warning.
public struct LongRunCapacity: Sendable, Equatable {
    /// Officer-hours of handling the messages need per week, follow-ups included.
    public let offeredHoursPerWeek: Double
    /// The most officer-hours of handling the roster (and on-call officer) can give per week.
    public let capacityHoursPerWeek: Double

    public init(_ scenario: Scenario) {
        let firstMessages = scenario.channels.reduce(0) { $0 + $1.messagesPerWeek }
        let minutesPerFirst = scenario.kinds.reduce(0) { total, kind in
            var work = kind.handling.mean
            if let followUp = kind.followUp {
                work += followUp.probability / (1 - followUp.probability) * (followUp.handling ?? kind.handling).mean
            }
            return total + kind.share * work
        }
        offeredHoursPerWeek = firstMessages * minutesPerFirst / Clock.hour
        let team = scenario.team
        let breakMinutes = scenario.roster.shifts.reduce(0) { total, shift in
            total + shift.officers * shift.days.count * shift.breaks.reduce(0) { $0 + $1.minutes }
        }
        let level = scenario.roster.levelByMinute
        var available = team.timeAway.reduce(Double(level.reduce(0, +) - breakMinutes)) { $1.minutesLeft(of: $0) }
        if let onCall = team.onCall {
            let window = Roster(shifts: [onCall.window]).levelByMinute
            available += Double(zip(window, level).filter { $0.0 > 0 && $0.1 == 0 }.count)
        }
        capacityHoursPerWeek = available * (team.concurrency.throughput.max() ?? 1) / Clock.hour
    }

    /// Offered work ÷ capacity; infinite when there is work and no capacity, 0 without work.
    public var load: Double {
        guard offeredHoursPerWeek > 0 else { return 0 }
        return capacityHoursPerWeek > 0 ? offeredHoursPerWeek / capacityHoursPerWeek : .infinity
    }

    /// The warning when the offered work exceeds the capacity; nil otherwise.
    public var warning: SummaryWarning? {
        guard load > 1 else { return nil }
        let offered = String(format: "%.1f", offeredHoursPerWeek), capacity = String(format: "%.1f", capacityHoursPerWeek)
        let share = load.isFinite ? String(format: " (%.0f%% of it)", load * 100) : ""
        return SummaryWarning(
            code: SummaryWarning.demandAboveCapacity,
            text: "demand above capacity: the messages need \(offered) officer-hours of handling a week (follow-ups included)"
                + " and the roster can give at most \(capacity) after breaks, monitoring and call-outs\(share);"
                + " the queue grows from week to week until citizens give up, so the waits depend on the run's length, not only on the roster")
    }
}
