import ArgumentParser

/// The webcare-sim command line: glue between scenario files, the engine and the outputs.
@main
struct WebcareSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webcare-sim",
        abstract: "Simulate a police webcare team from a scenario file: waits, queues and staffing with 95% intervals.",
        subcommands: [RunCommand.self, CompareCommand.self, SweepCommand.self, ValidateCommand.self, CheckCommand.self,
                      ReportCommand.self, ExportNotebookCommand.self, BenchCommand.self,
                      FitCommand.self]
    )
}
