/// The Dutch public holidays that webcare-sim leaves out of the exposure by default: New Year's
/// Day, Easter Sunday and Monday, King's Day (27 April, or Saturday 26 April when the 27th is a
/// Sunday), Liberation Day (5 May), Ascension Day (Easter + 39 days), Whit Sunday and Monday
/// (Easter + 49 and + 50 days), Christmas Day and Boxing Day.
public enum DutchHolidays {
    /// Easter Sunday of `year` (the anonymous Gregorian computus, Meeus/Jones/Butcher).
    public static func easter(_ year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)!
    }

    /// King's Day: 27 April, moved to Saturday 26 April when the 27th is a Sunday.
    public static func kingsDay(_ year: Int) -> CivilDate {
        let day = CivilDate(year: year, month: 4, day: 27)!
        return day.weekday == 6 ? day.adding(days: -1) : day
    }

    /// The holidays of `year`, by date, with their names.
    public static func holidays(_ year: Int) -> [(date: CivilDate, name: String)] {
        let easter = easter(year)
        return [
            (CivilDate(year: year, month: 1, day: 1)!, "New Year's Day"),
            (easter, "Easter Sunday"),
            (easter.adding(days: 1), "Easter Monday"),
            (kingsDay(year), "King's Day"),
            (CivilDate(year: year, month: 5, day: 5)!, "Liberation Day"),
            (easter.adding(days: 39), "Ascension Day"),
            (easter.adding(days: 49), "Whit Sunday"),
            (easter.adding(days: 50), "Whit Monday"),
            (CivilDate(year: year, month: 12, day: 25)!, "Christmas Day"),
            (CivilDate(year: year, month: 12, day: 26)!, "Boxing Day"),
        ].sorted { $0.0 < $1.0 }
    }

    /// The holiday's name when `date` is one.
    public static func name(of date: CivilDate) -> String? {
        holidays(date.year).first { $0.date == date }?.name
    }
}
