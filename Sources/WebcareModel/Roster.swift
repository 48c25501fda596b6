/// The set of shifts, and from it the number of officers on duty at every minute of the week
/// (overlapping shifts add up). Repeats every week.
public struct Roster: Sendable, Equatable {
    public let shifts: [Shift]

    public init(shifts: [Shift]) { self.shifts = shifts }

    /// Officers on duty in each minute of the week (10080 values).
    public var levelByMinute: [Int] {
        let week = Int(Clock.week)
        var level = [Int](repeating: 0, count: week)
        for shift in shifts {
            for day in shift.days {
                let start = day.rawValue * 1_440 + shift.startMinute
                for m in start..<(start + shift.durationMinutes) { level[m % week] += shift.officers }
            }
        }
        return level
    }

    /// Scheduled officer hours per week (overtime not included).
    public var scheduledHoursPerWeek: Double {
        Double(levelByMinute.reduce(0, +)) / Clock.hour
    }
}
