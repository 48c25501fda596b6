import Scenarios
import Staffing
import Testing
import WebcareModel

@Suite("Level shifts")
struct LevelShiftsTests {
    /// Officers on duty per hour of the week of `shifts` (each hour's minutes agree).
    static func hourLevels(_ shifts: [Shift]) -> [Int] {
        let minutes = Roster(shifts: shifts).levelByMinute
        return (0..<Clock.hoursPerWeek).map { hour in
            let level = minutes[hour * 60]
            #expect(minutes[(hour * 60)..<(hour * 60 + 60)].allSatisfy { $0 == level })
            return level
        }
    }

    /// Officer spells that end in the week: each shift end of the team engine's week, once per
    /// officer of that shift.
    static func spellEnds(_ shifts: [Shift]) throws -> Int {
        let yaml = try ScenarioLoader.parse(yaml: goalScenario(), file: "s.yaml")
        var scenario = yaml
        scenario.roster = Roster(shifts: shifts)
        let plan = TeamPlan(scenario)
        return plan.changes.reduce(0) { total, change in
            if case let .shiftEnd(shift) = change.action { return total + shifts[shift].officers }
            return total
        }
    }

    static let profiles: [[Int]] = {
        var state: UInt64 = 99
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let daily = (0..<168).map { hour in [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 3, 1, 0][hour % 24] }
        let random = (0..<168).map { _ in next(4) }
        let always = (0..<168).map { hour in 1 + (hour % 24 >= 9 && hour % 24 < 22 ? 2 : 0) + (hour / 24 == 5 ? 1 : 0) }
        let wrap = (0..<168).map { hour in hour >= 160 || hour < 6 ? 2 : 0 }
        return [daily, random, always, wrap]
    }()

    /// The shifts put exactly the profile's officers on duty in every hour.
    @Test(arguments: profiles) func shiftsReproduceTheLevels(_ levels: [Int]) {
        #expect(Self.hourLevels(LevelShifts.shifts(levels: levels)) == levels)
    }

    /// Officers stay on for whole runs: spells end only where the level falls (once per officer
    /// less), plus one cut per spell longer than 24 hours that is not the whole week.
    @Test(arguments: profiles) func spellsEndOnlyWhereTheLevelFalls(_ levels: [Int]) throws {
        let falls = (0..<168).reduce(0) { total, hour in total + max(0, levels[(hour + 167) % 168] - levels[hour]) }
        var cuts = 0
        for k in stride(from: 1, through: levels.max() ?? 0, by: 1) {
            let on = levels.map { $0 >= k }
            guard on.contains(false) else { continue }
            for h in 0..<168 where on[h] && !on[(h + 167) % 168] {
                var length = 0
                while on[(h + length) % 168] { length += 1 }
                if length > 24 && length % 24 != 0 { cuts += 1 }
            }
        }
        #expect(try Self.spellEnds(LevelShifts.shifts(levels: levels)) == falls + cuts)
    }

    /// A run over Sunday midnight is one shift that starts on Sunday.
    @Test func wrapOverTheWeekIsOneShift() {
        let shifts = LevelShifts.shifts(levels: Self.profiles[3])
        #expect(shifts.count == 1)
        #expect(shifts[0].days == [.sunday] && shifts[0].startMinute == 16 * 60 && shifts[0].endMinute == 6 * 60)
        #expect(shifts[0].officers == 2)
    }
}

@Suite("Hour names")
struct HourNamesTests {
    @Test func rangesOfHours() {
        #expect(HourNames.name(0) == "Mon 00-01" && HourNames.name(167) == "Sun 23-24")
        #expect(HourNames.ranges([9, 33, 34]) == "Mon 09-10, Tue 09-11")
        #expect(HourNames.ranges(Array(0..<48)) == "Mon 00-Tue 24")
        #expect(HourNames.ranges([22, 23, 24, 25]) == "Mon 22-Tue 02")
        #expect(HourNames.ranges([1, 3, 5], limit: 2) == "Mon 01-02, Mon 03-04, and 1 more")
    }
}
