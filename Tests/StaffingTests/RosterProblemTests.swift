import Staffing
import Testing
import WebcareModel

@Suite("Roster problem")
struct RosterProblemTests {
    static func template(_ name: String, _ days: Set<Weekday>, _ start: Int, _ end: Int, cost: Double? = nil,
                         max: Int? = nil) -> ShiftTemplate {
        ShiftTemplate(shift: Shift(name: name, days: days, startMinute: start * 60, endMinute: end * 60, officers: 0),
                      cost: cost, maximum: max)
    }

    /// A Sunday 22:00-06:00 template covers the last two hours of Sunday and the first six of
    /// Monday (the week is cyclic).
    @Test func coverageWrapsOverTheWeek() {
        let problem = RosterProblem(templates: ShiftTemplateSet(templates: [Self.template("night", [.sunday], 22, 6)]))
        let covered = (0..<168).filter { problem.coverage[0][$0] > 0 }
        #expect(covered == [0, 1, 2, 3, 4, 5, 166, 167])
        #expect(problem.coverage[0].allSatisfy { $0 == 0 || $0 == 1 })
    }

    /// Five templates (one past midnight, one at a weight instead of its hours) and random
    /// requirements 0 ... 3 per hour: CBC's optimum equals the cheapest of all count vectors
    /// 0 ... 6 per template (7^5 = 16,807 vectors enumerated), for 6 random instances. The
    /// optimum lies in that box: coverage is 0 or 1 and no hour needs more than 3, so a template
    /// with more than 3 officers can lose one and stay feasible.
    @Test func cbcMatchesBruteForceEnumeration() throws {
        let templates = ShiftTemplateSet(templates: [
            Self.template("early", Set(Weekday.allCases), 7, 15),
            Self.template("late", Set(Weekday.allCases), 15, 23),
            Self.template("night", Set(Weekday.allCases), 23, 7, cost: 70),
            Self.template("weekday-mid", [.monday, .tuesday, .wednesday, .thursday, .friday], 11, 19),
            Self.template("weekend-day", [.saturday, .sunday], 9, 21),
        ])
        let problem = RosterProblem(templates: templates)
        var state: UInt64 = 2_024
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<6 {
            let required = (0..<168).map { _ in Double(next(4)) }
            let program = problem.program(required: required)
            let solution = try CBCSolver().solve(program, timeLimitSeconds: 10)
            var best = Double.infinity
            var counts = [Int](repeating: 0, count: 5)
            for code in 0..<16_807 {
                var rest = code
                for t in 0..<5 { counts[t] = rest % 7; rest /= 7 }
                if program.isFeasible(counts) { best = min(best, program.cost(counts)) }
            }
            #expect(solution.status == .optimal)
            #expect(program.isFeasible(solution.values))
            #expect(abs(solution.objective - best) < 1e-9, "CBC \(solution.objective), enumeration \(best)")
        }
    }

    /// The whole-roster limits are rows of the program: at most 3 officers cannot cover an
    /// hour that needs 4.
    @Test func limitsMakeTheProgramInfeasible() {
        let templates = ShiftTemplateSet(templates: [Self.template("day", Set(Weekday.allCases), 9, 17)], maximumOfficers: 3)
        let program = RosterProblem(templates: templates).program(required: (0..<168).map { $0 == 10 ? 4.0 : 0 })
        #expect(throws: SolverError.infeasible) { try CBCSolver().solve(program, timeLimitSeconds: 10) }
    }

    /// The current roster is costed in the templates' units: a shift with a template's days
    /// and times costs the template's weight per officer (2 night officers at 70), any other
    /// its paid hours (one officer 10:00-12:00 daily: 14), and the basis says which.
    @Test func currentRosterIsCostedByMatchingTemplates() {
        let templates = ShiftTemplateSet(templates: [Self.template("night", Set(Weekday.allCases), 23, 7, cost: 70)])
        let night = Shift(name: "n", days: Set(Weekday.allCases), startMinute: 23 * 60, endMinute: 7 * 60, officers: 2, site: 1)
        let mid = Shift(name: "m", days: Set(Weekday.allCases), startMinute: 10 * 60, endMinute: 12 * 60, officers: 1)
        let (cost, matched) = templates.cost(of: [night, mid])
        #expect(cost == 154 && matched == 1)
        #expect(templates.costBasis(of: [night, mid]) == "template costs where a shift matches a template, else paid hours")
        #expect(templates.costBasis(of: [night]) == "template costs" && templates.costBasis(of: [mid]) == "paid hours")
    }
}
