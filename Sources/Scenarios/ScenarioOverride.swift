import Foundation
import Yams

/// A change to a scenario given on the command line as `--set PATH=VALUE`, to try a variation
/// without editing the file, e.g. `--set shifts.late.officers=3`.
///
/// PATH is a list of segments separated by dots. A segment walks into a mapping by key, or into
/// a list by the `name` of an element (channels, kinds, shifts and regions are named) or by a 0-based
/// index: `kinds.question.patience.mean`, `channels.0.messages_per_day`, `shifts.late.days`.
/// VALUE is YAML, so `3`, `"14:00"`, `[mon, tue]` and `{dist: exponential, mean: 5}` all work;
/// it replaces the value at PATH whole. The last segment may name a key that the mapping does
/// not have yet (e.g. `patience` of a kind); the scenario is then checked as usual, so an
/// unknown key is still an error. A new volume form for a channel replaces the old one
/// (`--set channels.twitter.messages_per_hour=2` on a channel with `messages_per_day` drops
/// that, `hour_shape` and `weekday_factors`). VALUE `null` removes the key at PATH
/// (`--set on_call=null`). Overrides apply after a `base` has been merged, in order.
public struct ScenarioOverride: Sendable, Equatable {
    /// The path segments, e.g. `["shifts", "late", "officers"]`.
    public let path: [String]
    /// The VALUE text, valid YAML.
    public let value: String
    /// The argument as given, `PATH=VALUE`.
    public let argument: String

    /// Reads a `PATH=VALUE` argument (the text after `--set`). Errors are one line
    /// `--set ARGUMENT: problem`: no `=`, an empty path or path segment, a VALUE that is not
    /// valid YAML, or a decimal comma in a list of VALUE (`DecimalComma`).
    public static func parse(_ argument: String) throws(ScenarioError) -> ScenarioOverride {
        let example = "e.g. --set shifts.late.officers=3"
        func failure(_ problem: String) -> ScenarioError {
            ScenarioError(argument: "--set \(argument)", message: problem)
        }
        guard let equals = argument.firstIndex(of: "=") else {
            throw failure("there is no \"=\"; expected PATH=VALUE, \(example)")
        }
        let pathText = argument[..<equals].trimmingCharacters(in: .whitespaces)
        let value = String(argument[argument.index(after: equals)...])
        guard !pathText.isEmpty else {
            throw failure("the path before \"=\" is empty; expected PATH=VALUE, \(example)")
        }
        let path = pathText.split(separator: ".", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard path.count <= ScenarioLimits.overridePathSegments else {
            throw failure("the path has \(path.count) parts; expected at most \(ScenarioLimits.overridePathSegments), \(example)")
        }
        guard !path.contains(where: \.isEmpty) else {
            throw failure("the path \(YAMLValue.quoted(pathText)) has an empty part; expected keys, names or indexes separated by dots, \(example)")
        }
        let composed: Node?
        do {
            composed = try ScenarioLoader.composeWithinBudget(yaml: value, file: "")
        } catch {
            let verb = error.message.hasPrefix("not valid YAML") ? "is" : "is refused:"
            throw failure("the value \(YAMLValue.quoted(value)) \(verb) \(error.message)")
        }
        if let composed, let comma = DecimalComma.errors(in: SourceNode(composed, file: ""), path: pathText).first {
            throw failure(comma.message)
        }
        return ScenarioOverride(path: path, value: value, argument: argument)
    }

    /// The VALUE as a node that stands in for the node at `mark` in `file`; an empty VALUE is
    /// a value-less (null) scalar.
    func valueNode(file: String, mark: Mark?) -> SourceNode {
        guard let node = try? Yams.compose(yaml: value) else {
            return SourceNode(plain: "", file: file, mark: mark, override: argument)
        }
        return SourceNode(node, override: argument, file: file, mark: mark)
    }
}
