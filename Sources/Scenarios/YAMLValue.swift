import Yams

/// One node of a scenario while it is being read, with what a precise error needs: the node
/// (which knows its file, position and any `--set` argument that put it there), the node's path
/// in the scenario (`channels[0].hour_shape`; empty for the top level) and, for a value read
/// from a mapping, its key. Positions are 1-based line and column, as Yams reports them.
struct YAMLValue {
    /// The node, with its origin.
    let node: SourceNode
    /// Where the node sits in the scenario, e.g. `shifts[1].start`; empty for the top level.
    let path: String
    /// The mapping key this value belongs to, if it was read from a mapping.
    let key: SourceNode?

    init(node: SourceNode, path: String, key: SourceNode? = nil) {
        self.node = node
        self.path = path
        self.key = key
    }

    /// The error `PATH: problem` at this node's position.
    func error(_ problem: String) -> ScenarioError {
        YAMLValue.error(at: node, path: path, problem: problem)
    }

    /// The error `PATH: problem` at the position of this value's key (the node's own position
    /// when it has no key): used for an entry that is not allowed where it is. It names the
    /// `--set` that put the key or the value there, if any.
    func keyError(_ problem: String) -> ScenarioError {
        let place = key ?? node
        let cause = place.override ?? node.override
        return YAMLValue.error(file: place.file, at: place.mark, overrides: cause.map { [$0] } ?? [],
                               path: path, problem: problem)
    }

    /// The error `PATH: problem` for a check on a whole list (shares that do not sum to 1, no
    /// officers), at the position of its key; it names every `--set` that changed the list.
    func sectionError(_ problem: String) -> ScenarioError {
        let place = key ?? node
        return YAMLValue.error(file: place.file, at: place.mark, overrides: node.overrideArguments,
                               path: path, problem: problem)
    }

    /// The error `PATH: <this value>; expected <expected>` at this node's position.
    func unexpected(_ expected: String) -> ScenarioError {
        error("\(summary); expected \(expected)")
    }

    /// The error `PATH: <this value> is not <kind>; expected <expected>` for a scalar of the
    /// wrong form, or `PATH: <a list / a mapping / no value>; expected <expected>` otherwise.
    func notA(_ kind: String, expected: String) -> ScenarioError {
        node.text == nil || isNull ? unexpected(expected) : error("\(summary) is not \(kind); expected \(expected)")
    }

    /// The path of a key inside this mapping.
    func path(ofKey key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The path of an element of this list.
    func path(ofElement index: Int) -> String { "\(path)[\(index)]" }

    /// True for an empty plain scalar, `~` or `null`: a key written without a value.
    var isNull: Bool { node.isNull }

    /// How the value reads in a message: a number as written, other text in quotes, or what
    /// kind of node it is.
    var summary: String {
        switch node.content {
        case .mapping: return "a mapping"
        case .sequence(let sequence): return sequence.isEmpty ? "an empty list" : "a list"
        case .alias: return "an alias"
        case .scalar(let text, _):
            if isNull { return "no value" }
            if YAMLValue.decimal(text) != nil { return text }
            return YAMLValue.quoted(text)
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

    /// The error `PATH: problem` at `node`'s file and position, naming the `--set` argument
    /// that put the node there, if any.
    static func error(at node: SourceNode, path: String, problem: String) -> ScenarioError {
        error(file: node.file, at: node.mark, overrides: node.override.map { [$0] } ?? [], path: path, problem: problem)
    }

    /// The error `--set A, --set B: PATH: problem` (without the `--set` part when `overrides`
    /// is empty, and just `problem` for the top level) at a position.
    static func error(file: String, at mark: Mark?, overrides: [String], path: String, problem: String) -> ScenarioError {
        let place = path.isEmpty ? problem : "\(path): \(problem)"
        let cause = overrides.isEmpty ? "" : overrides.map { "--set \($0)" }.joined(separator: ", ") + ": "
        return ScenarioError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: cause + place)
    }
}
