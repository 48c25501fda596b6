import WebcareModel

/// Reading a shift's `breaks`: `{at: HH:MM, minutes: m}` (a fixed start) or
/// `{between: [HH:MM, HH:MM], minutes: m}` (a start drawn in the window, the break ending by its
/// end). For a shift past midnight a time earlier than the shift's start is on the next day.
extension ScenarioLoader {
    private static let breaksExpected = "a list of breaks, each {at: HH:MM, minutes: M} or {between: [HH:MM, HH:MM], minutes: M}"
    private static let breakExpected = "a break: a mapping with at or between, and minutes"
    private static let breakFormExpected =
        "exactly one of at (the break's fixed start, HH:MM) or between (the window [HH:MM, HH:MM] the break lies in)"
    private static let windowExpected = "[earliest start, latest end], two times HH:MM"
    private static let breakMinutesExpected = "the break's length, a whole number of minutes > 0"

    /// The breaks of a shift that starts at `shiftStart` and ends at `shiftEnd` (minutes after
    /// midnight, as in `Shift`); each break must lie inside the shift.
    static func breaks(_ value: YAMLValue, shiftStart: Int, shiftEnd: Int) throws(ScenarioError) -> [ShiftBreak] {
        let elements = try value.list(expected: breaksExpected)
        guard elements.count <= ScenarioLimits.breaksPerShift else {
            throw value.error("\(elements.count) breaks; expected at most \(ScenarioLimits.breaksPerShift) in one shift")
        }
        let crossesMidnight = shiftEnd <= shiftStart
        let latestEnd = crossesMidnight ? shiftEnd + 1_440 : shiftEnd
        /// Minutes after the shift's start-day midnight of a clock time.
        func onShiftDay(_ minute: Int) -> Int { crossesMidnight && minute < shiftStart ? minute + 1_440 : minute }
        var breaks: [ShiftBreak] = []
        for element in elements {
            let entry = try YAMLMapping(element, allowed: ["at", "between", "minutes"], expected: breakExpected)
            let form = try entry.exactlyOne(of: ["at", "between"], expected: breakFormExpected)
            let minutesValue = try entry.required("minutes", expected: breakMinutesExpected)
            let minutes = try minutesValue.integer(expected: breakMinutesExpected, in: 1...Int.max)
            guard minutes <= latestEnd - shiftStart else {
                throw minutesValue.error("a \(minutes)-minute break in a \(latestEnd - shiftStart)-minute shift; expected a break within the shift's hours")
            }
            let windowStart: Int
            let windowEnd: Int
            if form.key == "at" {
                windowStart = onShiftDay(try minuteOfDay(form.value, isEnd: false))
                windowEnd = windowStart + minutes
            } else {
                let ends = try form.value.list(expected: windowExpected)
                guard ends.count == 2 else {
                    throw form.value.error("\(ends.count) value\(ends.count == 1 ? "" : "s"); expected \(windowExpected)")
                }
                windowStart = onShiftDay(try minuteOfDay(ends[0], isEnd: false))
                windowEnd = onShiftDay(try minuteOfDay(ends[1], isEnd: true))
                guard windowEnd > windowStart else {
                    throw form.value.error("the window ends at or before it starts; expected \(windowExpected)")
                }
                guard windowEnd - windowStart >= minutes else {
                    throw form.value.error("a \(windowEnd - windowStart)-minute window for a \(minutes)-minute break; expected a window at least as long as the break")
                }
            }
            guard windowStart >= shiftStart, windowEnd <= latestEnd else {
                let what = form.key == "at" ? "the break" : "the window"
                throw element.error("\(what) \(clock(windowStart))-\(clock(windowEnd)) is not inside the shift \(clock(shiftStart))-\(clock(shiftEnd)); expected a break within the shift's hours")
            }
            breaks.append(ShiftBreak(windowStart: windowStart, windowEnd: windowEnd, minutes: minutes))
        }
        return breaks
    }

    /// A minute of the day as HH:MM, from a count of minutes after some midnight (1440 is 24:00).
    private static func clock(_ minute: Int) -> String {
        let ofDay = minute > 0 && minute % 1_440 == 0 ? 1_440 : minute % 1_440
        let hours = ofDay / 60
        let minutes = ofDay % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
