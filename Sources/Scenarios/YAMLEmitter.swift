/// Writes a scenario's YAML tree back as block-style YAML that the loader reads to the same
/// values: mappings and lists of mappings in block style, lists of simple scalars in flow
/// style (`[mon, tue]`), plain scalars as they were written and quoted ones double-quoted.
enum YAMLEmitter {
    /// The lines of `node` as the value of a key at `indent` spaces (a scalar or flow list on
    /// the key's line, a block on the lines below).
    static func value(_ node: SourceNode, indent: Int) -> String {
        switch node.content {
        case .scalar(let text, let isPlain):
            return " " + scalar(text, isPlain: isPlain) + "\n"
        case .alias:
            return " null\n"
        case .sequence(let elements):
            if let flow = flowList(elements) { return " " + flow + "\n" }
            return "\n" + block(elements, indent: indent)
        case .mapping(let entries):
            if entries.isEmpty { return " {}\n" }
            return "\n" + mapping(entries, indent: indent + 2)
        }
    }

    /// A mapping's entries at `indent` spaces.
    static func mapping(_ entries: [SourceNode.Entry], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return entries.map { entry in "\(pad)\(entry.key.text ?? ""):" + value(entry.value, indent: indent) }.joined()
    }

    /// A block list at `indent` spaces: `- ` then the element.
    static func block(_ elements: [SourceNode], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return elements.map { element in
            switch element.content {
            case .mapping(let entries) where !entries.isEmpty:
                let body = mapping(entries, indent: indent + 2)
                return pad + "- " + body.dropFirst(indent + 2)
            default:
                return pad + "-" + value(element, indent: indent + 2)
            }
        }.joined()
    }

    /// `[a, b, c]` when every element is a quoted scalar or a plain one of letters, digits and
    /// `._+-:` (which need no quotes inside brackets); nil otherwise.
    static func flowList(_ elements: [SourceNode]) -> String? {
        var texts: [String] = []
        for element in elements {
            guard case .scalar(let text, let isPlain) = element.content else { return nil }
            if isPlain && (text.isEmpty || !text.allSatisfy({ $0.isLetter || $0.isNumber || "._+-:".contains($0) })) {
                return nil
            }
            texts.append(scalar(text, isPlain: isPlain))
        }
        return "[" + texts.joined(separator: ", ") + "]"
    }

    /// A scalar: as written when plain, else double-quoted with `\` and `"` escaped.
    static func scalar(_ text: String, isPlain: Bool) -> String {
        if isPlain { return text }
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
