/// Officers on duty on given days between a start and an end time. An end at or before the
/// start runs past midnight into the next day; the shift belongs to the day it starts.
public struct Shift: Sendable, Equatable {
    /// The shift's name as written in the scenario.
    public let name: String
    /// The days on which the shift starts.
    public let days: Set<Weekday>
    /// Start, minutes after midnight (0 ..< 1440).
    public let startMinute: Int
    /// End, minutes after midnight (1 ... 1440; 1440 is "24:00").
    public let endMinute: Int
    /// Number of officers on duty during the shift.
    public let officers: Int
    /// Index of the site the shift's officers work at (into `Team.sites`).
    public let site: Int
    /// Breaks each of the shift's officers takes in every occurrence.
    public let breaks: [ShiftBreak]

    public init(name: String, days: Set<Weekday>, startMinute: Int, endMinute: Int, officers: Int,
                site: Int = 0, breaks: [ShiftBreak] = []) {
        self.name = name
        self.days = days
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.officers = officers
        self.site = site
        self.breaks = breaks
    }

    /// Length of one occurrence in minutes (crossing midnight when end ≤ start).
    public var durationMinutes: Int {
        endMinute > startMinute ? endMinute - startMinute : endMinute + 1_440 - startMinute
    }
}
