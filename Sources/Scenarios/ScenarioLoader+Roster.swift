import WebcareModel

/// Reading the `shifts` into a `Roster`: days, start and end times (HH:MM), officers, the site
/// and the breaks (`ScenarioLoader+Breaks`).
extension ScenarioLoader {
    static let shiftsExpected = "a list of shifts, each with name, days, start, end and officers"
    static let daysExpected =
        "a list of days (mon, tue, wed, thu, fri, sat, sun) or one of daily, weekdays, weekend"
    private static let shiftKeys = ["name", "days", "start", "end", "officers", "site", "breaks"]
    private static let officersExpected = "a whole number of officers >= 0"

    /// The `shifts` list; some shift must have officers. `sites` are the team's sites
    /// (`sitesGiven` false when the scenario lists none); with two or more, every shift names its
    /// site. Each shift's first problem is logged in `log`; nil when there was one.
    static func roster(_ value: YAMLValue, sites: [Site], sitesGiven: Bool, log: ErrorLog) -> Roster? {
        guard let elements = log.attempt({ () throws(ScenarioError) -> [YAMLValue] in
            let elements = try value.list(expected: shiftsExpected)
            guard !elements.isEmpty else { throw value.error("an empty list; expected at least one shift") }
            guard elements.count <= ScenarioLimits.shifts else {
                throw value.error("\(elements.count) shifts; expected at most \(ScenarioLimits.shifts)")
            }
            return elements
        }) else { return nil }
        var seen: [String: String] = [:]
        let shifts = elements.map { element in
            log.attempt { () throws(ScenarioError) -> Shift in try shift(element, seen: &seen, sites: sites, sitesGiven: sitesGiven) }
        }
        guard let shifts = allRead(shifts) else { return nil }
        let officers = shifts.reduce(0) { $0 + $1.officers }
        guard officers <= ScenarioLimits.officers else {
            log.record(value.sectionError("\(officers) officers in all shifts; expected at most \(ScenarioLimits.officers)"))
            return nil
        }
        guard shifts.contains(where: { $0.officers > 0 }) else {
            log.record(value.sectionError("no shift has officers > 0; expected at least one officer on duty in the week"))
            return nil
        }
        return Roster(shifts: shifts)
    }

    /// One shift; its name must differ from those in `seen`.
    private static func shift(_ element: YAMLValue, seen: inout [String: String], sites: [Site],
                              sitesGiven: Bool) throws(ScenarioError) -> Shift {
        let mapping = try YAMLMapping(element, allowed: shiftKeys,
                                      expected: "a shift: a mapping with name, days, start, end and officers")
        let name = try uniqueName(in: mapping, seen: &seen, noun: "shift")
        let days = try days(mapping.required("days", expected: daysExpected))
        let start = try minuteOfDay(mapping.required("start", expected: "HH:MM between 00:00 and 23:59"), isEnd: false)
        let end = try minuteOfDay(mapping.required("end", expected: "HH:MM between 00:00 and 24:00"), isEnd: true)
        let officersValue = try mapping.required("officers", expected: officersExpected)
        let officers = try officersValue.integer(expected: officersExpected, in: 0...Int.max)
        guard officers <= ScenarioLimits.officersPerShift else {
            throw officersValue.error("\(officers) officers; expected at most \(ScenarioLimits.officersPerShift) officers in one shift")
        }
        var site = 0
        if sites.count > 1 || mapping.optional("site") != nil {
            let expected = "the site of the shift's officers, one of \(sites.map(\.name).joined(separator: ", "))"
            site = try siteIndex(mapping.required("site", expected: expected), sites: sites, sitesGiven: sitesGiven)
        }
        var breaks: [ShiftBreak] = []
        if let breaksValue = mapping.optional("breaks") {
            breaks = try self.breaks(breaksValue, shiftStart: start, shiftEnd: end)
        }
        return Shift(name: name, days: days, startMinute: start, endMinute: end, officers: officers, site: site, breaks: breaks)
    }

    /// The days a shift starts on: a list of day names or `daily`, `weekdays`, `weekend`.
    static func days(_ value: YAMLValue) throws(ScenarioError) -> Set<Weekday> {
        if value.node.text != nil, !value.isNull {
            switch try value.text(expected: daysExpected) {
            case "daily": return Set(Weekday.allCases)
            case "weekdays": return [.monday, .tuesday, .wednesday, .thursday, .friday]
            case "weekend": return [.saturday, .sunday]
            default: throw value.notA("a set of days", expected: daysExpected)
            }
        }
        let elements = try value.list(expected: daysExpected)
        guard !elements.isEmpty else { throw value.unexpected(daysExpected) }
        var days: Set<Weekday> = []
        let dayExpected = "one of mon, tue, wed, thu, fri, sat, sun"
        for element in elements {
            let text = try element.text(expected: dayExpected)
            guard let day = Weekday.allCases.first(where: { $0.shortName == text }) else {
                throw element.notA("a day", expected: dayExpected)
            }
            guard days.insert(day).inserted else {
                throw element.error("\(YAMLValue.quoted(text)) is listed twice; expected each day at most once")
            }
        }
        return days
    }

    /// Minutes after midnight of an `HH:MM` time. A start is 00:00 ... 23:59 (0 ... 1439); an
    /// end is 00:00 ... 24:00, where both 00:00 and 24:00 mean midnight (1440).
    static func minuteOfDay(_ value: YAMLValue, isEnd: Bool) throws(ScenarioError) -> Int {
        let expected = isEnd ? "HH:MM between 00:00 and 24:00" : "HH:MM between 00:00 and 23:59"
        let text = try value.text(expected: expected)
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        func isDigits(_ part: Substring, count: ClosedRange<Int>) -> Bool {
            count.contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
        }
        guard parts.count == 2, isDigits(parts[0], count: 1...2), isDigits(parts[1], count: 2...2),
              let hours = Int(parts[0]), let minutes = Int(parts[1]), minutes < 60,
              hours < 24 || (isEnd && hours == 24 && minutes == 0)
        else { throw value.notA("a time of day", expected: expected) }
        let minute = hours * 60 + minutes
        return isEnd && minute == 0 ? 1_440 : minute
    }
}
