import Foundation
import Scenarios
import Testing

/// What a planner meets first on the command line, through the built binary: `--version`, a
/// suggestion for a mistyped command, the exit status of every command, `validate` listing
/// every independent error of a file, and the scenario-format rules of `PlannerFormatTests`
/// (per-day `hour_shape`, `null` removing a key, sites that need regions, decimal commas).
@Suite struct PlannerCommandTests {
    static func run(_ arguments: [String]) throws -> CommandLineTests.Outcome {
        try CommandLineTests.run(arguments)
    }

    /// Writes `text` to `name` in a fresh directory; returns its path.
    static func file(_ name: String, _ text: String, in directory: URL? = nil) throws -> String {
        let folder = try directory ?? CommandLineTests.temporaryDirectory()
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func versionIsPrintedWithExitZero() throws {
        let outcome = try Self.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "\(ToolVersion.current)\n")
        #expect(outcome.stderr.isEmpty)
    }

    @Test func mistypedCommandGetsASuggestion() throws {
        let swapped = try Self.run(["rnu", "x.yaml"])
        #expect(swapped.status == 64)
        #expect(swapped.stderr == "Error: unknown command 'rnu'; did you mean 'run'?\n")
        #expect(try Self.run(["valdate", "x.yaml"]).stderr == "Error: unknown command 'valdate'; did you mean 'validate'?\n")
        let unknown = try Self.run(["frobnicate"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "Error: unknown command 'frobnicate'; expected one of run, compare, sweep, validate, check, merge, report, export-notebook, bench, fit, staff, roster\n")
    }

    /// The README's exit-status table, one case at least per status and per command that has
    /// its own failure: 0 done, 1 bad input or a failed run or write, 2 `check` without a
    /// readable baseline, 64 a mistake on the command line. (`check`'s 1 for changed results is
    /// in `CheckCommandTests`.)
    @Test func exitStatusOfEveryCommand() throws {
        let directory = try CommandLineTests.temporaryDirectory()
        let good = try Self.file("good.yaml", CommandLineTests.good, in: directory)
        let bad = try Self.file("bad.yaml", CommandLineTests.good.replacingOccurrences(of: "share: 1", with: "share: 0.9"), in: directory)
        let missing = directory.appendingPathComponent("missing").path
        let scenarios = directory.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        _ = try Self.file("good.yaml", CommandLineTests.good, in: scenarios)
        let cases: [(arguments: [String], status: Int32)] = [
            (["--version"], 0),
            (["--help"], 0),
            (["validate", good], 0),
            (["validate", bad], 1),
            (["run", bad], 1),
            (["compare", good, bad], 1),
            (["sweep", bad, "--vary", "shifts.day.officers=1,2"], 1),
            (["staff", missing + ".yaml"], 1),
            (["roster", good, "--shifts", missing + ".yaml"], 1),
            (["report", missing + ".json", "--html", directory.appendingPathComponent("r.html").path], 1),
            (["export-notebook", missing + ".json", "--out", directory.appendingPathComponent("nb.ipynb").path], 1),
            (["fit", missing + ".csv", "--out", directory.appendingPathComponent("fit").path], 1),
            (["merge", missing + ".json", "--out", directory.appendingPathComponent("merged").path], 1),
            (["check", "--baseline", missing, "--scenarios", scenarios.path], 2),
            (["run"], 64),
            (["run", good, "--frobnicate"], 64),
            (["run", good, "--threads", "0"], 64),
            (["rnu", good], 64),
        ]
        for (arguments, status) in cases {
            let outcome = try Self.run(arguments)
            #expect(outcome.status == status, "\(arguments): \(outcome.status) \(outcome.stderr)")
            if status != 0 {
                #expect(outcome.stderr.split(separator: "\n").count == 1, "\(arguments): \(outcome.stderr)")
            }
        }
    }

    /// `validate` lists each independent error on its own `FILE:LINE:COLUMN:` line (20 at
    /// most, then a count of the rest) and exits 1; `run` stops at the first.
    @Test func validateReportsEveryError() throws {
        let text = CommandLineTests.good
            .replacingOccurrences(of: "seed: 3}", with: "seed: 3, sede: 4}")
            .replacingOccurrences(of: "share: 1", with: "share: 2")
            .replacingOccurrences(of: "officers: 1", with: "officers: two")
        let path = try Self.file("three.yaml", text)
        let validate = try Self.run(["validate", path])
        #expect(validate.status == 1)
        let lines = validate.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(validate.stderr)")
        #expect(lines.map { $0.split(separator: ":").prefix(3).dropFirst().joined(separator: ":") } == ["2:67", "9:12", "17:15"])
        #expect(lines.allSatisfy { $0.hasPrefix(path + ":") })
        let run = try Self.run(["run", path])
        #expect(run.status == 1)
        #expect(run.stderr == lines[0] + "\n")

        let channels = (0..<25).map { "  - {name: c\($0), messages_per_hour: -1}" }.joined(separator: "\n")
        let many = CommandLineTests.good.replacingOccurrences(of: "  - name: facebook\n    messages_per_hour: 4", with: channels)
        let manyPath = try Self.file("many.yaml", many)
        let capped = try Self.run(["validate", manyPath])
        #expect(capped.status == 1)
        let cappedLines = capped.stderr.split(separator: "\n").map(String.init)
        #expect(cappedLines.count == 21)
        #expect(cappedLines.prefix(20).enumerated().allSatisfy { $0.element.hasPrefix("\(manyPath):\($0.offset + 5):") })
        #expect(cappedLines.last == "\(manyPath): … and 5 more errors")
    }

    @Test func decimalCommaIsRefusedWithItsPosition() throws {
        let text = CommandLineTests.good.replacingOccurrences(
            of: "handling: {dist: exponential, mean: 10}", with: "handling: {dist: empirical, values: [4, 1,5, 8]}")
        let path = try Self.file("comma.yaml", text)
        for command in ["validate", "run"] {
            let outcome = try Self.run([command, path])
            #expect(outcome.status == 1)
            #expect(outcome.stderr == "\(path):10:45: kinds[0].handling.values[1]: 1,5 is read as two numbers, 1 and 5; use a decimal point (1.5), or a comma and a space between two numbers (1, 5)\n")
        }
        let set = try Self.run(["run", try Self.file("good.yaml", CommandLineTests.good), "--set", "kinds.question.handling={dist: empirical, values: [1,5]}"])
        #expect(set.status == 1)
        #expect(set.stderr.contains("use a decimal point"))
    }

    @Test func sitesWithoutRegionsAreRefused() throws {
        let text = CommandLineTests.good.replacingOccurrences(of: "officers: 1", with: "officers: 1\n    site: emmen")
            + "\nsites: [emmen, assen]\n"
        let path = try Self.file("sites.yaml", text)
        let outcome = try Self.run(["run", path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.hasPrefix("\(path):19:1: sites: 2 sites but no regions, so every message would count at emmen and none at assen"))
    }

    /// The JSON of a run without the parts that name the file (`provenance`, the scenario's
    /// name) or depend on the machine (`performance`).
    static func results(_ arguments: [String]) throws -> String {
        let outcome = try run(["run", "--format", "json", "--threads", "1"] + arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var object = try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        for key in ["provenance", "performance"] { object[key] = nil }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        return text.replacingOccurrences(of: "\"scenario\":\"[^\"]*\"", with: "", options: .regularExpression)
    }

    /// A per-day-type `hour_shape` runs exactly as the 168 `hour_of_week` rates it stands for
    /// (the same seed gives the same messages, so the results are identical).
    @Test func perDayShapeRunsAsItsHourOfWeek() throws {
        let weekdays = Array(repeating: 0, count: 8) + Array(repeating: 2, count: 16)
        let weekend = Array(repeating: 1, count: 16) + Array(repeating: 0, count: 8)
        let shaped = CommandLineTests.good.replacingOccurrences(of: "messages_per_hour: 4",
            with: "messages_per_day: 64\n    hour_shape: {weekdays: \(weekdays), weekend: \(weekend)}")
        let hours = (0..<7).flatMap { day in day < 5 ? weekdays.map { 64 * $0 / 32 } : weekend.map { 64 * $0 / 16 } }
        let hourOfWeek = CommandLineTests.good.replacingOccurrences(of: "messages_per_hour: 4", with: "hour_of_week: \(hours)")
        let directory = try CommandLineTests.temporaryDirectory()
        #expect(try Self.results([try Self.file("shaped.yaml", shaped, in: directory)])
            == Self.results([try Self.file("hours.yaml", hourOfWeek, in: directory)]))
    }

    /// `on_call: null` in a child file and `--set on_call=null` both run exactly as the file
    /// without its on-call officer.
    @Test func nullRemovesASection() throws {
        let directory = try CommandLineTests.temporaryDirectory()
        let onCall = "\non_call: {days: daily, start: \"20:00\", end: \"08:00\", delay: {dist: exponential, mean: 20}, backlog_threshold: 1}\n"
        let base = try Self.file("base.yaml", CommandLineTests.good + onCall, in: directory)
        let child = try Self.file("child.yaml", "base: base.yaml\nname: without on-call\non_call: null\n", in: directory)
        let plain = try Self.file("plain.yaml", CommandLineTests.good, in: directory)
        let without = try Self.results([plain])
        #expect(try Self.results([child]) == without)
        #expect(try Self.results([base, "--set", "on_call=null"]) == without)
        #expect(try Self.results([base]) != without)
    }
}
