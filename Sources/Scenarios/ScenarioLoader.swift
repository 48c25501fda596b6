import WebcareModel

/// Reads a scenario file (YAML) into a validated `Scenario`. Every problem is a `ScenarioError`
/// at the line and column of the offending node, naming the field by its path. All times are in
/// minutes unless a key says otherwise.
///
/// Every number, list and name also has the bound of `ScenarioLimits` (the README's "Limits"
/// table), the YAML text the reader's budgets (`YAMLBudget`), and the whole run the work bounds of
/// `WorkEstimate.Limits` (`checkWork`); a value beyond one is an error at its position with the range.
///
/// The format (keys not listed here are errors):
/// - `name`: required text shown in every output. `description`: optional free text, ignored.
/// - `run`: required mapping. Exactly one of `horizon_weeks` / `horizon_days` (> 0; weeks count
///   7 days; at most 520 weeks); `warmup_days` (0 ... 365, default 0); `replications` (whole, 1 ... 100000);
///   `seed` (whole, >= 0, the master seed).
/// - `service_level.target_minutes`: required, > 0; a message is answered in time when its
///   wait is at most this. `service_level.urgent_threshold_minutes`: optional, > 0, default 15;
///   an urgent message that waits longer is late.
/// - `channels`: required list (1 ... 32, unique `name`s). Each gives its arrival rate in
///   exactly one form: `messages_per_hour` (flat, >= 0); `messages_per_day` (>= 0) with
///   `hour_shape` (24 weights >= 0, positive sum) and optional `weekday_factors` (7 numbers
///   >= 0, Monday first, default all 1), giving rate(day d, hour h) =
///   messages_per_day × weekday_factors[d] × hour_shape[h] / Σ hour_shape; or `hour_of_week`
///   (168 messages-per-hour values >= 0, Monday 00:00-01:00 first).
/// - `kinds`: required list (1 ... 255, unique `name`s). `share` in (0, 1], summing to 1 within
///   1e-6; `priority` (whole, >= 1, default 1; 1 is served first); `handling` (a distribution,
///   minutes); `patience` (optional distribution, minutes; absent = never abandons); `urgent`
///   (default false; an urgent kind goes before every kind that is not); `follow_up` (optional
///   `{probability: p, delay: D, handling: D}`: 0 <= p < 1, `delay` a distribution, `handling`
///   an optional distribution, default the kind's own).
/// - A distribution is a mapping: `{dist: exponential, mean: m}` (m > 0),
///   `{dist: lognormal, mean: m, sd: s}` (m > 0, s >= 0), `{dist: gamma, mean: m, sd: s}`
///   (m > 0, s > 0), `{dist: deterministic, value: v}` (v >= 0; v > 0 for handling),
///   `{dist: empirical, values: [...]}` (non-empty, each >= 0, positive mean).
/// - `shifts`: required list (unique `name`s). `days`: a list of mon ... sun (non-empty, no
///   repeats) or one of `daily`, `weekdays`, `weekend`; `start`: HH:MM, 00:00 ... 23:59;
///   `end`: HH:MM, 00:00 ... 24:00, where an end at or before the start runs past midnight and
///   00:00 means midnight (24:00); `officers`: whole, >= 0; `site`: a name in `sites`
///   (required with two or more sites; default the first site); `breaks`: optional list of
///   `{at: HH:MM, minutes: m}` (a fixed start) or `{between: [HH:MM, HH:MM], minutes: m}` (a
///   start drawn so that the break lies in the window, which is at least m long), m whole > 0.
///   In a shift past midnight a time before the shift's start is on the next day; every break
///   lies inside its shift.
/// - `service_level.target_share` (optional, in (0, 1]): the goal service_level >= share, judged
///   for the whole week and per hour. `goals` (optional): `urgent_late_per_week`, `wait_p90_min`
///   (at most, >= 0), `abandon_share` (at most, in [0, 1]) and `per_hour: all | open` (which
///   hours a per-hour goal counts; default all). See `ScenarioLoader+Goals`.
/// - Booleans are `true` or `false`.
/// - Whole-file checks: some shift has officers > 0; the channels bring some messages.
///
/// How the team works (`Team`); every key is optional, and without them the team is one pooled
/// site, one conversation at a time, `finish` at the end of a shift and nothing else:
/// - `sites`: a list of unique site names (1 ... 64); absent: one site named `team`.
/// - `regions`: a list (unique `name`s) of `{name, share, site}`: `share` in (0, 1], the shares
///   summing to 1 within 1e-6; `site` names a site. Only allowed with `sites`.
/// - `routing`: `pooled` (default: one queue for all), `separate` (a queue per site) or
///   `{policy: overflow, after_minutes: m}` (m >= 0: the own site first, any site after m
///   minutes; the mapping form may also give `policy: pooled` or `separate`). `separate` and
///   `overflow` need `regions`.
/// - `concurrency`: `conversations` (whole, 1 ... 16, default 1) and an optional `throughput`
///   table: k numbers > 0, the total throughput with 1 ... k conversations in hand, the first 1
///   (handling times are measured one conversation at a time), non-decreasing; default
///   1, 2, ..., k (no slowdown).
/// - `shift_end`: `finish` (default), `hand_over` or `{rule: hand_over, work_done: kept | lost}`
///   (default kept; `{rule: finish}` takes no work_done).
/// - `shrinkage`: optional `monitoring: {share: s, block_minutes: b}` (0 < s < 1, b > 0) and
///   `call_outs: {per_hour: r, duration: D, in_hand: R}` (r > 0, D a distribution, R the
///   syntax of `shift_end`, default finish).
/// - `busy_days: {cv: c}` (c > 0): a day-level gamma rate multiplier with mean 1; absent: off.
/// - `on_call`: `days`, `start`, `end` as for a shift; `delay` (a distribution);
///   `call_on_urgent` (default true); `backlog_threshold` (optional, whole >= 1); either
///   call_on_urgent is true or a backlog_threshold is given; `standby_cost` (0 ... 1, default
///   0.25): what a standby hour of the window costs as a fraction of a worked hour.
/// - `starting_backlog`: a list of `{channel, kind, count}` (a channel's and a kind's name;
///   count whole, 0 ... 1000000): messages waiting at Monday 00:00. A backlog with a positive
///   count needs `run.warmup_days` 0 (messages of the warm-up are never counted).
///
/// `base: other.yaml` at the top level starts the scenario from another file (a path relative
/// to this file) and changes only what differs; a base may have a base itself (a cycle is an
/// error). A scenario with a base needs its own `name`. The merge rule:
/// - Mappings merge key by key, recursively; where both give a key, the child's value wins.
/// - The named lists `channels`, `kinds`, `shifts` and `regions` merge by `name`: an element
///   whose name is in the base merges into that element key by key; a new name is added at the
///   end. Every other list (e.g. `days`, `hour_shape`, `sites`, `breaks`, `starting_backlog`)
///   and every other value is replaced whole.
/// - A distribution with another `dist` than the base's replaces it whole, and so does a
///   `shift_end` or `in_hand` with another `rule` and a `routing` with another `policy`; a
///   channel that gives another volume form than the base's (`messages_per_hour`,
///   `messages_per_day`, `hour_of_week`) drops the base's volume keys, `hour_shape` and
///   `weekday_factors` included.
/// The merged scenario is checked as a whole, so a base need not be complete by itself. An error
/// in a value from a base names the base file and the value's position there; an error in a value
/// from the child, or in a list or mapping the child changed, points into the child. A base that
/// cannot be read is an error at the `base:` value.
///
/// Overrides (`ScenarioOverride`, `--set PATH=VALUE`) apply after the merge, in order, and the
/// scenario is then checked as usual. An error in a value that an override set is reported at
/// the position of the field it replaced (or of the mapping it was added to), in the file that
/// field came from, with the argument before the usual message:
/// `FILE:LINE:COLUMN: --set PATH=VALUE: field: problem`.
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
    /// applies `overrides` in order; errors name the file as `file`.
    public static func parse(yaml: String, file: String, overrides: [ScenarioOverride] = []) throws(ScenarioError) -> Scenario {
        var tree = try tree(yaml: yaml, file: file)
        for override in overrides { try override.apply(to: &tree) }
        let top = try YAMLMapping(YAMLValue(node: tree, path: ""), allowed: topKeys, expected: "a mapping")
        let name = try top.required("name", expected: "the scenario's name").name(expected: "the scenario's name")
        if let description = top.optional("description"), !description.isNull {
            _ = try description.text(expected: "free text describing the scenario")
        }
        let run = try runSettings(top.required("run", expected: runExpected))
        let serviceLevel = try serviceLevel(top.required("service_level", expected: serviceLevelExpected))
        let channels = try channels(top.required("channels", expected: channelsExpected))
        let kinds = try kinds(top.required("kinds", expected: kindsExpected))
        let sitesValue = top.optional("sites")
        let sites = try sites(sitesValue)
        let roster = try roster(top.required("shifts", expected: shiftsExpected), sites: sites, sitesGiven: sitesValue != nil)
        let team = try team(top, sites: sites, urgentThresholdMinutes: serviceLevel.urgentThreshold, channels: channels,
                            kinds: kinds, run: run)
        var scenario = Scenario(name: name, channels: channels, kinds: kinds, roster: roster,
                                serviceLevelTargetMinutes: serviceLevel.target, run: run, team: team)
        scenario.goals = try goals(top.optional("goals"), targetShare: serviceLevel.targetShare)
        try checkWork(of: scenario, top: top)
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

    /// The `service_level` section: the target and the urgent threshold (default 15), in minutes,
    /// and the optional target share (a goal).
    private static func serviceLevel(_ value: YAMLValue) throws(ScenarioError)
        -> (target: Double, urgentThreshold: Double, targetShare: Double?) {
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
