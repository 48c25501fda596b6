import WebcareModel

/// Reading a channel's `hour_shape`, how its `messages_per_day` spread over the hours of each day.
///
/// - Absent: flat, every hour of every day the same weight (1/24 of the day's volume an hour).
/// - A list of 24 weights >= 0 (hours 00-01 ... 23-24) with a positive sum: the shape of every day.
/// - A mapping from days to such lists: `daily` (every day), `weekdays` (mon ... fri), `weekend`
///   (sat, sun) and the single days `mon` ... `sun`. A day takes its own key first, then its
///   day type (`weekdays` or `weekend`), then `daily`; every day needs a shape from one of them.
///
/// Only the proportions within a day matter: day d's volume is messages_per_day ×
/// weekday_factors[d] whatever its shape, so rate(d, h) = messages_per_day × weekday_factors[d]
/// × shape_d[h] / Σ shape_d.
extension ScenarioLoader {
    static let hourShapeExpected = "24 hourly weights (hours 00-23)"
    static let hourShapeFormsExpected =
        "24 hourly weights (hours 00-23), or a mapping of daily, weekdays, weekend or mon ... sun to 24 weights each"
    private static let weekdayNames = ["mon", "tue", "wed", "thu", "fri"]
    private static let weekendNames = ["sat", "sun"]
    private static let shapeKeys = ["daily", "weekdays", "weekend"] + weekdayNames + weekendNames

    /// The normalised shape of each day, Monday first: 7 lists of 24 weights summing to 1.
    static func dayShapes(_ value: YAMLValue?) throws(ScenarioError) -> [[Double]] {
        guard let value else { return Array(repeating: Array(repeating: 1.0 / 24, count: 24), count: 7) }
        guard value.node.entries != nil else {
            let isList = if case .sequence = value.node.content { true } else { false }
            let shape = try normalisedShape(value, expected: isList ? hourShapeExpected : hourShapeFormsExpected)
            return Array(repeating: shape, count: 7)
        }
        let mapping = try YAMLMapping(value, allowed: shapeKeys, expected: hourShapeFormsExpected)
        var shapes: [String: [Double]] = [:]
        for key in shapeKeys {
            if let given = mapping.optional(key) { shapes[key] = try normalisedShape(given, expected: hourShapeExpected) }
        }
        var days: [[Double]] = []
        var missing: [String] = []
        for day in Weekday.allCases {
            let dayType = weekendNames.contains(day.shortName) ? "weekend" : "weekdays"
            guard let shape = shapes[day.shortName] ?? shapes[dayType] ?? shapes["daily"] else {
                missing.append(day.shortName)
                continue
            }
            days.append(shape)
        }
        guard missing.isEmpty else {
            throw value.keyError("no shape for \(missing.joined(separator: ", ")); expected a shape for every day: daily, weekdays and weekend, or the days themselves")
        }
        return days
    }

    /// 24 weights >= 0 with a positive sum, divided by their sum.
    private static func normalisedShape(_ value: YAMLValue, expected: String) throws(ScenarioError) -> [Double] {
        let shape = try value.nonNegativeNumbers(count: 24, largest: ScenarioLimits.hourWeight, expected: expected,
                                                 each: "an hourly weight >= 0")
        let sum = shape.reduce(0, +)
        guard sum > 0, sum.isFinite else {
            throw value.error("the weights sum to \(sum); expected \(hourShapeExpected) with a positive sum")
        }
        return shape.map { $0 / sum }
    }
}
