import WebcareModel

/// Writes a staffing level per hour of the week (168 values, Monday 00:00-01:00 first) as
/// shifts in which officers stay on for whole runs of hours: for each level k, every maximal
/// run of hours (cyclic over the week) with at least k officers becomes one officer's spell.
/// A spell of at most 24 hours is one shift occurrence; a longer one is a 24-hour shift on
/// consecutive days (which the engine joins into one spell) plus one shift for the remaining
/// hours, so a spell is cut at most once. Shifts with the same days and times are merged
/// (more officers); a level that covers the whole week is one shift `daily 00:00-24:00`.
///
/// Breaks come from the input's shifts (`breaksFrom`): on each day it runs, a shift takes the
/// breaks of every input shift that is no longer than it and whose break window lies wholly
/// within its hours (input shifts of the day before and after count too, for spells across
/// midnight); a window that overlaps one already taken is the same break, taken once. So an
/// officer who works at least a whole input shift's length around its break takes that break,
/// and a short top-up spell (one more officer 09:00-10:00) takes none. Days whose breaks differ
/// become separate shifts.
public enum LevelShifts {
    /// The shifts of `levels`, all at `site`, named `prefix-1`, `prefix-2`, ..., with the breaks
    /// they inherit from `input`.
    public static func shifts(levels: [Int], site: Int = 0, prefix: String = "staffed", breaksFrom input: [Shift] = []) -> [Shift] {
        precondition(levels.count == Clock.hoursPerWeek, "a level per hour of the week")
        var pieces: [Piece] = []
        for k in stride(from: 1, through: levels.max() ?? 0, by: 1) {
            for run in runs(levels.map { $0 >= k }) { pieces += split(run) }
        }
        var identical: [(piece: Piece, officers: Int)] = []
        for piece in pieces {
            if let index = identical.firstIndex(where: { $0.piece == piece }) {
                identical[index].officers += 1
            } else {
                identical.append((piece, 1))
            }
        }
        var merged: [(piece: Piece, officers: Int)] = []
        for entry in identical {
            if let index = merged.firstIndex(where: { $0.officers == entry.officers && $0.piece.joinsDays(with: entry.piece) }) {
                merged[index].piece.days.formUnion(entry.piece.days)
            } else {
                merged.append(entry)
            }
        }
        var lines: [(entry: Int, piece: Piece, officers: Int, breaks: [ShiftBreak])] = []
        for (number, entry) in merged.enumerated() {
            for day in entry.piece.days.sorted() {
                let breaks = inherited(start: entry.piece.startHour * 60, minutes: entry.piece.hours * 60, day: day, from: input)
                if let index = lines.firstIndex(where: { $0.entry == number && $0.breaks == breaks }) {
                    lines[index].piece.days.insert(day)
                } else {
                    lines.append((number, Piece(days: [day], startHour: entry.piece.startHour, hours: entry.piece.hours), entry.officers, breaks))
                }
            }
        }
        return lines.enumerated().map { index, line in
            Shift(name: "\(prefix)-\(index + 1)", days: line.piece.days, startMinute: line.piece.startHour * 60,
                  endMinute: ((line.piece.startHour + line.piece.hours - 1) % 24 + 1) * 60, officers: line.officers,
                  site: site, breaks: line.breaks)
        }
    }

    /// The breaks a shift starting `start` minutes after midnight of `day` and lasting `minutes`
    /// takes from `input` (see the type's comment), as minutes after its start-day midnight.
    static func inherited(start: Int, minutes: Int, day: Weekday, from input: [Shift]) -> [ShiftBreak] {
        var taken: [ShiftBreak] = []
        for offset in [-1, 0, 1] {
            guard let inputDay = Weekday(rawValue: (day.rawValue + offset + 7) % 7) else { continue }
            for shift in input where shift.days.contains(inputDay) && shift.durationMinutes <= minutes {
                for pause in shift.breaks {
                    let moved = ShiftBreak(windowStart: pause.windowStart + offset * 1_440, windowEnd: pause.windowEnd + offset * 1_440,
                                           minutes: pause.minutes)
                    guard moved.windowStart >= start, moved.windowEnd <= start + minutes else { continue }
                    guard !taken.contains(where: { $0.windowStart < moved.windowEnd && moved.windowStart < $0.windowEnd }) else { continue }
                    taken.append(moved)
                }
            }
        }
        return taken.sorted { $0.windowStart < $1.windowStart }
    }

    /// One shift line: the days it starts on, its start hour and length in hours (1 ... 24).
    struct Piece: Equatable {
        var days: Set<Weekday>
        let startHour: Int
        let hours: Int
        /// Whether `other`'s days may join this line's: same times, other days, and no two
        /// spells touching (24-hour pieces on consecutive days would join into one spell that
        /// is not in the profile).
        func joinsDays(with other: Piece) -> Bool {
            guard other.startHour == startHour, other.hours == hours, other.days.isDisjoint(with: days) else { return false }
            guard hours == 24 else { return true }
            let all = days.union(other.days).map(\.rawValue).sorted()
            return zip(all, all.dropFirst() + [all[0] + 7]).allSatisfy { $1 - $0 > 1 }
        }
    }

    /// The maximal runs of true hours as (first hour, length), cyclic; the whole week is one run
    /// starting at 0.
    static func runs(_ on: [Bool]) -> [(start: Int, hours: Int)] {
        let n = on.count
        guard on.contains(true) else { return [] }
        guard on.contains(false) else { return [(0, n)] }
        var result: [(Int, Int)] = []
        for h in 0..<n where on[h] && !on[(h + n - 1) % n] {
            var length = 0
            while on[(h + length) % n] { length += 1 }
            result.append((h, length))
        }
        return result
    }

    /// A run as shift pieces: whole days of 24 hours (one piece with those days), then the rest.
    static func split(_ run: (start: Int, hours: Int)) -> [Piece] {
        if run.hours == Clock.hoursPerWeek {
            return [Piece(days: Set(Weekday.allCases), startHour: 0, hours: 24)]
        }
        let firstDay = run.start / 24, startHour = run.start % 24
        let wholeDays = run.hours / 24, rest = run.hours % 24
        var pieces: [Piece] = []
        if wholeDays > 0 {
            let days = Set((0..<wholeDays).compactMap { Weekday(rawValue: (firstDay + $0) % 7) })
            pieces.append(Piece(days: days, startHour: startHour, hours: 24))
        }
        if rest > 0, let day = Weekday(rawValue: (firstDay + wholeDays) % 7) {
            pieces.append(Piece(days: [day], startHour: startHour, hours: rest))
        }
        return pieces
    }
}
