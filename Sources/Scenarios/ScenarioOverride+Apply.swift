/// Applying a `--set PATH=VALUE` override to a scenario's tree (after any `base` is merged).
extension ScenarioOverride {
    /// The top-level lists whose elements are named, and what one element is called.
    private static let namedLists = ["channels": "channel", "kinds": "kind", "shifts": "shift", "regions": "region"]

    /// Replaces the node at `path` in `root` by VALUE, or adds it when the last segment is a key
    /// the mapping does not have; a key missing on the way is added as a mapping that holds the
    /// rest of the path (`--set concurrency.conversations=2` on a file without `concurrency`
    /// gives `concurrency: {conversations: 2}`, which the loader then checks like any section
    /// written in the file, defaults and required keys included); a new volume form for a channel (e.g. `messages_per_hour` where
    /// the file has `messages_per_day`) replaces the old one with its `hour_shape` and
    /// `weekday_factors`, as in a merge with a base. A VALUE of `null` (or `~`, or nothing)
    /// removes the key at PATH from its mapping, as `key: null` does in a file with a base; the
    /// scenario is then checked without it (a required key is then missing); removing what is not
    /// there changes nothing. A path that leads nowhere is an error at the last node reached: `--set PATH=VALUE: shifts.lat: no shift named "lat"; the shifts are late, early`.
    func apply(to root: inout SourceNode) throws(ScenarioError) {
        guard path.first != "base" else {
            throw failure(at: root, "base",
                          "cannot be changed with --set; expected a field of the scenario, e.g. shifts.late.officers")
        }
        root = try replacing(below: root, depth: 0, place: root)
    }

    /// `node` with the part of `path` from `depth` on replaced; `place` is the node that names
    /// `node` in the file (its key, or itself), where an error about `node` points.
    private func replacing(below node: SourceNode, depth: Int, place: SourceNode) throws(ScenarioError) -> SourceNode {
        guard depth < path.count else { return valueNode(file: node.file, mark: node.mark) }
        let segment = path[depth]
        let walked = path[...depth].joined(separator: ".")
        var changed = node
        switch node.content {
        case .mapping(var entries):
            if depth == path.count - 1, removesKey {
                if let index = entries.firstIndex(where: { $0.key.text == segment }) {
                    changed.removedKeys[segment] = SourceNode.Removal(argument: argument, key: entries[index].key)
                    entries.remove(at: index)
                }
            } else if let index = entries.firstIndex(where: { $0.key.text == segment }) {
                entries[index].value = try replacing(below: entries[index].value, depth: depth + 1, place: entries[index].key)
            } else if depth == path.count - 1 {
                let replaced = node.keysReplaced(byAdding: [segment])
                entries.removeAll { $0.key.text.map(replaced.contains) ?? false }
                let key = SourceNode(plain: segment, file: node.file, mark: node.mark, override: argument)
                entries.append(SourceNode.Entry(key: key, value: valueNode(file: node.file, mark: node.mark)))
            } else if removesKey {
                return node
            } else {
                let key = SourceNode(plain: segment, file: node.file, mark: node.mark, override: argument)
                let section = SourceNode(emptyMappingFor: argument, file: node.file, mark: node.mark)
                entries.append(SourceNode.Entry(key: key, value: try replacing(below: section, depth: depth + 1, place: key)))
            }
            changed.content = .mapping(entries)
        case .sequence(var elements):
            guard let index = elementIndex(segment, in: elements) else {
                throw failure(at: place, walked, missingElement(segment, in: elements, list: depth > 0 ? path[depth - 1] : ""))
            }
            elements[index] = try replacing(below: elements[index], depth: depth + 1, place: elements[index])
            changed.content = .sequence(elements)
        case .scalar, .alias:
            let summary = YAMLValue(node: node, path: "").summary
            throw failure(at: place, path[..<depth].joined(separator: "."),
                          "\(summary) is a single value, not a mapping or a list; there is no \(YAMLValue.quoted(segment)) in it")
        }
        changed.overridesBelow.append(argument)
        return changed
    }

    /// True when VALUE is empty, `null` or `~`: the override removes the key at PATH.
    private var removesKey: Bool {
        valueNode(file: "", mark: nil).isNull
    }

    /// The element of a list that `segment` names: by its `name` first, else by 0-based index.
    private func elementIndex(_ segment: String, in elements: [SourceNode]) -> Int? {
        if let index = elements.firstIndex(where: { $0.elementName == segment }) { return index }
        guard let index = Int(segment), elements.indices.contains(index) else { return nil }
        return index
    }

    /// Why `segment` names no element of the list under the key `list`.
    private func missingElement(_ segment: String, in elements: [SourceNode], list: String) -> String {
        let names = elements.compactMap(\.elementName)
        let indexes = elements.isEmpty ? "the list is empty" : "the indexes are 0 to \(elements.count - 1)"
        if Int(segment) == nil, !names.isEmpty {
            let noun = ScenarioOverride.namedLists[list]
            let plural = noun == nil ? "names" : list
            return "no \(noun ?? "element") named \(YAMLValue.quoted(segment)); the \(plural) are \(names.joined(separator: ", "))"
        }
        if Int(segment) == nil { return "\(YAMLValue.quoted(segment)) is not an index; \(indexes)" }
        return "there is no element \(segment); \(indexes)"
    }

    /// The error `--set PATH=VALUE: walked: problem` at `place`.
    private func failure(at place: SourceNode, _ walked: String, _ problem: String) -> ScenarioError {
        YAMLValue.error(file: place.file, at: place.mark, overrides: [argument], path: walked, problem: problem)
    }
}
