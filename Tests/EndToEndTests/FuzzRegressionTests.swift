import Foundation
import Testing

/// The fuzz target's check (`loader-fuzz`, built without libFuzzer it replays files) over the
/// shipped scenarios and every input in `Tests/Fuzz/regressions/`: each gives a scenario or one
/// `FILE:LINE:COLUMN` line, and what is accepted and small runs a replication, without a trap.
@Suite struct FuzzRegressionTests {
    @Test func theCorpusAndTheRegressionsReplay() throws {
        let root = HostileInputTests.root
        let regressions = root.appendingPathComponent("Tests/Fuzz/regressions")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: regressions.path)
        #expect(inputs.count >= 6)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v 4194304 && exec timeout -s KILL 120 \"$0\" \"$@\"",
                             CommandLineTests.binary.deletingLastPathComponent().appendingPathComponent("loader-fuzz").path,
                             "scenarios", "Tests/Fuzz/regressions"]
        process.currentDirectoryURL = root
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(output)")
        #expect(output.hasPrefix("replayed "), "\(output)")
    }
}
