import ArgumentParser

/// `webcare-sim validate FILE...`: checks scenario files without running them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files without running them; one line per error, FILE:LINE:COLUMN: message."
    )

    @Argument(help: "Scenario files (YAML).")
    var files: [String]

    func run() throws {
        let scenarios = try ScenarioFiles.load(files)
        for (file, scenario) in zip(files, scenarios) {
            Console.output("\(file): ok (\(scenario.name))\n")
        }
    }
}
