import WebcareModel

/// Reading how the team works (`Team`): `sites`, `regions`, `routing`, `concurrency`,
/// `shift_end` and `busy_days` here; shrinkage, the on-call officer and the starting backlog in
/// their own files. Every key is optional; without them the team is `Team()`.
extension ScenarioLoader {
    static let sitesExpected = "a list of site names, e.g. [emmen, assen]"
    /// A shift-end rule, also the syntax of a call-out's `in_hand`.
    static let workInHandExpected = "finish, hand_over or {rule: hand_over, work_done: kept or lost}"

    private static let regionsExpected = "a list of regions, each with name, share and site"
    private static let routingExpected = "pooled, separate or {policy: overflow, after_minutes: M}"
    private static let policyExpected = "one of pooled, separate, overflow"
    private static let afterMinutesExpected =
        "the minutes a message waits in its own site's queue before an officer of any site may take it, 0 to \(Int(ScenarioLimits.longestMinutes))"
    private static let concurrencyExpected = "a mapping with conversations and optionally throughput"
    private static let conversationsExpected = "a whole number of conversations one officer has in hand at once, 1 to \(ScenarioLimits.conversations)"
    private static let throughputExpected =
        "a total throughput > 0 (officer-minutes of handling done per minute), at most the conversations in hand"
    private static let ruleExpected = "finish or hand_over"
    private static let workDoneExpected =
        "kept (the next officer does only the rest) or lost (the next officer starts over)"

    /// The team: everything but the sites (read before the shifts, which refer to them) and the
    /// urgent threshold (read with the service level). `top` is the scenario's top level. Each
    /// section's first problem is logged in `log` (nil when there was one); the starting backlog
    /// is read only when `channels`, `kinds` and `run` were, since it refers to them.
    static func team(_ top: YAMLMapping, sites: [Site], urgentThresholdMinutes: Double, channels: [Channel]?,
                     kinds: [MessageKind]?, run: RunSettings?, log: ErrorLog) -> Team? {
        let regions = log.attempt { () throws(ScenarioError) -> [Region] in
            try self.regions(top.optional("regions"), sites: sites, sitesValue: top.optional("sites"))
        }
        let routing = log.attempt { () throws(ScenarioError) -> Routing in
            try self.routing(top.optional("routing"), hasRegions: top.optional("regions") != nil)
        }
        let concurrency = log.attempt { () throws(ScenarioError) -> Concurrency in try self.concurrency(top.optional("concurrency")) }
        let shiftEnd = log.attempt { () throws(ScenarioError) -> ShiftEndRule in
            try top.optional("shift_end").map { value throws(ScenarioError) in try workInHandRule(value) } ?? .finish
        }
        let shrinkage = log.attempt { () throws(ScenarioError) in try self.shrinkage(top.optional("shrinkage")) }
        let busyDaysCV = log.attempt { () throws(ScenarioError) -> Double? in try self.busyDaysCV(top.optional("busy_days")) }
        let onCall = log.attempt { () throws(ScenarioError) in try self.onCall(top.optional("on_call")) }
        guard let channels, let kinds, let run else { return nil }
        let backlog = log.attempt { () throws(ScenarioError) in
            try startingBacklog(top.optional("starting_backlog"), channels: channels, kinds: kinds, run: run)
        }
        guard let regions, let routing, let concurrency, let shiftEnd, let shrinkage, let busyDaysCV, let onCall, let backlog else {
            return nil
        }
        return shrinkage.applied(to: Team(sites: sites, regions: regions, routing: routing, concurrency: concurrency, shiftEnd: shiftEnd,
                                          urgentThresholdMinutes: urgentThresholdMinutes, busyDaysCV: busyDaysCV, onCall: onCall,
                                          startingBacklog: backlog))
    }

    /// The `sites` list (1 ... 64 unique names); absent: the one site of `Team()`, `team`.
    static func sites(_ value: YAMLValue?) throws(ScenarioError) -> [Site] {
        guard let value else { return Team().sites }
        let elements = try value.list(expected: sitesExpected)
        try checkCount(elements.count, of: value, noun: "sites", limit: ScenarioLimits.sites)
        var sites: [Site] = []
        var seen: [String: String] = [:]
        for element in elements {
            let name = try element.name(expected: "a site's name")
            if let first = seen[name] {
                throw element.error("\(YAMLValue.quoted(name)) is already the name of \(first); expected a unique site name")
            }
            seen[name] = element.path
            sites.append(Site(name: name))
        }
        return sites
    }

    /// The index of the site that `value` names. `sitesGiven` is false when the scenario lists
    /// no sites, so that the only site is `team`.
    static func siteIndex(_ value: YAMLValue, sites: [Site], sitesGiven: Bool) throws(ScenarioError) -> Int {
        let names = sites.map(\.name)
        let expected = sitesGiven
            ? "one of the sites: \(names.joined(separator: ", "))"
            : "\(names.joined(separator: ", ")), the one site of a scenario without sites"
        let name = try value.name(expected: expected)
        guard let index = names.firstIndex(of: name) else { throw value.notA("a site", expected: expected) }
        return index
    }

    /// The `regions` list: unique names, shares summing to 1, each routed to a site; absent: none,
    /// which is refused with two or more sites (every message would count at the first site).
    private static func regions(_ value: YAMLValue?, sites: [Site], sitesValue: YAMLValue?) throws(ScenarioError) -> [Region] {
        guard let value else {
            if let sitesValue, sites.count > 1 {
                let others = sites.dropFirst().map(\.name).joined(separator: ", ")
                throw sitesValue.keyError("\(sites.count) sites but no regions, so every message would count at \(sites[0].name) and none at \(others); expected regions, a list of {name, share, site} saying which share of the messages is for each site (or one site)")
            }
            return []
        }
        guard sitesValue != nil else {
            throw value.keyError("only allowed with sites; expected sites, a list of the sites the regions' messages go to")
        }
        let elements = try value.list(expected: regionsExpected)
        try checkCount(elements.count, of: value, noun: "regions", limit: ScenarioLimits.regions)
        var regions: [Region] = []
        var seen: [String: String] = [:]
        for element in elements {
            let mapping = try YAMLMapping(element, allowed: ["name", "share", "site"],
                                          expected: "a region: a mapping with name, share and site")
            let name = try uniqueName(in: mapping, seen: &seen, noun: "region")
            let shareExpected = "a share of all messages, > 0 and <= 1"
            let share = try mapping.required("share", expected: shareExpected)
                .number(expected: shareExpected, accept: { $0 > 0 && $0 <= 1 })
            let siteExpected = "the site its messages go to, one of \(sites.map(\.name).joined(separator: ", "))"
            let siteValue = try mapping.required("site", expected: siteExpected)
            let site = try siteIndex(siteValue, sites: sites, sitesGiven: true)
            regions.append(Region(name: name, share: share, site: site))
        }
        try checkSharesSumToOne(regions.map(\.share), of: value)
        return regions
    }

    /// `routing`: `pooled`, `separate` or `{policy: overflow, after_minutes: M}` (a mapping may
    /// also give `pooled` or `separate` as its policy); absent: pooled. Any but pooled needs regions.
    private static func routing(_ value: YAMLValue?, hasRegions: Bool) throws(ScenarioError) -> Routing {
        guard let value else { return .pooled }
        var mapping: YAMLMapping?
        var policyValue = value
        if value.node.entries != nil {
            let section = try YAMLMapping(value, allowed: ["policy", "after_minutes"], expected: routingExpected)
            policyValue = try section.required("policy", expected: policyExpected)
            mapping = section
        }
        let policy = try policyValue.text(expected: mapping == nil ? routingExpected : policyExpected)
        let routing: Routing
        switch policy {
        case "pooled", "separate":
            if let after = mapping?.optional("after_minutes") {
                throw after.keyError("only allowed with policy: overflow; expected \(routingExpected)")
            }
            routing = policy == "pooled" ? .pooled : .separate
        case "overflow":
            guard let mapping else {
                throw value.error("\"overflow\" needs after_minutes; expected {policy: overflow, after_minutes: M}, M \(afterMinutesExpected)")
            }
            let after = try mapping.required("after_minutes", expected: afterMinutesExpected)
                .number(expected: afterMinutesExpected, accept: { $0 >= 0 && $0 <= ScenarioLimits.longestMinutes })
            routing = .overflow(afterMinutes: after)
        default:
            throw policyValue.notA("a routing policy", expected: mapping == nil ? routingExpected : policyExpected)
        }
        guard routing == .pooled || hasRegions else {
            throw value.error("\(policy) needs regions to say which site each message goes to; expected pooled, or regions with a site each")
        }
        return routing
    }

    /// `concurrency`: conversations (default 1) and the throughput table (default 1, 2, …, k).
    private static func concurrency(_ value: YAMLValue?) throws(ScenarioError) -> Concurrency {
        guard let value else { return .single }
        let section = try YAMLMapping(value, allowed: ["conversations", "throughput"], expected: concurrencyExpected)
        let conversations = try section.optional("conversations")?
            .integer(expected: conversationsExpected, in: 1...ScenarioLimits.conversations) ?? 1
        guard let tableValue = section.optional("throughput") else {
            return Concurrency(conversations: conversations, throughput: (1...conversations).map(Double.init))
        }
        let tableExpected = conversations == 1
            ? "1 number, the throughput with 1 conversation in hand (conversations: 1)"
            : "\(conversations) numbers, the total throughput with 1 to \(conversations) conversations in hand (conversations: \(conversations))"
        let elements = try tableValue.list(expected: tableExpected)
        guard elements.count == conversations else {
            throw tableValue.error("\(elements.count) value\(elements.count == 1 ? "" : "s"); expected \(tableExpected)")
        }
        var table: [Double] = []
        for (index, element) in elements.enumerated() {
            let throughput = try element.number(expected: throughputExpected, accept: { $0 > 0 && (index == 0 || $0 <= Double(index + 1)) })
            if index == 0, throughput != 1 {
                throw element.unexpected("1: handling times are measured one conversation at a time, so one conversation in hand goes at full speed")
            }
            if let previous = table.last, throughput < previous {
                throw element.error("\(element.summary) is less than the throughput before it, \(elements[index - 1].summary); expected a non-decreasing table: more conversations in hand never get less done in total")
            }
            table.append(throughput)
        }
        return Concurrency(conversations: conversations, throughput: table)
    }

    /// What happens to work in hand (`shift_end`, a call-out's `in_hand`): `finish`, `hand_over`
    /// or `{rule: finish | hand_over, work_done: kept | lost}` (work_done with hand_over only,
    /// default kept).
    static func workInHandRule(_ value: YAMLValue) throws(ScenarioError) -> ShiftEndRule {
        var mapping: YAMLMapping?
        var ruleValue = value
        if value.node.entries != nil {
            let section = try YAMLMapping(value, allowed: ["rule", "work_done"], expected: workInHandExpected)
            ruleValue = try section.required("rule", expected: ruleExpected)
            mapping = section
        }
        let expected = mapping == nil ? workInHandExpected : ruleExpected
        let workDone = mapping?.optional("work_done")
        switch try ruleValue.text(expected: expected) {
        case "finish":
            if let workDone {
                throw workDone.keyError("only allowed with rule: hand_over (an officer who finishes hands nothing over); expected \(workInHandExpected)")
            }
            return .finish
        case "hand_over":
            guard let workDone else { return .handOver(keepWork: true) }
            switch try workDone.text(expected: workDoneExpected) {
            case "kept": return .handOver(keepWork: true)
            case "lost": return .handOver(keepWork: false)
            default: throw workDone.notA("kept or lost", expected: workDoneExpected)
            }
        default:
            throw ruleValue.notA("a rule for the work in hand", expected: expected)
        }
    }

    /// `busy_days: {cv: c}`: the coefficient of variation of the day-level rate multiplier
    /// (`ScenarioLimits.busyDaysCV`); absent: off.
    private static func busyDaysCV(_ value: YAMLValue?) throws(ScenarioError) -> Double? {
        guard let value else { return nil }
        let section = try YAMLMapping(value, allowed: ["cv"], expected: "a mapping with cv, e.g. {cv: 0.25}")
        let range = ScenarioLimits.busyDaysCV
        let expected = "the coefficient of variation of the day-level rate multiplier (gamma, mean 1), from \(range.lowerBound) to \(YAMLValue.shown(range.upperBound)); omit busy_days to turn it off"
        return try section.required("cv", expected: expected).number(expected: expected, accept: range.contains)
    }
}
