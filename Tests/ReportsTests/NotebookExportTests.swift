import Foundation
import Reports
import Testing
import WebcareModel

@Suite("Notebook export")
struct NotebookExportTests {
    let input = ReportInput(ReportFixtures.comparison)

    func files() throws -> NotebookExport.Files {
        try NotebookExport.files(input, stem: "example", toolVersion: "9.9.9")
    }

    func notebook() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: files().notebook) as? [String: Any])
    }

    func cells() throws -> [[String: Any]] {
        try #require(try notebook()["cells"] as? [[String: Any]])
    }

    @Test("nbformat 4.5 with a Python 3 kernel")
    func format() throws {
        let document = try notebook()
        #expect(document["nbformat"] as? Int == 4)
        #expect(document["nbformat_minor"] as? Int == 5)
        let metadata = try #require(document["metadata"] as? [String: Any])
        let kernel = try #require(metadata["kernelspec"] as? [String: Any])
        #expect(kernel["name"] as? String == "python3")
    }

    @Test("fixed, unique, valid cell ids; code cells without outputs")
    func cellIDs() throws {
        let cells = try cells()
        let ids = cells.compactMap { $0["id"] as? String }
        #expect(ids.count == cells.count)
        #expect(Set(ids).count == ids.count)
        #expect(ids.first == "about" && ids.contains("load") && ids.contains("differences") && ids.contains("urgent"))
        for id in ids {
            #expect((1...64).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        }
        for cell in cells where cell["cell_type"] as? String == "code" {
            #expect((cell["outputs"] as? [Any])?.isEmpty == true)
            #expect(cell["execution_count"] is NSNull)
        }
        let other = try NotebookExport.files(ReportInput(summaries: [ReportFixtures.comparison.summaries[1]]),
                                             stem: "other", toolVersion: "1.0")
        let otherCells = try #require(try JSONSerialization.jsonObject(with: other.notebook) as? [String: Any])["cells"] as? [[String: Any]]
        #expect(otherCells?.compactMap { $0["id"] as? String } == ids)
    }

    @Test("scenario strings reach the notebook only as data, never in a cell")
    func noScenarioStringsInCells() throws {
        let names = input.summaries.map(\.scenario) + input.summaries.flatMap { $0.byKind.map(\.name) + $0.byChannel.map(\.name) }
            .filter { $0.count > 8 }
        let sources = try cells().map { (($0["source"] as? [String]) ?? []).joined() }
        for name in names {
            #expect(!sources.contains { $0.contains(name) }, "\(name) in a cell")
        }
        #expect(!sources.joined().contains("<script"))
        let files = try files()
        let csv = String(decoding: files.csv, as: UTF8.self)
        #expect(csv.contains(",<script>alert(1)</script>,"))
        #expect(csv.contains(",More officers & earlier,"))
        let metadata = try #require(try JSONSerialization.jsonObject(with: files.metadata) as? [String: Any])
        let scenarios = try #require(metadata["scenarios"] as? [[String: Any]])
        #expect(scenarios.first?["name"] as? String == ReportFixtures.hostileName)
        #expect(metadata["baseline"] as? Int == 0)
    }

    @Test("the data file names are Python string literals in the load cell")
    func dataFileNames() throws {
        let load = try #require(try cells().first { $0["id"] as? String == "load" })
        let source = ((load["source"] as? [String]) ?? []).joined()
        #expect(source.contains("DATA = Path(\"example.csv\")"))
        #expect(source.contains("META = Path(\"example.json\")"))
    }

    @Test("the urgent cell reads the urgent measures and the threshold from the data files")
    func urgentCell() throws {
        let urgent = try #require(try cells().first { $0["id"] as? String == "urgent" })
        let source = ((urgent["source"] as? [String]) ?? []).joined()
        for metric in [Metric.urgentPerWeek, .urgentWaitMean, .urgentWaitMax, .urgentLatePerWeek, .urgentOffDutyPerWeek,
                       .urgentOffDutyLatePerWeek] {
            #expect(source.contains("\"\(metric.rawValue)\""))
        }
        #expect(source.contains("urgent_threshold_min") && source.contains("section(\"difference\")"))
        let metadata = try #require(try JSONSerialization.jsonObject(with: files().metadata) as? [String: Any])
        let scenarios = try #require(metadata["scenarios"] as? [[String: Any]])
        let definitions = try #require(scenarios.first?["definitions"] as? [String: Any])
        #expect(definitions["urgent_threshold_min"] is Double || definitions["urgent_threshold_min"] is Int)
    }

    @Test("the same results give the same bytes")
    func deterministic() throws {
        #expect(try files() == files())
    }

    @Test("the tidy CSV has one row per figure, with the differences marked")
    func tidyCSV() throws {
        let csv = String(decoding: try files().csv, as: UTF8.self)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "section,scenario_index,scenario,group,hour_of_week,day,hour,minutes,metric,mean,ci95_low,ci95_high,significant")
        let summaries = input.summaries
        let expected = summaries.reduce(0) { total, summary in
            total + Metric.allCases.count + 168 * HourMetric.allCases.count
                + (summary.byChannel.count + summary.byKind.count + summary.bySite.count + summary.byThread.count)
                * GroupMetric.allCases.count + summary.waitDistribution.count
        } + Metric.allCases.count
        #expect(lines.count == expected + 1)
        #expect(lines.contains { $0.hasPrefix("difference,1,More officers & earlier,") && $0.contains(",wait_mean_min,") && $0.hasSuffix(",true") })
        #expect(lines.contains { $0.hasPrefix("thread,0,<script>alert(1)</script>,follow-ups,") && $0.contains(",messages_per_week,") })
        #expect(lines.contains { $0.hasPrefix("site,1,More officers & earlier,") && $0.contains(",service_level,") })
        for metric in [Metric.urgentLatePerWeek, .urgentOffDutyLatePerWeek, .onCallHoursPerWeek, .shrinkageShare] {
            #expect(lines.contains { $0.hasPrefix("headline,0,") && $0.contains(",\(metric.rawValue),") })
            #expect(lines.contains { $0.hasPrefix("difference,1,") && $0.contains(",\(metric.rawValue),") })
        }
    }

    @Test("names NAME.csv, NAME.json and NAME.ipynb with the files' contents")
    func targets() throws {
        let notebook = URL(fileURLWithPath: "/tmp/nb/shipped.ipynb")
        let targets = try NotebookExport.targets(input, notebook: notebook, toolVersion: "1")
        #expect(targets.map(\.url.path) == ["/tmp/nb/shipped.csv", "/tmp/nb/shipped.json", "/tmp/nb/shipped.ipynb"])
        let files = try NotebookExport.files(input, stem: "shipped", toolVersion: "1")
        #expect(targets.map(\.data) == [files.csv, files.metadata, files.notebook])
    }
}
