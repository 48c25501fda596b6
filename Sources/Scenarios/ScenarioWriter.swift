import Foundation
import WebcareModel

/// Writes a complete scenario file from an input scenario file with its shifts replaced: the
/// input with its bases merged and its `--set` overrides applied, a new `name`, a comment
/// saying where it came from, and the new `shifts` (days, start, end, officers, site, breaks).
/// Comments of the input are not kept. The text is read back by the loader before it is
/// returned, so a written file always loads.
public enum ScenarioWriter {
    /// The new scenario's YAML. `sites` are the scenario's site names (a shift's site is
    /// written when the scenario names sites).
    public static func yaml(from file: String, overrides: [ScenarioOverride], name: String, comment: String,
                            shifts: [Shift], sites: [String]) throws(ScenarioError) -> String {
        let text: String
        do {
            text = try ScenarioLoader.contents(ofFile: file)
        } catch {
            throw ScenarioError(file: file, line: 1, column: 1, message: "cannot read the file: \(error.reason)")
        }
        var tree = try ScenarioLoader.tree(yaml: text, file: file)
        for override in overrides { try override.apply(to: &tree) }
        let namesSites = tree.value(forKey: "sites") != nil
        var out = comment.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }.joined()
        for entry in tree.entries ?? [] {
            switch entry.key.text {
            case "name": out += "name: " + YAMLEmitter.scalar(name, isPlain: false) + "\n"
            case "shifts": out += "shifts:\n" + shiftsText(shifts, sites: namesSites ? sites : [])
            default: out += YAMLEmitter.mapping([entry], indent: 0)
            }
        }
        _ = try ScenarioLoader.parse(yaml: out, file: "(written scenario)")
        return out
    }

    /// The shifts as a block list at two spaces.
    static func shiftsText(_ shifts: [Shift], sites: [String]) -> String {
        shifts.map { shift in
            var line = "  - {name: \(YAMLEmitter.scalar(shift.name, isPlain: false)), days: \(shift.daysText), "
            line += "start: \"\(clock(shift.startMinute))\", end: \"\(clock(shift.endMinute))\", officers: \(shift.officers)"
            if !sites.isEmpty, shift.site < sites.count { line += ", site: \(YAMLEmitter.scalar(sites[shift.site], isPlain: false))" }
            if !shift.breaks.isEmpty {
                let breaks = shift.breaks.map { pause in
                    pause.isFixed
                        ? "{at: \"\(clock(pause.windowStart % 1_440))\", minutes: \(pause.minutes)}"
                        : "{between: [\"\(clock(pause.windowStart % 1_440))\", \"\(clock(endClock(pause.windowEnd)))\"], minutes: \(pause.minutes)}"
                }
                line += ", breaks: [\(breaks.joined(separator: ", "))]"
            }
            return line + "}\n"
        }.joined()
    }

    /// HH:MM of a minute after midnight.
    private static func clock(_ minute: Int) -> String { Shift.clock(minute) }

    /// A window's end as a clock time: minutes past the next midnight wrap, midnight itself is 24:00.
    private static func endClock(_ minute: Int) -> Int { minute > 1_440 ? minute - 1_440 : minute }

    /// Writes `text` to `url` atomically (a temporary file, then a rename).
    public static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}
