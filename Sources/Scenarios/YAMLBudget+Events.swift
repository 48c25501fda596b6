import CYaml

/// The alias budget checked on libyaml's events, before Yams composes anything: Yams shares an
/// alias's node, but its check for duplicate mapping keys hashes every key in full, so one
/// alias of a huge node used as a key costs seconds inside `compose`. Here each anchor's size
/// is counted when its node ends and each alias adds that size, so the document's nodes are
/// counted as expanded in one pass over the text. A document libyaml cannot parse is left for
/// Yams to report.
extension YAMLBudget {
    /// One list or mapping being read: its nodes so far and its anchor.
    private struct Open {
        var nodes: Int
        let anchor: String?
    }

    /// Refuses a document whose nodes, aliases expanded, exceed `ScenarioLimits.nodes`.
    static func checkEvents(_ yaml: String) throws(Exceeded) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer throws(Exceeded) in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var sizes: [String: Int] = [:]
            var open: [Open] = []
            var expanded = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                defer { yaml_event_delete(&event) }
                var nodes = 0
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_SCALAR_EVENT:
                    nodes = 1
                    if let anchor = event.data.scalar.anchor { sizes[String(cString: anchor)] = 1 }
                case YAML_ALIAS_EVENT:
                    nodes = event.data.alias.anchor.flatMap { sizes[String(cString: $0)] } ?? 1
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT
                        ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    expanded += 1
                    open.append(Open(nodes: 1, anchor: anchor.map { String(cString: $0) }))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { return }
                    if let anchor = closed.anchor { sizes[anchor] = closed.nodes }
                    if !open.isEmpty { open[open.count - 1].nodes += closed.nodes }
                default:
                    break
                }
                expanded = min(expanded + nodes, ScenarioLimits.nodes + 1)
                if nodes > 0, !open.isEmpty { open[open.count - 1].nodes = min(open[open.count - 1].nodes + nodes, ScenarioLimits.nodes + 1) }
                guard expanded <= ScenarioLimits.nodes else {
                    throw Exceeded(problem: tooManyNodes, line: Int(event.start_mark.line) + 1,
                                   column: Int(event.start_mark.column) + 1)
                }
            }
        }
    }
}
