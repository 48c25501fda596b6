import ArgumentParser
import Foundation
import Scenarios
import WebcareModel

/// Loads scenario files for a command, printing one `FILE:LINE:COLUMN: message` line per bad
/// file on stderr and failing when any is bad, before anything runs or is written.
enum ScenarioFiles {
    static func load(_ paths: [String], overrides: [ScenarioOverride] = []) throws -> [Scenario] {
        var scenarios: [Scenario] = []
        var failed = false
        for path in paths {
            do {
                scenarios.append(try ScenarioLoader.load(path: path, overrides: overrides))
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
        return scenarios
    }
}

/// Writing to the terminal's standard streams.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func output(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }
}
