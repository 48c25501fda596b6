import Testing
import Calibration

/// The calendar the fit counts exposure with: Easter by the computus, the Dutch holidays, and
/// the real hours of the days on which the clocks change in Europe/Amsterdam.
@Suite struct CalendarTests {
    @Test func easterDates() {
        // Known Easter Sundays (e.g. from the Gregorian tables).
        let known = [(2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2019, 4, 21), (2000, 4, 23), (2038, 4, 25), (2285, 3, 22)]
        for (y, m, d) in known { #expect(DutchHolidays.easter(y) == CivilDate(year: y, month: m, day: d)!) }
    }

    @Test func kingsDay() {
        #expect(DutchHolidays.kingsDay(2025) == CivilDate(year: 2025, month: 4, day: 26)!)
        #expect(DutchHolidays.kingsDay(2024) == CivilDate(year: 2024, month: 4, day: 27)!)
        #expect(DutchHolidays.name(of: CivilDate(year: 2025, month: 4, day: 26)!) == "King's Day")
        #expect(DutchHolidays.name(of: CivilDate(year: 2025, month: 4, day: 27)!) == nil)
        #expect(DutchHolidays.name(of: CivilDate(year: 2024, month: 5, day: 9)!) == "Ascension Day")
        #expect(DutchHolidays.name(of: CivilDate(year: 2024, month: 5, day: 20)!) == "Whit Monday")
    }

    @Test func realHoursAroundDaylightSaving() throws {
        let clock = try #require(ZoneClock(identifier: "Europe/Amsterdam"))
        let spring = clock.realHours(of: CivilDate(year: 2024, month: 3, day: 31)!)
        #expect(spring.count == 23)
        #expect(!spring.contains(2))
        let autumn = clock.realHours(of: CivilDate(year: 2024, month: 10, day: 27)!)
        #expect(autumn.count == 25)
        #expect(autumn.filter { $0 == 2 }.count == 2)
        #expect(clock.realHours(of: CivilDate(year: 2024, month: 10, day: 28)!) == Array(0..<24))
    }

    @Test func civilDays() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.daysSince1970 == 0)
        #expect(CivilDate(year: 2024, month: 1, day: 1)!.weekday == 0)
        #expect(CivilDate(daysSince1970: CivilDate(year: 2024, month: 2, day: 29)!.daysSince1970) == CivilDate(year: 2024, month: 2, day: 29)!)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
    }
}
