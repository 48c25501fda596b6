import WebcareModel

/// Writes a staffing level per hour of the week (168 values, Monday 00:00-01:00 first) as
/// shifts in which officers stay on for whole runs of hours: for each level k, every maximal
/// run of hours (cyclic over the week) with at least k officers becomes one officer's spell.
/// A spell of at most 24 hours is one shift occurrence; a longer one is a 24-hour shift on
/// consecutive days (which the engine joins into one spell) plus one shift for the remaining
/// hours, so a spell is cut at most once. Shifts with the same days and times are merged
/// (more officers); a level that covers the whole week is one shift `daily 00:00-24:00`.
public enum LevelShifts {
    /// The shifts of `levels`, all at `site`, named `prefix-1`, `prefix-2`, ...
    public static func shifts(levels: [Int], site: Int = 0, prefix: String = "staffed") -> [Shift] {
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
        return merged.enumerated().map { index, entry in
            Shift(name: "\(prefix)-\(index + 1)", days: entry.piece.days, startMinute: entry.piece.startHour * 60,
                  endMinute: ((entry.piece.startHour + entry.piece.hours - 1) % 24 + 1) * 60, officers: entry.officers,
                  site: site)
        }
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
