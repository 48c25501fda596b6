import Foundation
import Reports
import Scenarios
import Testing
import WebcareModel

/// The first page's warnings (issue 16): those in the results files (`warnings` of a summary,
/// e.g. demand above capacity), the scenario file's own note that its figures are assumptions,
/// few replications and a short horizon.
@Suite struct ReportWarningTests {
    static let capacity = "offered load 2.4 officers in Sat 20-21 is above the 2 on duty: the queue grows without bound"

    /// The fixture's comparison as comparison.json with a `demand_above_capacity` warning added
    /// to the second summary by hand, as the simulation writes it; the first keeps what the simulation wrote.
    static func comparisonFile(warnings: Any) throws -> URL {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var root = try #require(try JSONSerialization.jsonObject(with: encoder.encode(ReportFixtures.comparison)) as? [String: Any])
        var summaries = try #require(root["summaries"] as? [[String: Any]])
        summaries[1]["warnings"] = warnings
        root["summaries"] = summaries
        let file = try ReportFixtures.folder().appendingPathComponent("comparison.json")
        try JSONSerialization.data(withJSONObject: root).write(to: file)
        return file
    }

    @Test("a warning in comparison.json is read for its summary and shown on the first page with the scenario's name")
    func warningFromTheResults() throws {
        let file = try Self.comparisonFile(warnings: [["code": "demand_above_capacity", "text": Self.capacity]])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let input = try ReportInput.load(paths: [file.path])
        #expect(input.summaries[0].allWarnings == ReportFixtures.comparison.summaries[0].allWarnings, "the first keeps its own")
        #expect(input.summaries[1].allWarnings == [SummaryWarning(code: "demand_above_capacity", text: Self.capacity)])
        let answer = try FirstPageTests.section(FirstPageTests.page(input), "answer")
        #expect(answer.contains("<h3>Read with care</h3>"))
        #expect(answer.contains("<li>More officers &amp; earlier: \(HTMLText.escape(Self.capacity))</li>"))
    }

    @Test("a warnings field that is not a list of {code, text} is refused in one line naming it")
    func badWarnings() throws {
        let file = try Self.comparisonFile(warnings: "demand above capacity")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect {
            _ = try ReportInput.load(paths: [file.path])
        } throws: { error in
            "\(error)".contains("summaries[1].warnings") && !"\(error)".contains("\n")
        }
    }

    @Test("few replications and a short horizon are warned of, once for all scenarios; enough of both is not")
    func fewAndShort() throws {
        let result = ReportFixtures.comparison
        #expect(result.summaries.allSatisfy { $0.replications == 5 && $0.definitions.horizonDays == 7 })
        let answer = try FirstPageTests.section(FirstPageTests.page(ReportInput(result)), "answer")
        #expect(answer.contains("<li>All scenarios: only 5 replications: the intervals rest on few runs"))
        #expect(answer.contains("<li>All scenarios: only 7 days are counted per replication: the figures describe those days"))
        var long = result
        for index in long.summaries.indices {
            long.summaries[index].replications = 10
            long.summaries[index].definitions.horizonDays = 28
            long.summaries[index].warnings = []
        }
        #expect(!FirstPageTests.page(ReportInput(long)).contains("Read with care"))
    }

    @Test("the scenario file's description reaches the summary, its JSON and the first page, with the assumptions warning")
    func description() throws {
        let note = "Message volumes are assumptions."
        let yaml = ReportFixtures.yaml(name: "with a note", officers: 2, start: "09:00") + "\ndescription: '\(note)'\n"
        let scenario = try ScenarioLoader.parse(yaml: yaml, file: "n.yaml")
        #expect(scenario.description == note)
        let summary = try Experiment.compare([scenario], threads: 1).summaries[0]
        #expect(summary.description == note)
        let json = try JSONEncoder().encode(summary)
        #expect(try JSONDecoder().decode(Summary.self, from: json).description == note)
        let answer = try FirstPageTests.section(FirstPageTests.page(ReportInput(summaries: [summary])), "answer")
        #expect(answer.contains("with a note: \(note)</li>"))
        #expect(answer.contains("with a note: the scenario file calls its figures assumptions"))
        let plain = ReportFixtures.comparison.summaries[0]
        #expect(plain.description == nil)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(plain)) as? [String: Any])
        #expect(object["description"] == nil, "absent from the JSON when the file gives none, as in older results")
    }
}
