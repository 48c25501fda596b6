import Stochastics

/// Reading a duration distribution (handling time, patience; minutes): a mapping with `dist`
/// and that distribution's parameters, nothing else.
extension ScenarioLoader {
    static let distributionExpected =
        "a distribution in minutes, e.g. {dist: exponential, mean: 8}; dist is one of exponential, lognormal, gamma, deterministic, empirical"

    /// The keys each distribution takes.
    private static let distributionKeys: [String: [String]] = [
        "exponential": ["dist", "mean"],
        "lognormal": ["dist", "mean", "sd"],
        "gamma": ["dist", "mean", "sd"],
        "deterministic": ["dist", "value"],
        "empirical": ["dist", "values"],
    ]
    private static let distributionNames = "exponential, lognormal, gamma, deterministic, empirical"

    /// A distribution; for handling times a deterministic value must be > 0.
    static func distribution(_ value: YAMLValue, isHandling: Bool) throws(ScenarioError) -> Distribution {
        guard value.node.entries != nil else { throw value.unexpected(distributionExpected) }
        let name = value.node.value(forKey: "dist")?.text ?? ""
        let mapping: YAMLMapping
        if let keys = distributionKeys[name] {
            mapping = try YAMLMapping(value, allowed: keys, expected: distributionExpected, context: " for dist: \(name)")
        } else {
            mapping = try YAMLMapping(value, allowed: ["dist", "mean", "sd", "value", "values"], expected: distributionExpected)
            let dist = try mapping.required("dist", expected: "one of \(distributionNames)")
            throw dist.notA("a distribution name", expected: "one of \(distributionNames)")
        }
        let shortest = ScenarioLimits.shortestMean, longest = ScenarioLimits.longestMinutes
        let range = "\(YAMLValue.shown(shortest)) to \(YAMLValue.shown(longest))"
        let meanExpected = "a mean in minutes from \(range)"
        let inRange = { (value: Double) in value >= shortest && value <= longest }
        switch name {
        case "exponential":
            return .exponential(mean: try mapping.required("mean", expected: meanExpected)
                .number(expected: meanExpected, accept: inRange))
        case "lognormal", "gamma":
            let mean = try mapping.required("mean", expected: meanExpected).number(expected: meanExpected, accept: inRange)
            let cv = ScenarioLimits.durationCV
            let sdExpected = "a standard deviation in minutes \(name == "gamma" ? "> 0" : ">= 0"), at most \(YAMLValue.shown(cv)) × the mean"
            let sd = try mapping.required("sd", expected: sdExpected)
                .number(expected: sdExpected, accept: { (name == "gamma" ? $0 > 0 : $0 >= 0) && $0 <= cv * mean })
            return name == "gamma" ? .gamma(mean: mean, sd: sd) : .lognormal(mean: mean, sd: sd)
        case "deterministic":
            let expected = isHandling ? "a duration in minutes from \(range)" : "a duration in minutes, 0 or from \(range)"
            return .deterministic(value: try mapping.required("value", expected: expected)
                .number(expected: expected, accept: { inRange($0) || (!isHandling && $0 == 0) }))
        default:
            return .empirical(values: try empiricalValues(mapping))
        }
    }

    /// The values of an empirical distribution: 1 ... `ScenarioLimits.empiricalValues` of
    /// them, each from 0 to a year, with a mean of at least `ScenarioLimits.shortestMean`.
    private static func empiricalValues(_ mapping: YAMLMapping) throws(ScenarioError) -> [Double] {
        let shortest = ScenarioLimits.shortestMean, longest = ScenarioLimits.longestMinutes
        let expected = "a non-empty list of durations in minutes, each from 0 to \(YAMLValue.shown(longest)), with a mean of at least \(YAMLValue.shown(shortest))"
        let list = try mapping.required("values", expected: expected)
        let elements = try list.list(expected: expected)
        guard !elements.isEmpty else { throw list.unexpected(expected) }
        guard elements.count <= ScenarioLimits.empiricalValues else {
            throw list.error("\(elements.count) values; expected at most \(ScenarioLimits.empiricalValues)")
        }
        var values: [Double] = []
        for element in elements {
            values.append(try element.number(expected: "a duration in minutes from 0 to \(YAMLValue.shown(longest))",
                                             accept: { $0 >= 0 && $0 <= longest }))
        }
        let mean = values.reduce(0, +) / Double(values.count)
        guard mean >= shortest else {
            throw list.error("the values have mean \(mean); expected \(expected)")
        }
        return values
    }
}
