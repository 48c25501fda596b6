import Yams

/// A YAML mapping of a scenario file whose keys have been checked: every key is a plain name and
/// one of those allowed at that place; an unknown key is an error at the key's own position.
struct YAMLMapping {
    /// The mapping itself (its path and position).
    let value: YAMLValue
    /// The values by key, each with the path `PATH.key` and the position of its key.
    private let entries: [String: YAMLValue]

    /// Reads `value` as a mapping whose keys are all in `allowed`; `expected` describes the
    /// mapping for the error when the value is not one. `context` is added to the unknown-key
    /// message, e.g. ` for dist: exponential`.
    init(_ value: YAMLValue, allowed: [String], expected: String, context: String = "") throws(ScenarioError) {
        guard case .mapping(let mapping) = value.node else { throw value.unexpected(expected) }
        var entries: [String: YAMLValue] = [:]
        for (keyNode, valueNode) in mapping {
            let keyAsValue = YAMLValue(node: keyNode, path: value.path, file: value.file)
            guard let key = keyNode.scalar?.string, !keyAsValue.isNull else {
                throw keyAsValue.error("\(keyAsValue.summary) as a key; expected a key name, one of \(allowed.joined(separator: ", "))")
            }
            let entry = YAMLValue(node: valueNode, path: value.path(ofKey: key), file: value.file,
                                  keyMark: keyNode.mark)
            guard allowed.contains(key) else {
                throw entry.keyError("unknown key\(context); expected one of \(allowed.joined(separator: ", "))")
            }
            entries[key] = entry
        }
        self.value = value
        self.entries = entries
    }

    /// The value of `key`, or nil when the key is absent.
    func optional(_ key: String) -> YAMLValue? { entries[key] }

    /// The value of `key`; its absence is an error at the mapping's position.
    func required(_ key: String, expected: String) throws(ScenarioError) -> YAMLValue {
        guard let entry = entries[key] else {
            throw YAMLValue.error(file: value.file, at: value.node.mark, path: value.path(ofKey: key),
                                  problem: "required key is missing; expected \(expected)")
        }
        return entry
    }

    /// The one key of `keys` that is present, or nil when none is. Two present keys are an error
    /// at the later key: `PATH.later: cannot be given together with earlier; expected <expected>`.
    func atMostOne(of keys: [String], expected: String) throws(ScenarioError) -> (key: String, value: YAMLValue)? {
        var present: [(key: String, value: YAMLValue)] = []
        for key in keys {
            if let entry = entries[key] { present.append((key, entry)) }
        }
        present.sort { YAMLMapping.isBefore($0.value, $1.value) }
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

    /// True when `a`'s key comes before `b`'s in the file.
    private static func isBefore(_ a: YAMLValue, _ b: YAMLValue) -> Bool {
        let first = a.keyMark.map { ($0.line, $0.column) } ?? (0, 0)
        let second = b.keyMark.map { ($0.line, $0.column) } ?? (0, 0)
        return first < second
    }
}
