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
        let meanExpected = "a mean in minutes > 0"
        switch name {
        case "exponential":
            return .exponential(mean: try mapping.required("mean", expected: meanExpected)
                .number(expected: meanExpected, accept: { $0 > 0 }))
        case "lognormal", "gamma":
            let mean = try mapping.required("mean", expected: meanExpected).number(expected: meanExpected, accept: { $0 > 0 })
            let sdExpected = name == "gamma" ? "a standard deviation in minutes > 0" : "a standard deviation in minutes >= 0"
            let sd = try mapping.required("sd", expected: sdExpected)
                .number(expected: sdExpected, accept: { name == "gamma" ? $0 > 0 : $0 >= 0 })
            return name == "gamma" ? .gamma(mean: mean, sd: sd) : .lognormal(mean: mean, sd: sd)
        case "deterministic":
            let expected = isHandling ? "a duration in minutes > 0" : "a duration in minutes >= 0"
            return .deterministic(value: try mapping.required("value", expected: expected)
                .number(expected: expected, accept: { isHandling ? $0 > 0 : $0 >= 0 }))
        default:
            return .empirical(values: try empiricalValues(mapping))
        }
    }

    /// The values of an empirical distribution: non-empty, each >= 0, with a positive mean.
    private static func empiricalValues(_ mapping: YAMLMapping) throws(ScenarioError) -> [Double] {
        let expected = "a non-empty list of durations in minutes, each >= 0, not all 0"
        let list = try mapping.required("values", expected: expected)
        let elements = try list.list(expected: expected)
        guard !elements.isEmpty else { throw list.unexpected(expected) }
        var values: [Double] = []
        for element in elements {
            values.append(try element.number(expected: "a duration in minutes >= 0", accept: { $0 >= 0 }))
        }
        let sum = values.reduce(0, +)
        guard sum > 0, sum.isFinite else {
            throw list.error("the values have mean \(sum / Double(values.count)); expected \(expected)")
        }
        return values
    }
}
