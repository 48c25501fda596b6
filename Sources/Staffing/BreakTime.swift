import WebcareModel

/// The expected time officers spend on their shifts' breaks, minute by minute over the week.
/// A break of `minutes` in the window [a, b] starts uniformly in [a, b − minutes] (fixed when the
/// window is the break), as the team engine draws it, so at minute t an officer is on that break
/// with probability P(start ≤ t < start + minutes). An officer who has work in hand takes the
/// break after finishing it; that delay is not in this expectation (the simulation has it).
public enum BreakTime {
    /// Expected officers on a break in each minute of the week (10,080 values, Monday 00:00 first).
    public static func onBreakByMinute(_ shifts: [Shift]) -> [Double] {
        let week = Int(Clock.week)
        var onBreak = [Double](repeating: 0, count: week)
        for shift in shifts where shift.officers > 0 {
            for day in shift.days {
                let midnight = day.rawValue * 1_440
                for pause in shift.breaks {
                    for minute in pause.windowStart..<pause.windowEnd {
                        onBreak[(midnight + minute) % week] += Double(shift.officers) * probability(pause, minute: minute)
                    }
                }
            }
        }
        return onBreak
    }

    /// The probability that an officer is on `pause` during minute `minute` (after the shift's
    /// start-day midnight), at the minute's midpoint; exact for the minute's mean, since the
    /// probability is linear between whole minutes.
    static func probability(_ pause: ShiftBreak, minute: Int) -> Double {
        let t = Double(minute) + 0.5
        let first = Double(pause.windowStart), length = Double(pause.minutes)
        let slack = Double(pause.windowEnd - pause.windowStart - pause.minutes)
        guard slack > 0 else { return t >= first && t < first + length ? 1 : 0 }
        return max(0, min(first + slack, t) - max(first, t - length)) / slack
    }

    /// Officers available in each hour of the week: officers on duty less the expected officers
    /// on a break, as a mean over the hour's minutes (168 values), rounded to 1e-9 so that sums
    /// of probabilities that make whole officers are whole.
    public static func availableByHour(_ shifts: [Shift]) -> [Double] {
        let onDuty = Roster(shifts: shifts).levelByMinute
        let onBreak = onBreakByMinute(shifts)
        return (0..<Clock.hoursPerWeek).map { hour in
            var minutes = 0.0
            for minute in (hour * 60)..<(hour * 60 + 60) { minutes += Double(onDuty[minute]) - onBreak[minute] }
            return (minutes / Clock.hour * 1e9).rounded() / 1e9
        }
    }

    /// The share of on-duty officer time in each hour of the week that is not on a break (1 in an
    /// hour with nobody on duty).
    public static func availability(_ shifts: [Shift]) -> [Double] {
        let onDuty = Roster(shifts: shifts).levelByMinute
        let available = availableByHour(shifts)
        return (0..<Clock.hoursPerWeek).map { hour in
            let scheduled = Double(onDuty[(hour * 60)..<(hour * 60 + 60)].reduce(0, +)) / Clock.hour
            return scheduled > 0 ? available[hour] / scheduled : 1
        }
    }
}
