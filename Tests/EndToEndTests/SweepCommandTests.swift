import Foundation
import Testing
import WebcareModel

/// `sweep` through the built binary: the file's own values are the baseline, fields that move
/// together are zipped, every measure reaches sweep.csv and the JSON, and the report leads with
/// the grid point that meets the goals at the least cost.
@Suite struct SweepCommandTests {
    /// One officer around the clock: 4 messages an hour, handling 10 minutes on average.
    static let scenario = """
    name: round the clock
    run: {horizon_weeks: 2, warmup_days: 2, replications: 4, seed: 5}
    service_level: {target_minutes: 30}
    channels:
      - {name: facebook, messages_per_hour: 4}
    kinds:
      - {name: question, share: 1, handling: {dist: exponential, mean: 10}, patience: {dist: exponential, mean: 240}}
    shifts:
      - {name: all, days: daily, start: "00:00", end: "24:00", officers: 1}
    """

    static func file() throws -> URL {
        let folder = try CommandLineTests.temporaryDirectory()
        let file = folder.appendingPathComponent("s.yaml")
        try scenario.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// sweep.csv's rows as (point, values, metric, mean, diff_mean).
    static func rows(_ csv: URL, paths: Int) throws -> [(point: Int, values: [String], metric: String, mean: Double?, difference: Double?)] {
        try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (Int(fields[0]) ?? -1, Array(fields[1...paths]), fields[paths + 1], Double(fields[paths + 2]), Double(fields[paths + 5]))
        }
    }

    /// The file's own value (one officer) is the baseline; the grid point that sets the same
    /// value runs the same model on the same messages, so its every difference is exactly zero.
    @Test func theFileItselfIsTheBaseline() throws {
        let file = try Self.file()
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CommandLineTests.run(["sweep", file.path, "--vary", "shifts.all.officers=2,1", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.rows(out.appendingPathComponent("sweep.csv"), paths: 1)
        #expect(Set(rows.map(\.point)) == [0, 1, 2])
        #expect(rows.filter { $0.point == 0 }.allSatisfy { $0.values == [""] && $0.difference == nil })
        let same = rows.filter { $0.point == 2 }
        #expect(same.allSatisfy { $0.values == ["1"] } && same.contains { $0.difference != nil })
        #expect(same.allSatisfy { $0.difference == nil || $0.difference == 0 }, "\(same.filter { $0.difference != 0 })")
        #expect(rows.filter { $0.point == 1 }.contains { $0.metric == "officer_hours_per_week" && $0.difference == 168 })
    }

    /// Every measure of every grid point is in sweep.csv and in sweep.json, the urgent and
    /// officer-time ones included; `--vary-together` zips its fields, `--vary` multiplies.
    @Test func everyMeasureOfTheZippedGrid() throws {
        let file = try Self.file()
        let out = file.deletingLastPathComponent().appendingPathComponent("out")
        let result = try CommandLineTests.run(["sweep", file.path, "--vary", "shifts.all.officers=1,2",
                                               "--vary-together", "kinds.question.handling.mean=8,12", "run.seed=5,6",
                                               "--baseline", "shifts.all.officers=2", "--baseline", "run.seed=6", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try Self.rows(out.appendingPathComponent("sweep.csv"), paths: 3)
        let points = Dictionary(grouping: rows, by: \.point)
        #expect(points.count == 4)
        #expect(points[0]?.first?.values == ["2", "12", "6"])
        #expect(points.values.map { $0.first?.values ?? [] }.sorted { $0.joined() < $1.joined() }
            == [["1", "12", "6"], ["1", "8", "5"], ["2", "12", "6"], ["2", "8", "5"]])
        for (_, point) in points { #expect(point.map(\.metric) == Metric.allCases.map(\.rawValue)) }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("sweep.json"))) as? [String: Any]
        let summaries = try #require(json?["summaries"] as? [[String: Any]])
        #expect(summaries.count == 4)
        for summary in summaries {
            let metrics = try #require(summary["metrics"] as? [String: Any])
            #expect(Set(metrics.keys).isSuperset(of: Metric.allCases.map(\.rawValue)))
        }
    }

    /// With one officer (offered load 2/3 erlang) a message waits over 30 minutes with
    /// probability ρ·e^{-(μ-λ)·30} = 0.25 in M/M/1 (abandonment lowers it a little), so the
    /// service level is well below 90%; with two (Erlang C: P(wait > 30) = 0.003) or three it
    /// is above 99%. The cheapest point that meets 90% is two officers.
    @Test func theReportLeadsWithTheCheapestPointThatMeetsTheGoals() throws {
        let file = try Self.file()
        let report = file.deletingLastPathComponent().appendingPathComponent("sweep.html")
        let result = try CommandLineTests.run(["sweep", file.path, "--vary", "shifts.all.officers=3,2,1",
                                               "--target", "service_level>=0.9", "--report", report.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: report, encoding: .utf8)
        let answer = try #require(page.range(of: "<h2>The answer</h2>")).upperBound
        let lead = String(page[answer...].split(separator: "\n").first ?? "")
        #expect(lead.contains("Of the 4 grid points, 2 meet every goal"), "\(lead)")
        #expect(lead.contains("<strong>shifts.all.officers=2</strong>"), "\(lead)")
        #expect(page.range(of: "<h2>The answer</h2>")!.lowerBound < page.range(of: "<h2>Every measure per grid point</h2>")!.lowerBound)
        #expect(page.contains("<svg") && !page.contains("<script"))
        #expect(page.contains("urgent_late_per_week") || page.contains("officer_hours_per_week"))
    }

    @Test func mistakesInTheGridAreOneLine() throws {
        let file = try Self.file()
        let cases: [([String], String)] = [
            (["--vary-together", "shifts.all.start=08:00,09:00", "shifts.all.end=20:00"],
             "Error: --vary-together: shifts.all.end has 1 value and shifts.all.start has 2; the fields that move together need lists of the same length\n"),
            (["--vary", "shifts.all.officers=1,2", "--baseline", "shifts.all.officers=3"],
             "Error: --baseline shifts.all.officers=3: no grid point has these values; give values from the --vary lists\n"),
            (["--vary-together", "a=1,2", "b=1,2", "--vary-together", "c=1", "d=2"],
             "Error: --vary-together is given 2 times; give it once, with every field that moves together after it (use --vary for independent fields)\n"),
        ]
        for (arguments, message) in cases {
            let result = try CommandLineTests.run(["sweep", file.path] + arguments)
            #expect(result.status == 64 && result.stderr == message && result.stdout.isEmpty, "\(result.stderr)")
        }
    }
}
