/// A YAML mapping of a scenario file whose keys have been checked: every key is a plain name and
/// one of those allowed at that place; an unknown key is an error at the key's own position.
struct YAMLMapping {
    /// The mapping itself (its path and position).
    let value: YAMLValue
    /// The values by key, each with the path `PATH.key` and its key.
    private let entries: [String: YAMLValue]
    /// The keys in the order of the mapping (the file's order; after a merge with a base, the
    /// base's keys first).
    private let order: [String]
    /// For an allowed key that is absent, the error of an unknown key within two typing mistakes
    /// of it (`shifs` for `shifts`), logged by the second initialiser: its absence is that error
    /// again, so the log (which drops repeats) shows one error, not a second "missing" one.
    private let misspellings: [String: ScenarioError]

    /// Reads `value` as a mapping whose keys are all in `allowed`; `expected` describes the
    /// mapping for the error when the value is not one. `context` is added to the unknown-key
    /// message, e.g. ` for dist: exponential`.
    init(_ value: YAMLValue, allowed: [String], expected: String, context: String = "") throws(ScenarioError) {
        try self.init(value, allowed: allowed, expected: expected, context: context, unknownKeysTo: nil)
    }

    /// Reads `value` as a mapping as `init(_:allowed:expected:context:)` does, but logs each key
    /// that is not allowed (or not a name) in `log` and leaves it out, so that every unknown key
    /// of the mapping is reported; with no log the first one is thrown.
    init(_ value: YAMLValue, allowed: [String], expected: String, context: String = "",
         unknownKeysTo log: ErrorLog?) throws(ScenarioError) {
        guard let mapping = value.node.entries else { throw value.unexpected(expected) }
        var entries: [String: YAMLValue] = [:]
        var order: [String] = []
        var misspellings: [String: ScenarioError] = [:]
        for entry in mapping {
            let keyAsValue = YAMLValue(node: entry.key, path: value.path)
            let problem: ScenarioError?
            var item: YAMLValue?
            if let key = entry.key.text, !keyAsValue.isNull {
                item = YAMLValue(node: entry.value, path: value.path(ofKey: key), key: entry.key)
                problem = allowed.contains(key) ? nil
                    : item?.keyError("unknown key\(context); expected one of \(allowed.joined(separator: ", "))")
            } else {
                problem = keyAsValue.error("\(keyAsValue.summary) as a key; expected a key name, one of \(allowed.joined(separator: ", "))")
            }
            if let problem {
                guard let log else { throw problem }
                log.record(problem)
                if let written = entry.key.text {
                    for key in allowed where EditDistance.between(written, key) <= 2 { misspellings[key] = problem }
                }
                continue
            }
            guard let item, let key = entry.key.text else { continue }
            entries[key] = item
            order.append(key)
        }
        self.value = value
        self.entries = entries
        self.order = order
        self.misspellings = misspellings
    }

    /// The value of `key`, or nil when the key is absent.
    func optional(_ key: String) -> YAMLValue? { entries[key] }

    /// The value of `key`; its absence is an error at the mapping's position (at the key's old
    /// place, naming the argument, when a `--set KEY=null` removed it).
    func required(_ key: String, expected: String) throws(ScenarioError) -> YAMLValue {
        guard let entry = entries[key] else {
            if let misspelling = misspellings[key] { throw misspelling }
            if let removal = value.node.removedKeys[key] {
                throw YAMLValue.error(file: removal.key.file, at: removal.key.mark, overrides: [removal.argument],
                                      path: value.path(ofKey: key), problem: "required key is missing; expected \(expected)")
            }
            throw YAMLValue.error(at: value.node, path: value.path(ofKey: key),
                                  problem: "required key is missing; expected \(expected)")
        }
        return entry
    }

    /// The one key of `keys` that is present, or nil when none is. Two present keys are an error
    /// at the later key: `PATH.later: cannot be given together with earlier; expected <expected>`.
    func atMostOne(of keys: [String], expected: String) throws(ScenarioError) -> (key: String, value: YAMLValue)? {
        let present = order.compactMap { key in keys.contains(key) ? entries[key].map { (key: key, value: $0) } : nil }
        guard present.count <= 1 else {
            throw present[1].value.keyError("cannot be given together with \(present[0].key); expected \(expected)")
        }
        return present.first
    }

    /// The one key of `keys` that is present; none is an error at the mapping's position.
    func exactlyOne(of keys: [String], expected: String) throws(ScenarioError) -> (key: String, value: YAMLValue) {
        guard let found = try atMostOne(of: keys, expected: expected) else {
            throw value.error("none of \(keys.joined(separator: ", ")) is given; expected \(expected)")
        }
        return found
    }
}
