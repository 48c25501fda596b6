/// A day of the week; the simulated clock starts on a Monday at 00:00.
public enum Weekday: Int, Sendable, CaseIterable, Comparable {
    case monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Three-letter lower-case name as written in scenario files: mon, tue, … sun.
    public var shortName: String { ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue] }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Time constants of the simulated clock, which counts minutes.
public enum Clock {
    /// Minutes in an hour.
    public static let hour = 60.0
    /// Minutes in a day.
    public static let day = 1_440.0
    /// Minutes in a week.
    public static let week = 10_080.0
    /// Hours in a week: the length of an hour-of-week profile.
    public static let hoursPerWeek = 168
}
