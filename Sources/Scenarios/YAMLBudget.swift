import Yams

/// The YAML reader's budgets (`ScenarioLimits`): a document's size in bytes, its nodes counted
/// as expanded (an alias counts as every node it stands for, so a "billion laughs" file of
/// 1 KB is refused, not expanded), its nesting depth and the size of each scalar. Yams shares
/// an alias's node instead of copying it, so composing is cheap; the walk here stops as soon
/// as a budget is spent, so checking is cheap too.
enum YAMLBudget {
    /// Why a document is over budget, and where.
    struct Exceeded: Error {
        let problem: String
        /// The 1-based position where the budget ran out (1:1 for the whole document).
        let line: Int
        let column: Int

        init(problem: String, mark: Mark?) {
            self.init(problem: problem, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }

        init(problem: String, line: Int, column: Int) {
            self.problem = problem
            self.line = line
            self.column = column
        }
    }

    static let tooManyNodes =
        "the document has more than \(ScenarioLimits.nodes) nodes, aliases counted as the nodes they repeat; expected a smaller document (an alias bomb?)"

    /// Checks the size of a document's text.
    static func check(bytes: Int) throws(Exceeded) {
        guard bytes <= ScenarioLimits.documentBytes else {
            throw Exceeded(problem: "the document has \(bytes) bytes; expected at most \(ScenarioLimits.documentBytes) (16 MiB)",
                           mark: nil)
        }
    }

    /// Checks a composed document: nodes (aliases expanded), depth and scalar sizes.
    static func check(_ root: Node) throws(Exceeded) {
        var nodes = 0
        try walk(root, depth: 1, nodes: &nodes)
    }

    private static func walk(_ node: Node, depth: Int, nodes: inout Int) throws(Exceeded) {
        nodes += 1
        guard nodes <= ScenarioLimits.nodes else {
            throw Exceeded(problem: tooManyNodes, mark: node.mark)
        }
        guard depth <= ScenarioLimits.depth else {
            throw Exceeded(problem: "lists and mappings nested more than \(ScenarioLimits.depth) deep; expected at most \(ScenarioLimits.depth) levels",
                           mark: node.mark)
        }
        switch node {
        case .scalar(let scalar):
            let bytes = scalar.string.utf8.count
            guard bytes <= ScenarioLimits.scalarBytes else {
                throw Exceeded(problem: "a value of \(bytes) bytes; expected at most \(ScenarioLimits.scalarBytes) bytes in one value",
                               mark: node.mark)
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                try walk(key, depth: depth + 1, nodes: &nodes)
                try walk(value, depth: depth + 1, nodes: &nodes)
            }
        case .sequence(let sequence):
            for element in sequence { try walk(element, depth: depth + 1, nodes: &nodes) }
        case .alias:
            return
        }
    }
}
