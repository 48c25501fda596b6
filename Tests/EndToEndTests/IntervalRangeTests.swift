import Foundation
import Stochastics
import Testing
import WebcareModel

/// The shipped scenarios' results (results/, which `check --require-identical` keeps equal to
/// what the build computes) hold no interval outside its measure's range: every lower bound is
/// ≥ 0, every share's upper bound ≤ 1, and every interval contains its mean. A comparison run
/// through the binary keeps the summaries in range and may have negative differences.
@Suite struct IntervalRangeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every estimate of a summary with its name and scale.
    static func estimates(_ summary: Summary) -> [(String, IntervalScale, Estimate)] {
        var all: [(String, IntervalScale, Estimate)] = Metric.allCases.map { ($0.rawValue, $0.scale, summary[$0]) }
        for row in summary.byHourOfWeek {
            all += HourMetric.allCases.map { ("by_hour[\(row.hourOfWeek)].\($0.rawValue)", $0.scale, row[$0]) }
        }
        for row in summary.byChannel + summary.byKind + summary.bySite + summary.byThread {
            all += GroupMetric.allCases.map { ("\(row.name).\($0.rawValue)", $0.scale, row[$0]) }
        }
        all += summary.waitDistribution.map { ("within \($0.minutes)", .unitInterval, $0.answeredWithin) }
        return all
    }

    /// The names of the estimates of `summary` outside their range.
    static func outOfRange(_ summary: Summary) -> [String] {
        estimates(summary).compactMap { name, scale, estimate in
            guard let mean = estimate.mean, let low = estimate.ci95Low, let high = estimate.ci95High else { return nil }
            let upper = scale == .unitInterval ? 1.0 : .infinity
            return low >= 0 && high <= upper && low <= mean && mean <= high ? nil : "\(name) \(mean) [\(low), \(high)]"
        }
    }

    static var shippedSummaries: [URL] {
        let results = root.appendingPathComponent("results")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: results.path)) ?? []
        return folders.sorted().map { results.appendingPathComponent($0).appendingPathComponent("summary.json") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    @Test func shippedResultsStayInRange() throws {
        let files = Self.shippedSummaries
        #expect(files.count == 6)
        var checked = 0
        for file in files {
            let summary = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: file))
            let bad = Self.outOfRange(summary)
            #expect(bad.isEmpty, "\(file.lastPathComponent) of \(summary.scenario): \(bad.prefix(5))")
            checked += Self.estimates(summary).count
        }
        #expect(checked > 6 * 1_000)
    }

    /// Two shipped rosters compared (few replications, so that intervals are wide): the
    /// summaries in comparison.json are in range, and the differences keep their sign.
    @Test func comparisonThroughTheBinaryStaysInRange() throws {
        let dir = try CommandLineTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let scenarios = ["drenthe-14-22", "twente-24-7"].map { Self.root.appendingPathComponent("scenarios/\($0).yaml").path }
        let outcome = try CommandLineTests.run(["compare"] + scenarios + ["--replications", "3", "--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let result = try JSONDecoder().decode(ExperimentResult.self, from: Data(contentsOf: out.appendingPathComponent("comparison.json")))
        for summary in result.summaries {
            #expect(Self.outOfRange(summary).isEmpty, "\(summary.scenario): \(Self.outOfRange(summary).prefix(5))")
        }
        #expect(try #require(result.differences.first?[.waitMean].ci95High) < 0)
        #expect(outcome.stdout.contains(" pp ["), "differences of shares in percentage points")
    }
}
