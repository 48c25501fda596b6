import Foundation
import Reports
import Scenarios
import Testing
import WebcareModel

@Suite("Report parts: loading results, plain words, escaping")
struct ReportPartsTests {
    @Test("a file that is not a result gives one FILE:1:1 line")
    func badFile() throws {
        let folder = try ReportFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json")
        try Data("{\"scenario\": 1}".utf8).write(to: file)
        #expect(throws: ResultFileError.self) { try ReportInput.load(paths: [file.path]) }
        do {
            _ = try ReportInput.load(paths: [file.path])
        } catch {
            #expect(error.description.hasPrefix("\(file.path):1:1: not a webcare-sim result"))
            #expect(!error.description.contains("\n"))
        }
        do {
            _ = try ReportInput.load(paths: [folder.appendingPathComponent("missing.json").path])
        } catch {
            #expect(error.description.contains("missing.json:1:1: cannot read the file"))
        }
    }

    @Test("a results file that is not a regular file, or names longer than 200 characters, is refused in one line")
    func hostileResultFiles() throws {
        let folder = try ReportFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var summary = ReportFixtures.comparison.summaries[0]
        summary.scenario = String(repeating: "n", count: 201)
        let file = folder.appendingPathComponent("long.json")
        try ResultWriter.json(summary).write(to: file)
        #expect(throws: ResultFileError(file: file.path, message: "a name of 201 characters; expected at most 200")) {
            try ReportInput.load(paths: [file.path])
        }
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: ResultFileError(file: fifo, message: "cannot read the file: it is not a regular file")) {
            try ReportInput.load(paths: [fifo])
        }
    }

    @Test("summary.json files load side by side; one without a wait distribution loads with the chart left out")
    func summariesAndOldFiles() throws {
        let folder = try ReportFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, summary) in ReportFixtures.comparison.summaries.enumerated() {
            var json = try #require(try JSONSerialization.jsonObject(with: ResultWriter.json(summary)) as? [String: Any])
            if index == 0 { json["wait_distribution"] = nil }
            let file = folder.appendingPathComponent("summary-\(index).json")
            try JSONSerialization.data(withJSONObject: json).write(to: file)
            paths.append(file.path)
        }
        let input = try ReportInput.load(paths: paths)
        #expect(input.summaries.count == 2 && !input.isComparison)
        #expect(input.summaries[0].waitDistribution.isEmpty)
        let html = HTMLReport(input, toolVersion: "1").render()
        if input.summaries[1].waitDistribution.isEmpty {
            #expect(html.contains("Not shown: these results hold no response-time distribution"))
        } else {
            #expect(html.contains("Not in the results (older version): &lt;script&gt;"))
        }
    }

    @Test("escaping covers the five HTML specials")
    func escaping() {
        #expect(HTMLText.escape("<a href=\"x\">Tom & 'Jerry'</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test("coverage in plain words: daily, overnight, around the clock, by day")
    func coverage() throws {
        func profile(_ shifts: String) throws -> String {
            let yaml = ReportFixtures.yaml(name: "x", officers: 1, start: "14:00")
            let head = yaml.components(separatedBy: "shifts:")[0]
            let scenario = try ScenarioLoader.parse(yaml: head + "shifts:\n" + shifts, file: "x.yaml")
            let summary = try Experiment.run(scenario, replications: 2, threads: 1)
            return HTMLReport(ReportInput(summaries: [summary]), toolVersion: "1").render()
        }
        let overnight = try profile("""
              - {name: day, days: daily, start: "07:00", end: "15:00", officers: 2}
              - {name: night, days: daily, start: "23:00", end: "03:00", officers: 1}
            """)
        #expect(overnight.contains("On duty 07:00–15:00 and 23:00–03:00 every day, 1–2 officers at a time"))
        let clock = try profile("""
              - {name: all, days: daily, start: "00:00", end: "24:00", officers: 2}
            """)
        #expect(clock.contains("On duty around the clock, every day, 2 officers at a time"))
        let weekdays = try profile("""
              - {name: office, days: weekdays, start: "09:00", end: "17:00", officers: 1}
            """)
        #expect(weekdays.contains("On duty Monday–Friday 09:00–17:00; Saturday–Sunday closed, 1 officer at a time"))
    }
}
