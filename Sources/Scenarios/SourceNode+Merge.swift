/// Laying a scenario over its `base`: the merge rule of `ScenarioLoader`.
///
/// - Mappings merge key by key, recursively; where both give a key, the child's value wins.
///   The result keeps the base's key order, with the child's new keys after.
/// - The named lists at the top level (`channels`, `kinds`, `shifts`) merge by `name`: an
///   element whose name is in the base merges into that element (key by key), an element with
///   a new name is added at the end. Every other list, and every other value, is replaced whole.
/// - Switching form replaces rather than merges: a distribution with another `dist` than the
///   base's replaces it whole, and a channel that gives another volume form (`messages_per_hour`,
///   `messages_per_day` or `hour_of_week`) than the base's drops the base's volume keys
///   (including `hour_shape` and `weekday_factors`).
///
/// Merged mappings and lists take the child's position, so a check on a whole list points into
/// the child; every value that comes from the base keeps its place in the base file.
extension SourceNode {
    private static let namedLists: Set<String> = ["channels", "kinds", "shifts"]
    private static let volumeForms: Set<String> = ["messages_per_hour", "messages_per_day", "hour_of_week"]
    private static let volumeKeys = volumeForms.union(["hour_shape", "weekday_factors"])

    /// This scenario's top-level mapping laid over `base`'s.
    func merged(over base: SourceNode) -> SourceNode {
        mergedMapping(over: base, isTopLevel: true)
    }

    /// This mapping laid over the mapping `base`; this node itself when either is not a mapping.
    private func mergedMapping(over base: SourceNode, isTopLevel: Bool) -> SourceNode {
        guard let own = entries, let inherited = base.entries, !replacesWhole(base) else { return self }
        let dropped = droppedKeys(from: base)
        var result: [Entry] = []
        var used: Set<String> = []
        for entry in inherited {
            guard let key = entry.key.text else {
                result.append(entry)
                continue
            }
            if let mine = own.first(where: { $0.key.text == key }) {
                let named = isTopLevel && SourceNode.namedLists.contains(key)
                result.append(Entry(key: mine.key, value: mine.value.mergedValue(over: entry.value, named: named)))
                used.insert(key)
            } else if !dropped.contains(key) {
                result.append(entry)
            }
        }
        result += own.filter { entry in entry.key.text.map { !used.contains($0) } ?? true }
        var merged = self
        merged.content = .mapping(result)
        return merged
    }

    /// This value laid over `base`'s value for the same key; `named` for a top-level named list.
    private func mergedValue(over base: SourceNode, named: Bool) -> SourceNode {
        switch (content, base.content) {
        case (.mapping, .mapping):
            return mergedMapping(over: base, isTopLevel: false)
        case (.sequence(let own), .sequence(let inherited)) where named:
            var result = inherited
            var matched: Set<Int> = []
            for element in own {
                let match = element.elementName.flatMap { name in
                    inherited.indices.first { !matched.contains($0) && inherited[$0].elementName == name }
                }
                if let index = match {
                    matched.insert(index)
                    result[index] = element.mergedMapping(over: inherited[index], isTopLevel: false)
                } else {
                    result.append(element)
                }
            }
            var merged = self
            merged.content = .sequence(result)
            return merged
        default:
            return self
        }
    }

    /// True when this mapping is a distribution with another `dist` than `base`.
    private func replacesWhole(_ base: SourceNode) -> Bool {
        guard let dist = value(forKey: "dist")?.text, let baseDist = base.value(forKey: "dist")?.text else { return false }
        return dist != baseDist
    }

    /// The keys of `base` left out because this mapping switches to another volume form.
    private func droppedKeys(from base: SourceNode) -> Set<String> {
        base.keysReplaced(byAdding: Set((entries ?? []).compactMap(\.key.text)))
    }

    /// The keys of this mapping that giving `keys` replaces: all its volume keys (a channel's
    /// `messages_per_hour`, `messages_per_day`, `hour_of_week`, `hour_shape`, `weekday_factors`)
    /// when `keys` has a volume form this mapping lacks and it has another; none otherwise.
    func keysReplaced(byAdding keys: Set<String>) -> Set<String> {
        let ownForms = Set((entries ?? []).compactMap(\.key.text)).intersection(SourceNode.volumeForms)
        let newForms = keys.intersection(SourceNode.volumeForms)
        return ownForms.isEmpty || newForms.isSubset(of: ownForms) ? [] : SourceNode.volumeKeys
    }
}
