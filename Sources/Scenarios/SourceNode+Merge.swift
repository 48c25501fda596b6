/// Laying a scenario over its `base`: the merge rule of `ScenarioLoader`.
///
/// - Mappings merge key by key, recursively; where both give a key, the child's value wins.
///   The result keeps the base's key order, with the child's new keys after.
/// - The named lists at the top level (`channels`, `kinds`, `shifts`, `regions`) merge by `name`: an
///   element whose name is in the base merges into that element (key by key), an element with
///   a new name is added at the end. Every other list, and every other value, is replaced whole.
/// - Switching form replaces rather than merges: a distribution with another `dist` than the
///   base's replaces it whole, as does a mapping with another `rule` (`shift_end`, `in_hand`)
///   or `policy` (`routing`); a channel that gives another volume form (`messages_per_hour`,
///   `messages_per_day` or `hour_of_week`) than the base's drops the base's volume keys
///   (including `hour_shape` and `weekday_factors`).
///
/// - A key whose value the child leaves empty (`null`, `~` or nothing after the colon) is
///   removed: the merged mapping does not have it, whatever the base gives (`on_call: null`
///   drops the base's on-call officer; `patience: null` in a kind makes it never abandon).
///
/// Merged mappings and lists take the child's position, so a check on a whole list points into
/// the child; every value that comes from the base keeps its place in the base file.
extension SourceNode {
    private static let namedLists: Set<String> = ["channels", "kinds", "shifts", "regions"]
    /// The keys that say which form a mapping has: another value than the base's replaces it whole.
    private static let formKeys = ["dist", "rule", "policy"]
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
                used.insert(key)
                if mine.value.isNull { continue }
                let named = isTopLevel && SourceNode.namedLists.contains(key)
                result.append(Entry(key: mine.key, value: mine.value.mergedValue(over: entry.value, named: named)))
            } else if !dropped.contains(key) {
                result.append(entry)
            }
        }
        result += own.filter { entry in entry.key.text.map { !used.contains($0) && !entry.value.isNull } ?? true }
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

    /// True when this mapping has another form than `base`: another `dist` (a distribution),
    /// `rule` (a shift-end rule) or `policy` (routing).
    private func replacesWhole(_ base: SourceNode) -> Bool {
        SourceNode.formKeys.contains { key in
            guard let form = value(forKey: key)?.text, let baseForm = base.value(forKey: key)?.text else { return false }
            return form != baseForm
        }
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
