/// Reading lists (YAML sequences), each element with its own path `PATH[i]` and position.
extension YAMLValue {
    /// The elements of a list.
    func list(expected: String) throws(ScenarioError) -> [YAMLValue] {
        guard case .sequence(let sequence) = node.content else { throw unexpected(expected) }
        return sequence.enumerated().map { YAMLValue(node: $0.element, path: path(ofElement: $0.offset)) }
    }

    /// A list of exactly `count` numbers, each from 0 to `largest`; `expected` describes the
    /// list, `each` one of its numbers (the range is added to it).
    func nonNegativeNumbers(count: Int, largest: Double, expected: String, each: String) throws(ScenarioError) -> [Double] {
        let elements = try list(expected: expected)
        guard elements.count == count else {
            throw error("\(elements.count) values; expected \(expected)")
        }
        var values: [Double] = []
        for element in elements {
            values.append(try element.number(expected: "\(each), at most \(YAMLValue.shown(largest))",
                                             accept: { $0 >= 0 && $0 <= largest }))
        }
        return values
    }
}
