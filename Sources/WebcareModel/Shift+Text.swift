extension Shift {
    /// The days as a scenario file writes them: `daily`, `weekdays`, `weekend` or `[mon, tue]`.
    public var daysText: String {
        if days.count == 7 { return "daily" }
        if days == [.monday, .tuesday, .wednesday, .thursday, .friday] { return "weekdays" }
        if days == [.saturday, .sunday] { return "weekend" }
        return "[" + days.sorted().map(\.shortName).joined(separator: ", ") + "]"
    }

    /// HH:MM of a minute after midnight (1440 is 24:00).
    public static func clock(_ minute: Int) -> String {
        let hours = minute / 60, minutes = minute % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
