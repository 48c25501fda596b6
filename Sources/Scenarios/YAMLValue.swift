import Yams

/// One node of a scenario file while it is being read, with what a precise error needs: the
/// file, the node's path in the scenario (`channels[0].hour_shape`; empty for the top level),
/// the node's own position and, for a value read from a mapping, the position of its key.
/// Positions are 1-based line and column, as Yams reports them.
struct YAMLValue {
    /// The composed YAML node.
    let node: Node
    /// Where the node sits in the scenario, e.g. `shifts[1].start`; empty for the top level.
    let path: String
    /// The file name used in errors.
    let file: String
    /// Position of the mapping key this value belongs to, if it was read from a mapping.
    let keyMark: Mark?

    init(node: Node, path: String, file: String, keyMark: Mark? = nil) {
        self.node = node
        self.path = path
        self.file = file
        self.keyMark = keyMark
    }

    /// The error `PATH: problem` at this node's position.
    func error(_ problem: String) -> ScenarioError {
        YAMLValue.error(file: file, at: node.mark, path: path, problem: problem)
    }

    /// The error `PATH: problem` at the position of this value's key (the node's own position
    /// when it has no key): used for whole-section checks such as shares that do not sum to 1.
    func keyError(_ problem: String) -> ScenarioError {
        YAMLValue.error(file: file, at: keyMark ?? node.mark, path: path, problem: problem)
    }

    /// The error `PATH: <this value>; expected <expected>` at this node's position.
    func unexpected(_ expected: String) -> ScenarioError {
        error("\(summary); expected \(expected)")
    }

    /// The error `PATH: <this value> is not <kind>; expected <expected>` for a scalar of the
    /// wrong form, or `PATH: <a list / a mapping / no value>; expected <expected>` otherwise.
    func notA(_ kind: String, expected: String) -> ScenarioError {
        node.scalar == nil || isNull ? unexpected(expected) : error("\(summary) is not \(kind); expected \(expected)")
    }

    /// The path of a key inside this mapping.
    func path(ofKey key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The path of an element of this list.
    func path(ofElement index: Int) -> String { "\(path)[\(index)]" }

    /// True for an empty plain scalar, `~` or `null`: a key written without a value.
    var isNull: Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How the value reads in a message: a number as written, other text in quotes, or what
    /// kind of node it is.
    var summary: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence(let sequence): return sequence.isEmpty ? "an empty list" : "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull { return "no value" }
            if YAMLValue.decimal(scalar.string) != nil { return scalar.string }
            return YAMLValue.quoted(scalar.string)
        }
    }

    /// Text in double quotes with line breaks, quotes and backslashes escaped, cut to 60 characters.
    static func quoted(_ text: String) -> String {
        let limit = 60
        let cut = text.count > limit ? String(text.prefix(limit)) + "…" : text
        var escaped = ""
        for character in cut {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            default: escaped += character.isNewline ? "\\n" : String(character)
            }
        }
        return "\"\(escaped)\""
    }

    /// The error `PATH: problem` (or just `problem` for the top level) at a position.
    static func error(file: String, at mark: Mark?, path: String, problem: String) -> ScenarioError {
        ScenarioError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                      message: path.isEmpty ? problem : "\(path): \(problem)")
    }
}
