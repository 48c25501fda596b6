import Yams

/// One node of a scenario's YAML tree together with where it came from, so that an error can
/// name the right place even after a scenario has been merged with its `base` files and
/// changed by `--set` overrides: the file the node was read from and its position there.
///
/// A node that a `--set PATH=VALUE` argument put into the tree (the value and everything in
/// it) records that argument in `override` and takes the file and position of the node it
/// replaced (or of the mapping it was added to), since VALUE has no place in any file. Every
/// node on the way to a replaced node lists the argument in `overridesBelow`, so a whole-list
/// check (shares that do not sum to 1, no officers) can say which `--set` caused it.
struct SourceNode {
    /// A key and its value in a mapping.
    struct Entry {
        var key: SourceNode
        var value: SourceNode
    }

    /// What the node holds.
    enum Content {
        /// A scalar's raw text; `isPlain` is false when it was quoted or a block scalar.
        case scalar(String, isPlain: Bool)
        /// A mapping's entries in their order.
        case mapping([Entry])
        /// A list's elements.
        case sequence([SourceNode])
        /// An alias (`*name`); Yams resolves these when composing, so none is expected.
        case alias
    }

    var content: Content
    /// The file the node was read from (or, for an override, the file of the node it replaced).
    var file: String
    /// The node's 1-based position in `file`.
    var mark: Mark?
    /// The `--set` argument (`PATH=VALUE`) that put this node into the tree, if any.
    var override: String?
    /// The `--set` arguments that replaced or added nodes below this one, in the order applied.
    var overridesBelow: [String] = []
    /// For a mapping, the keys a `--set KEY=null` removed: the argument and the removed key's
    /// node, so that a required key removed this way is reported at its old place, naming it.
    var removedKeys: [String: Removal] = [:]

    /// A key removed from a mapping by a `--set` argument.
    struct Removal {
        let argument: String
        let key: SourceNode
    }

    /// The node composed by Yams from `file`, with every node's own position.
    init(_ node: Node, file: String) {
        self.init(node, file: file, mark: node.mark, override: nil)
    }

    /// The node composed by Yams from the VALUE of the `--set` argument `override`; every node
    /// in it takes `file` and `mark`, the place in a file that the override changes.
    init(_ node: Node, override: String, file: String, mark: Mark?) {
        self.init(node, file: file, mark: mark, override: override)
    }

    private init(_ node: Node, file: String, mark: Mark?, override: String?) {
        func child(_ node: Node) -> SourceNode {
            SourceNode(node, file: file, mark: override == nil ? node.mark : mark, override: override)
        }
        switch node {
        case .scalar(let scalar):
            content = .scalar(scalar.string, isPlain: scalar.style == .plain)
        case .mapping(let mapping):
            content = .mapping(mapping.map { Entry(key: child($0.key), value: child($0.value)) })
        case .sequence(let sequence):
            content = .sequence(sequence.map(child))
        case .alias:
            content = .alias
        }
        self.file = file
        self.mark = mark
        self.override = override
    }

    /// A plain scalar node with the given text and origin.
    init(plain text: String, file: String, mark: Mark?, override: String?) {
        content = .scalar(text, isPlain: true)
        self.file = file
        self.mark = mark
        self.override = override
    }

    /// An empty mapping that the `--set` argument `override` adds to hold the keys below it,
    /// standing at `mark` in `file` (the mapping it is added to).
    init(emptyMappingFor override: String, file: String, mark: Mark?) {
        content = .mapping([])
        self.file = file
        self.mark = mark
        self.override = override
    }

    /// The raw text of a scalar; nil for a mapping, list or alias.
    var text: String? {
        guard case .scalar(let text, _) = content else { return nil }
        return text
    }

    /// True for an empty plain scalar, `~` or `null`: a key written without a value.
    var isNull: Bool {
        guard case .scalar(let text, let isPlain) = content, isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The entries of a mapping; nil for anything else.
    var entries: [Entry]? {
        guard case .mapping(let entries) = content else { return nil }
        return entries
    }

    /// The value of `key` in a mapping; nil when the key is absent or this is not a mapping.
    func value(forKey key: String) -> SourceNode? {
        entries?.first { $0.key.text == key }?.value
    }

    /// The value of the `name` key of a mapping, as text; nil when there is none.
    var elementName: String? { value(forKey: "name")?.text }

    /// The `--set` arguments that concern this node: the one that put it here, then those that
    /// changed something below it.
    var overrideArguments: [String] {
        var arguments = override.map { [$0] } ?? []
        for argument in overridesBelow where !arguments.contains(argument) { arguments.append(argument) }
        return arguments
    }
}
