import WebcareModel

/// Reads a scenario file (YAML) into a validated `Scenario`. Every problem is a `ScenarioError`
/// at the line and column of the offending node, naming the field by its path. All times are in
/// minutes unless a key says otherwise.
///
/// Every number, list and name also has the bound of `ScenarioLimits` (the README's "Limits"
/// table), the YAML text the reader's budgets (`YAMLBudget`), and the whole run the work bounds of
/// `WorkEstimate.Limits` (`checkWork`); a value beyond one is an error at its position with the range.
///
/// The format, key by key, is documented in one place, for planners: the README's sections "The
/// scenario file, field by field" (with "How the team works"), "Start from another scenario"
/// (`base:`, `ScenarioLoader+Base`, `SourceNode+Merge`), "Try a variation without editing a file" (`--set`,
/// `ScenarioOverride`, applied after the merge; an error in a value an override set is reported
/// at the field it replaced, as `FILE:LINE:COLUMN: --set PATH=VALUE: field: problem`) and
/// "Limits". Keys not listed there are errors.
public enum ScenarioLoader {
    /// Reads and parses the scenario file at `path`, then applies `overrides` in order; errors
    /// name the file as `path` (or a base file by its path relative to the directory `path` is in).
    public static func load(path: String, overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        let text: String
        do {
            text = try contents(ofFile: path)
        } catch {
            throw ScenarioError(file: path, line: 1, column: 1, message: "cannot read the file: \(error.reason)")
        }
        return try parse(yaml: text, file: path, overrides: overrides)
    }

    /// Parses scenario YAML, merging any `base` (a path relative to `file`'s directory), then
    /// applies `overrides` in order; errors name the file as `file`. The error thrown is the
    /// first of `problems`.
    public static func parse(yaml: String, file: String, overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        let log = ErrorLog()
        if let scenario = read(yaml: yaml, file: file, overrides: overrides, log: log) { return scenario }
        throw log.errors.first ?? ScenarioError(file: file, line: 1, column: 1, message: "the scenario could not be read")
    }

    /// Every independent problem of the scenario file at `path` with `overrides`, in the order
    /// found (the first is the one `load` throws); empty when it loads. A file that cannot be
    /// read or is not YAML, a bad `base` chain and decimal commas (`DecimalComma`, which change
    /// the length of lists) are reported alone, since nothing after them can be trusted. Then
    /// each unknown top-level key, each section (`run`, `service_level`, ...) and each element
    /// of `channels`, `kinds` and `shifts` gives at most one error, its first; a whole-list
    /// check (shares that sum to 1, some officer on duty) only runs when the list's elements
    /// are good, the shifts only when the `sites` are, the `starting_backlog` only when the
    /// channels, kinds and `run` are, the `goals` only when the `service_level` is, and the
    /// work bound of the whole run only when everything else is good.
    public static func problems(path: String, overrides: [ScenarioOverride] = []) -> [ScenarioError] {
        let text: String
        do {
            text = try contents(ofFile: path)
        } catch {
            return [ScenarioError(file: path, line: 1, column: 1, message: "cannot read the file: \(error.reason)")]
        }
        let log = ErrorLog()
        _ = read(yaml: text, file: path, overrides: overrides, log: log)
        return log.errors
    }

    /// The scenario in `yaml`, or nil after logging every independent problem in `log`.
    private static func read(yaml: String, file: String, overrides: [ScenarioOverride], log: ErrorLog) -> Scenario? {
        guard let tree = log.attempt({ () throws(ScenarioError) -> SourceNode in
            var tree = try tree(yaml: yaml, file: file)
            for override in overrides { try override.apply(to: &tree) }
            return tree
        }) else { return nil }
        let commas = DecimalComma.errors(in: tree, path: "")
        guard commas.isEmpty else {
            commas.forEach(log.record)
            return nil
        }
        guard let top = log.attempt({ () throws(ScenarioError) -> YAMLMapping in
            try YAMLMapping(YAMLValue(node: tree, path: ""), allowed: topKeys, expected: "a mapping", unknownKeysTo: log)
        }) else { return nil }
        let name = log.attempt { () throws(ScenarioError) -> String in
            try top.required("name", expected: "the scenario's name").name(expected: "the scenario's name")
        }
        var description: String?
        if let value = top.optional("description"), !value.isNull {
            description = log.attempt { () throws(ScenarioError) -> String in try value.text(expected: "free text describing the scenario") }
        }
        let run = log.attempt { () throws(ScenarioError) -> RunSettings in try runSettings(top.required("run", expected: runExpected)) }
        let serviceLevel = log.attempt { () throws(ScenarioError) -> ServiceLevel in
            try self.serviceLevel(top.required("service_level", expected: serviceLevelExpected))
        }
        let channels = log.attempt { () throws(ScenarioError) -> YAMLValue in try top.required("channels", expected: channelsExpected) }
            .flatMap { self.channels($0, log: log) }
        let kinds = log.attempt { () throws(ScenarioError) -> YAMLValue in try top.required("kinds", expected: kindsExpected) }
            .flatMap { self.kinds($0, log: log) }
        let sitesValue = top.optional("sites")
        let sites = log.attempt { () throws(ScenarioError) -> [Site] in try self.sites(sitesValue) }
        let roster = sites.flatMap { sites in
            log.attempt { () throws(ScenarioError) -> YAMLValue in try top.required("shifts", expected: shiftsExpected) }
                .flatMap { self.roster($0, sites: sites, sitesGiven: sitesValue != nil, log: log) }
        }
        let team = sites.flatMap { sites in
            self.team(top, sites: sites, urgentThresholdMinutes: serviceLevel?.urgentThreshold ?? Team().urgentThresholdMinutes,
                 channels: channels, kinds: kinds, run: run, log: log)
        }
        let goals = serviceLevel.flatMap { serviceLevel in
            log.attempt { () throws(ScenarioError) -> Goals in try self.goals(top.optional("goals"), targetShare: serviceLevel.targetShare) }
        }
        guard log.isEmpty, let name, let run, let serviceLevel, let channels, let kinds, let roster, let team, let goals else {
            return nil
        }
        var scenario = Scenario(name: name, channels: channels, kinds: kinds, roster: roster,
                                serviceLevelTargetMinutes: serviceLevel.target, run: run, team: team)
        scenario.description = description
        scenario.goals = goals
        guard log.attempt({ () throws(ScenarioError) in try checkWork(of: scenario, top: top) }) != nil else { return nil }
        return scenario
    }

    /// The keys of the top level.
    private static let topKeys = ["name", "description", "base", "run", "service_level", "channels", "kinds", "shifts",
                                  "sites", "regions", "routing", "concurrency", "shift_end", "shrinkage", "busy_days",
                                  "on_call", "starting_backlog", "goals"]
    private static let serviceLevelExpected =
        "a mapping with target_minutes and optionally target_share and urgent_threshold_minutes"

    static let runKeys = ["horizon_weeks", "horizon_days", "warmup_days", "replications", "seed"]
    static let runExpected =
        "a mapping with horizon_weeks or horizon_days, warmup_days, replications and seed"

    /// The `run` section.
    private static func runSettings(_ value: YAMLValue) throws(ScenarioError) -> RunSettings {
        let run = try YAMLMapping(value, allowed: runKeys, expected: runExpected)
        let horizon = try run.exactlyOne(of: ["horizon_weeks", "horizon_days"],
                                         expected: "exactly one of horizon_weeks, horizon_days")
        let horizonDays: Double
        let maxWeeks = ScenarioLimits.horizonDays / 7
        if horizon.key == "horizon_weeks" {
            horizonDays = try 7 * horizon.value.number(expected: "a number of weeks > 0 and at most \(Int(maxWeeks))",
                                                       accept: { $0 > 0 && $0 <= maxWeeks })
        } else {
            horizonDays = try horizon.value.number(expected: "a number of days > 0 and at most \(Int(ScenarioLimits.horizonDays))",
                                                   accept: { $0 > 0 && $0 <= ScenarioLimits.horizonDays })
        }
        let warmupExpected = "a number of days >= 0 and at most \(Int(ScenarioLimits.warmupDays))"
        let warmupDays = try run.optional("warmup_days")?
            .number(expected: warmupExpected, accept: { $0 >= 0 && $0 <= ScenarioLimits.warmupDays }) ?? 0
        let replicationsExpected = "a whole number of replications between 1 and \(ScenarioLimits.replications)"
        let replications = try run.required("replications", expected: replicationsExpected)
            .integer(expected: replicationsExpected, in: 1...ScenarioLimits.replications)
        let seedExpected = "a whole number >= 0 (at most 18446744073709551615)"
        let seed = try run.required("seed", expected: seedExpected).unsigned(expected: seedExpected)
        return RunSettings(horizonDays: horizonDays, warmupDays: warmupDays, replications: replications, seed: seed)
    }

    /// The `service_level` section, in minutes: the target, the urgent threshold and the
    /// optional target share (a goal).
    private typealias ServiceLevel = (target: Double, urgentThreshold: Double, targetShare: Double?)

    /// The `service_level` section: the target and the urgent threshold (default 15), in minutes,
    /// and the optional target share (a goal).
    private static func serviceLevel(_ value: YAMLValue) throws(ScenarioError) -> ServiceLevel {
        let section = try YAMLMapping(value, allowed: ["target_minutes", "target_share", "urgent_threshold_minutes"],
                                      expected: serviceLevelExpected)
        let longest = ScenarioLimits.longestMinutes
        let expected = "a number of minutes > 0 and at most \(Int(longest))"
        let target = try section.required("target_minutes", expected: expected)
            .number(expected: expected, accept: { $0 > 0 && $0 <= longest })
        let thresholdExpected = "a number of minutes > 0 and at most \(Int(longest)): an urgent message that waits longer is late"
        let threshold = try section.optional("urgent_threshold_minutes")?
            .number(expected: thresholdExpected, accept: { $0 > 0 && $0 <= longest }) ?? Team().urgentThresholdMinutes
        let shareExpected = "a share between 0 and 1 (exclusive of 0): the service level aimed at"
        let share = try section.optional("target_share")?.number(expected: shareExpected, accept: { $0 > 0 && $0 <= 1 })
        return (target, threshold, share)
    }

    /// Checks that a list has 1 ... `limit` entries; `noun` names them in the plural.
    static func checkCount(_ count: Int, of list: YAMLValue, noun: String, limit: Int) throws(ScenarioError) {
        guard count >= 1 else { throw list.error("an empty list; expected 1 to \(limit) \(noun)") }
        guard count <= limit else { throw list.error("\(count) \(noun); expected at most \(limit)") }
    }

    /// Checks that the `shares` read from `list` sum to 1 within 1e-6 (an error at the list's key).
    static func checkSharesSumToOne(_ shares: [Double], of list: YAMLValue) throws(ScenarioError) {
        let sum = shares.reduce(0, +)
        guard abs(sum - 1) <= 1e-6 else {
            let shown = (sum * 1e9).rounded() / 1e9
            throw list.sectionError("the shares sum to \(shown); expected shares that sum to 1 (within 1e-6)")
        }
    }

    /// The required `name` of a list entry, which must differ from the names in `seen` (name →
    /// path of its entry); records it there. `noun` says what is named, e.g. `channel`.
    static func uniqueName(in entry: YAMLMapping, seen: inout [String: String], noun: String) throws(ScenarioError) -> String {
        let expected = "the \(noun)'s name"
        let value = try entry.required("name", expected: expected)
        let name = try value.name(expected: expected)
        if let first = seen[name] {
            throw value.error("\(YAMLValue.quoted(name)) is already the name of \(first); expected a unique \(noun) name")
        }
        seen[name] = entry.value.path
        return name
    }
}
