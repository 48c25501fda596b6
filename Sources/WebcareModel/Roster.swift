/// The set of shifts, and from it the number of officers on duty at every minute of the week
/// (overlapping shifts add up). Repeats every week.
public struct Roster: Sendable, Equatable {
    /// One change of the on-duty level: from `minuteOfWeek` on, `officers` are on duty.
    public struct Change: Sendable, Equatable {
        public let minuteOfWeek: Int
        public let officers: Int
    }

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

    /// The points in the week where the on-duty level changes, in time order, with the level
    /// from that point on; empty when the level never changes.
    public var changes: [Change] {
        let level = levelByMinute
        var result: [Change] = []
        for m in 0..<level.count where level[m] != level[(m + level.count - 1) % level.count] {
            result.append(Change(minuteOfWeek: m, officers: level[m]))
        }
        return result
    }

    /// Scheduled officer hours per week (overtime not included).
    public var scheduledHoursPerWeek: Double {
        Double(levelByMinute.reduce(0, +)) / Clock.hour
    }
}
