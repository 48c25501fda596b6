/// The check for a decimal comma in a list: YAML reads `[1,5, 2]` as the three numbers 1, 5 and
/// 2, so a planner who writes 1,5 for one and a half gets a list with one value too many and a
/// wrong value, silently when the list's length is free.
///
/// The rule: two neighbouring elements of a list that are both plain whole numbers as written
/// (digits, the first with an optional sign) and stand on the same line with only a comma
/// between them (`1,5`: no space) are refused, naming the first: "use a decimal point"
/// (`1,5,3` once, at its 1). A
/// comma followed by a space (`[1, 5]`), a decimal point on the left (`[1.5,2]`), quoted
/// values and lists written one element a line are never refused. So a list of whole numbers
/// written without spaces (`[1,1,1]`) is refused too: the text alone cannot tell it from
/// decimal commas, and a space after each comma settles it.
///
/// The positions come from the nodes' marks (the start of each element), so the check needs no
/// source text: the comma lies directly between the two numbers exactly when the second starts
/// one column after the end of the first. Elements that a `--set` put into the tree all take
/// one position and are never compared; `ScenarioOverride.parse` checks its VALUE itself.
enum DecimalComma {
    /// Every decimal comma below `node`, whose path in the scenario is `path`, in file order.
    static func errors(in node: SourceNode, path: String) -> [ScenarioError] {
        switch node.content {
        case .mapping(let entries):
            return entries.flatMap { entry in
                let key = entry.key.text ?? ""
                return errors(in: entry.value, path: path.isEmpty ? key : "\(path).\(key)")
            }
        case .sequence(let elements):
            var found: [ScenarioError] = []
            var flagged = -2
            for (index, pair) in zip(elements, elements.dropFirst()).enumerated()
            where index > flagged + 1 && isDecimalComma(pair.0, pair.1) {
                flagged = index
                let written = "\(pair.0.text ?? ""),\(pair.1.text ?? "")"
                let problem = "\(written) is read as two numbers, \(pair.0.text ?? "") and \(pair.1.text ?? ""); use a decimal point (\(pair.0.text ?? "").\(pair.1.text ?? "")), or a comma and a space between two numbers (\(pair.0.text ?? ""), \(pair.1.text ?? ""))"
                found.append(YAMLValue.error(at: pair.0, path: "\(path)[\(index)]", problem: problem))
            }
            return found + elements.enumerated().flatMap { errors(in: $0.element, path: "\(path)[\($0.offset)]") }
        case .scalar, .alias:
            return []
        }
    }

    /// True when `first` and `second` are plain whole numbers in the same file, on one line,
    /// with nothing but one character (the comma) between them.
    private static func isDecimalComma(_ first: SourceNode, _ second: SourceNode) -> Bool {
        guard first.override == nil, second.override == nil, first.file == second.file,
              case .scalar(let left, true) = first.content, case .scalar(let right, true) = second.content,
              isWholeNumber(left, signed: true), isWholeNumber(right, signed: false),
              let a = first.mark, let b = second.mark else { return false }
        return a.line == b.line && b.column == a.column + left.count + 1
    }

    private static func isWholeNumber(_ text: String, signed: Bool) -> Bool {
        var digits = Substring(text)
        if signed, digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
