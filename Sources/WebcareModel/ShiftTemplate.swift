/// An allowed shift for a roster search: a shift whose number of officers is to be chosen
/// (`shift.officers` is ignored), its cost per officer (default: the officer's paid hours per
/// week) and the least and most officers it may have.
public struct ShiftTemplate: Sendable, Equatable {
    public var shift: Shift
    /// Cost of one officer on this template, in the planner's units (default: paid hours per week).
    public var cost: Double
    public var minimum: Int
    public var maximum: Int?

    public init(shift: Shift, cost: Double? = nil, minimum: Int = 0, maximum: Int? = nil) {
        self.shift = shift
        self.cost = cost ?? Double(shift.durationMinutes * shift.days.count) / Clock.hour
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Paid hours per week of one officer on this template.
    public var hoursPerWeek: Double { Double(shift.durationMinutes * shift.days.count) / Clock.hour }

    /// The template's shift with `officers` officers.
    public func with(officers: Int) -> Shift {
        Shift(name: shift.name, days: shift.days, startMinute: shift.startMinute, endMinute: shift.endMinute,
              officers: officers, site: shift.site, breaks: shift.breaks)
    }
}

/// The templates a roster is chosen from, with optional limits on the whole roster.
public struct ShiftTemplateSet: Sendable, Equatable {
    public var templates: [ShiftTemplate]
    /// Most officers over all templates (a count of template officers, not of people).
    public var maximumOfficers: Int?
    /// Most paid officer hours per week.
    public var maximumOfficerHours: Double?

    public init(templates: [ShiftTemplate], maximumOfficers: Int? = nil, maximumOfficerHours: Double? = nil) {
        self.templates = templates
        self.maximumOfficers = maximumOfficers
        self.maximumOfficerHours = maximumOfficerHours
    }

    /// The cost of a roster of `shifts` in the templates' units: a shift with the days, start and
    /// end of a template costs that template's cost per officer (its site does not matter: roster
    /// works on one pooled queue), any other its paid hours per officer; `matched` counts the
    /// shifts that matched a template.
    public func cost(of shifts: [Shift]) -> (cost: Double, matched: Int) {
        shifts.reduce(into: (cost: 0.0, matched: 0)) { total, shift in
            let template = templates.first { template in
                template.shift.days == shift.days && template.shift.startMinute == shift.startMinute
                    && template.shift.endMinute == shift.endMinute
            }
            if template != nil { total.matched += 1 }
            total.cost += Double(shift.officers) * (template?.cost ?? ShiftTemplate(shift: shift).hoursPerWeek)
        }
    }

    /// How `cost(of:)` costed `shifts`, in words: "template costs", "paid hours", or both.
    public func costBasis(of shifts: [Shift]) -> String {
        let matched = cost(of: shifts).matched
        if matched == shifts.count { return "template costs" }
        return matched == 0 ? "paid hours" : "template costs where a shift matches a template, else paid hours"
    }
}
