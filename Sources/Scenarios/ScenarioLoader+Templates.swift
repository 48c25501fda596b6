import WebcareModel

/// Reading a roster's shift templates (`webcare-sim roster --shifts FILE`):
/// - `templates`: a list (unique `name`s) written as a scenario's shifts (`name`, `days`,
///   `start`, `end`, optional `site` and `breaks`) without `officers`, plus optional `cost`
///   (> 0; default the officer's paid hours per week), `min` and `max` officers (whole >= 0,
///   min <= max).
/// - Optional `max_officers` (whole >= 1) and `max_officer_hours` (> 0, per week) for the whole roster.
extension ScenarioLoader {
    private static let templatesExpected = "a list of shift templates, each with name, days, start and end"
    private static let templateKeys = ["name", "days", "start", "end", "site", "breaks", "cost", "min", "max"]

    /// The templates in the file at `path`, for a scenario with `sites` (`sitesGiven` false
    /// when the scenario names none).
    public static func templates(path: String, sites: [Site], sitesGiven: Bool) throws(ScenarioError) -> ShiftTemplateSet {
        let text: String
        do {
            text = try contents(ofFile: path)
        } catch {
            throw ScenarioError(file: path, line: 1, column: 1, message: "cannot read the file: \(error.reason)")
        }
        let top = try YAMLMapping(YAMLValue(node: try tree(yaml: text, file: path), path: ""),
                                  allowed: ["templates", "max_officers", "max_officer_hours"],
                                  expected: "a mapping with templates and optionally max_officers and max_officer_hours")
        let list = try top.required("templates", expected: templatesExpected)
        let elements = try list.list(expected: templatesExpected)
        guard !elements.isEmpty else { throw list.error("an empty list; expected at least one shift template") }
        var seen: [String: String] = [:]
        var templates: [ShiftTemplate] = []
        for element in elements {
            templates.append(try template(element, seen: &seen, sites: sites, sitesGiven: sitesGiven))
        }
        let officersExpected = "a whole number of officers >= 1"
        let hoursExpected = "a number of officer hours per week > 0"
        return ShiftTemplateSet(
            templates: templates,
            maximumOfficers: try top.optional("max_officers")?.integer(expected: officersExpected, in: 1...Int.max),
            maximumOfficerHours: try top.optional("max_officer_hours")?.number(expected: hoursExpected, accept: { $0 > 0 }))
    }

    /// One template.
    private static func template(_ element: YAMLValue, seen: inout [String: String], sites: [Site],
                                 sitesGiven: Bool) throws(ScenarioError) -> ShiftTemplate {
        let mapping = try YAMLMapping(element, allowed: templateKeys,
                                      expected: "a shift template: a mapping with name, days, start and end")
        let name = try uniqueName(in: mapping, seen: &seen, noun: "template")
        let days = try days(mapping.required("days", expected: daysExpected))
        let start = try minuteOfDay(mapping.required("start", expected: "HH:MM between 00:00 and 23:59"), isEnd: false)
        let end = try minuteOfDay(mapping.required("end", expected: "HH:MM between 00:00 and 24:00"), isEnd: true)
        var site = 0
        if sites.count > 1 || mapping.optional("site") != nil {
            let expected = "the site of the template's officers, one of \(sites.map(\.name).joined(separator: ", "))"
            site = try siteIndex(mapping.required("site", expected: expected), sites: sites, sitesGiven: sitesGiven)
        }
        var breaks: [ShiftBreak] = []
        if let breaksValue = mapping.optional("breaks") {
            breaks = try self.breaks(breaksValue, shiftStart: start, shiftEnd: end)
        }
        let cost = try mapping.optional("cost")?.number(expected: "a cost per officer > 0", accept: { $0 > 0 })
        let countExpected = "a whole number of officers >= 0"
        let minimum = try mapping.optional("min")?.integer(expected: countExpected, in: 0...100_000) ?? 0
        let maximumValue = mapping.optional("max")
        let maximum = try maximumValue?.integer(expected: countExpected, in: 0...100_000)
        if let maximum, let maximumValue, maximum < minimum {
            throw maximumValue.error("max \(maximum) is below min \(minimum); expected max >= min")
        }
        let shift = Shift(name: name, days: days, startMinute: start, endMinute: end, officers: 0, site: site, breaks: breaks)
        return ShiftTemplate(shift: shift, cost: cost, minimum: minimum, maximum: maximum)
    }
}
