import Foundation
import WebcareModel
import Yams

/// Reads a scenario file (YAML) into a validated `Scenario`. Every problem is a `ScenarioError`
/// at the line and column of the offending node, naming the field by its path. All times are in
/// minutes unless a key says otherwise.
///
/// The format (keys not listed here are errors):
/// - `name`: required text shown in every output. `description`: optional free text, ignored.
/// - `run`: required mapping. Exactly one of `horizon_weeks` / `horizon_days` (> 0; weeks count
///   7 days); `warmup_days` (>= 0, default 0); `replications` (whole, 1 ... 16777216);
///   `seed` (whole, >= 0, the master seed).
/// - `service_level.target_minutes`: required, > 0; a message is answered in time when its
///   wait is at most this.
/// - `channels`: required list (1 ... 32, unique `name`s). Each gives its arrival rate in
///   exactly one form: `messages_per_hour` (flat, >= 0); `messages_per_day` (>= 0) with
///   `hour_shape` (24 weights >= 0, positive sum) and optional `weekday_factors` (7 numbers
///   >= 0, Monday first, default all 1), giving rate(day d, hour h) =
///   messages_per_day × weekday_factors[d] × hour_shape[h] / Σ hour_shape; or `hour_of_week`
///   (168 messages-per-hour values >= 0, Monday 00:00-01:00 first).
/// - `kinds`: required list (1 ... 255, unique `name`s). `share` in (0, 1], summing to 1 within
///   1e-6; `priority` (whole, >= 1, default 1; 1 is served first); `handling` (a distribution,
///   minutes); `patience` (optional distribution, minutes; absent = never abandons).
/// - A distribution is a mapping: `{dist: exponential, mean: m}` (m > 0),
///   `{dist: lognormal, mean: m, sd: s}` (m > 0, s >= 0), `{dist: gamma, mean: m, sd: s}`
///   (m > 0, s > 0), `{dist: deterministic, value: v}` (v >= 0; v > 0 for handling),
///   `{dist: empirical, values: [...]}` (non-empty, each >= 0, positive mean).
/// - `shifts`: required list (unique `name`s). `days`: a list of mon ... sun (non-empty, no
///   repeats) or one of `daily`, `weekdays`, `weekend`; `start`: HH:MM, 00:00 ... 23:59;
///   `end`: HH:MM, 00:00 ... 24:00, where an end at or before the start runs past midnight and
///   00:00 means midnight (24:00); `officers`: whole, >= 0.
/// - Whole-file checks: some shift has officers > 0; the channels bring some messages.
public enum ScenarioLoader {
    /// Reads and parses the scenario file at `path`; errors name the file as `path`.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try parse(yaml: read(path: path), file: path)
    }

    /// Parses scenario YAML; errors name the file as `file`.
    public static func parse(yaml: String, file: String) throws(ScenarioError) -> Scenario {
        let emptyMessage = "the file is empty; a scenario needs name, run, service_level, channels, kinds and shifts"
        guard let node = try compose(yaml: yaml, file: file) else {
            throw ScenarioError(file: file, line: 1, column: 1, message: emptyMessage)
        }
        let root = YAMLValue(node: node, path: "", file: file)
        if root.isNull { throw ScenarioError(file: file, line: 1, column: 1, message: emptyMessage) }
        guard case .mapping = node else {
            throw root.error("the top level is \(root.summary); expected a mapping with name, run, service_level, channels, kinds and shifts")
        }
        let top = try YAMLMapping(root, allowed: ["name", "description", "run", "service_level", "channels", "kinds", "shifts"],
                                  expected: "a mapping")
        let name = try top.required("name", expected: "the scenario's name").name(expected: "the scenario's name")
        if let description = top.optional("description"), !description.isNull {
            _ = try description.text(expected: "free text describing the scenario")
        }
        let run = try runSettings(top.required("run", expected: runExpected))
        let target = try serviceLevelTarget(top.required("service_level", expected: "a mapping with target_minutes"))
        let channels = try channels(top.required("channels", expected: channelsExpected))
        let kinds = try kinds(top.required("kinds", expected: kindsExpected))
        let roster = try roster(top.required("shifts", expected: shiftsExpected))
        return Scenario(name: name, channels: channels, kinds: kinds, roster: roster,
                        serviceLevelTargetMinutes: target, run: run)
    }

    private static let runExpected =
        "a mapping with horizon_weeks or horizon_days, warmup_days, replications and seed"

    /// The `run` section.
    private static func runSettings(_ value: YAMLValue) throws(ScenarioError) -> RunSettings {
        let run = try YAMLMapping(value, allowed: ["horizon_weeks", "horizon_days", "warmup_days", "replications", "seed"],
                                  expected: runExpected)
        let horizon = try run.exactlyOne(of: ["horizon_weeks", "horizon_days"],
                                         expected: "exactly one of horizon_weeks, horizon_days")
        let horizonDays: Double
        if horizon.key == "horizon_weeks" {
            horizonDays = try 7 * horizon.value.number(expected: "a number of weeks > 0", accept: { $0 > 0 })
        } else {
            horizonDays = try horizon.value.number(expected: "a number of days > 0", accept: { $0 > 0 })
        }
        let warmupDays = try run.optional("warmup_days")?.number(expected: "a number of days >= 0", accept: { $0 >= 0 }) ?? 0
        let replicationsExpected = "a whole number of replications between 1 and 16777216"
        let replications = try run.required("replications", expected: replicationsExpected)
            .integer(expected: replicationsExpected, in: 1...16_777_216)
        let seedExpected = "a whole number >= 0 (at most 18446744073709551615)"
        let seed = try run.required("seed", expected: seedExpected).unsigned(expected: seedExpected)
        return RunSettings(horizonDays: horizonDays, warmupDays: warmupDays, replications: replications, seed: seed)
    }

    /// The `service_level` section: the target in minutes.
    private static func serviceLevelTarget(_ value: YAMLValue) throws(ScenarioError) -> Double {
        let section = try YAMLMapping(value, allowed: ["target_minutes"], expected: "a mapping with target_minutes")
        let expected = "a number of minutes > 0"
        return try section.required("target_minutes", expected: expected).number(expected: expected, accept: { $0 > 0 })
    }

    /// Checks that a list has 1 ... `limit` entries; `noun` names them in the plural.
    static func checkCount(_ count: Int, of list: YAMLValue, noun: String, limit: Int) throws(ScenarioError) {
        guard count >= 1 else { throw list.error("an empty list; expected 1 to \(limit) \(noun)") }
        guard count <= limit else { throw list.error("\(count) \(noun); expected at most \(limit)") }
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

    /// The text of the file at `path`.
    private static func read(path: String) throws(ScenarioError) -> String {
        func failure(_ reason: String) -> ScenarioError {
            ScenarioError(file: path, line: 1, column: 1, message: "cannot read the file: \(reason)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("no such file")
        }
        guard !isDirectory.boolValue else { throw failure("it is a directory") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw failure(error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw failure("it is not UTF-8 text") }
        return text
    }

    /// The single YAML document in `yaml`, or nil when there is none.
    private static func compose(yaml: String, file: String) throws(ScenarioError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch {
            throw ScenarioError(yamlError: error, yaml: yaml, file: file)
        }
    }
}
