import WebcareModel

/// The roster's set-covering integer program over the cyclic week: choose x[t] officers on
/// each template t to minimise Σ cost[t] x[t] such that in every counted hour h with a
/// requirement r[h] > 0, Σ coverage[t][h] x[t] ≥ r[h], where coverage is the share of the hour
/// one officer of t is on duty and not on a break (a Sunday 22:00-06:00 template covers Monday's
/// first six hours; a 30-minute break at 12:00 makes hour 12 count 0.5, a break drawn in a
/// window counts its expected share of each hour, `BreakTime`), within each template's min and
/// max and the set's limits on officers and officer hours. The requirement counts officers the
/// same way: available officers, the staffing's officers less their own breaks.
public struct RosterProblem: Sendable {
    public let templates: ShiftTemplateSet
    /// coverage[t][h]: the share of hour h of the week that one officer of template t is on duty
    /// and not on a break.
    public let coverage: [[Double]]

    public init(templates: ShiftTemplateSet) {
        self.templates = templates
        coverage = templates.templates.map { BreakTime.availableByHour([$0.with(officers: 1)]) }
    }

    /// The integer program for requirements `required` (available officers per hour of the
    /// week; hours with 0 add no row).
    public func program(required: [Double]) -> IntegerProgram {
        let list = templates.templates
        let columns = list.map { template in
            IntegerProgram.Column(cost: template.cost, lower: Double(template.minimum), upper: template.maximum.map(Double.init))
        }
        var rows: [IntegerProgram.Row] = []
        for hour in 0..<Clock.hoursPerWeek where required[hour] > 0 {
            let coefficients = list.indices.compactMap { t in coverage[t][hour] > 0 ? (column: t, value: coverage[t][hour]) : nil }
            rows.append(IntegerProgram.Row(coefficients: coefficients, lower: required[hour]))
        }
        if let most = templates.maximumOfficers {
            rows.append(IntegerProgram.Row(coefficients: list.indices.map { ($0, 1) }, upper: Double(most)))
        }
        if let most = templates.maximumOfficerHours {
            rows.append(IntegerProgram.Row(coefficients: list.indices.map { ($0, list[$0].hoursPerWeek) }, upper: most))
        }
        return IntegerProgram(columns: columns, rows: rows)
    }

    /// Officers available in each hour (on duty and not on a break, as a share of the hour) with
    /// `counts` officers per template.
    public func covered(_ counts: [Int]) -> [Double] {
        (0..<Clock.hoursPerWeek).map { hour in
            counts.indices.reduce(0) { $0 + coverage[$1][hour] * Double(counts[$1]) }
        }
    }

    /// The roster's shifts: every template with at least one officer.
    public func shifts(_ counts: [Int]) -> [Shift] {
        zip(templates.templates, counts).compactMap { template, n in n > 0 ? template.with(officers: n) : nil }
    }

    /// The cost of `counts`.
    public func cost(_ counts: [Int]) -> Double {
        zip(templates.templates, counts).reduce(0) { $0 + $1.0.cost * Double($1.1) }
    }
}
