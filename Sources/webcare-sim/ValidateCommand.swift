import ArgumentParser
import Scenarios

/// `webcare-sim validate FILE...`: checks scenario files without running them, reporting every
/// independent problem of each file (`ScenarioLoader.problems`), at most `reportedErrors` a file.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files without running them; one line per error, FILE:LINE:COLUMN: message."
    )

    /// The most errors listed for one file; the rest are counted in one last line.
    static let reportedErrors = 20

    @Argument(help: "Scenario files (YAML).")
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            let problems = ScenarioLoader.problems(path: file)
            guard problems.isEmpty else {
                failed = true
                for problem in problems.prefix(Self.reportedErrors) { Console.error(problem.description) }
                if problems.count > Self.reportedErrors {
                    Console.error("\(file): … and \(problems.count - Self.reportedErrors) more errors")
                }
                continue
            }
            let scenario = try ScenarioFiles.load([file])[0]
            Console.output("\(file): ok (\(scenario.name))\n")
        }
        if failed { throw ExitCode.failure }
    }
}
