import Foundation
import Testing

/// The example in scenarios/export: fitting the shipped trace again gives the shipped demand
/// block and fit.json (the fit is deterministic), and the scenario built on it validates.
@Suite struct ShippedExportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenarios/export")

    @Test func refittingTheShippedTraceGivesTheShippedDemand() throws {
        let out = try FitBinary.temporaryDirectory()
        let outcome = try FitBinary.run(["fit", Self.folder.appendingPathComponent("drenthe-14-22-trace.csv").path, "--out", out.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // The first line names the file as given on the command line; the rest must be identical.
        func body(_ url: URL) throws -> [Substring] {
            Array(try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropFirst())
        }
        #expect(try body(out.appendingPathComponent("demand.yaml")) == body(Self.folder.appendingPathComponent("fitted/demand.yaml")))
        // fit.json too, but for the line naming the file.
        func json(_ url: URL) throws -> [Substring] {
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.contains("drenthe-14-22-trace.csv") }
        }
        #expect(try json(out.appendingPathComponent("fit.json")) == json(Self.folder.appendingPathComponent("fitted/fit.json")))
        let validate = try FitBinary.run(["validate", Self.folder.appendingPathComponent("drenthe-14-22-fitted.yaml").path])
        #expect(validate.status == 0, "\(validate.stderr)")
    }
}
