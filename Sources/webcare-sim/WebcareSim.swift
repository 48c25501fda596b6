import ArgumentParser
import Foundation
import Scenarios

/// The webcare-sim command line: glue between scenario files, the engine and the outputs.
@main
struct WebcareSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webcare-sim",
        abstract: "Simulate a police webcare team from a scenario file: waits, queues and staffing with 95% intervals.",
        version: ToolVersion.current,
        subcommands: [RunCommand.self, CompareCommand.self, SweepCommand.self, ValidateCommand.self, CheckCommand.self,
                      MergeCommand.self, ReportCommand.self, ExportNotebookCommand.self, BenchCommand.self, FitCommand.self,
                      StaffCommand.self, RosterCommand.self]
    )

    /// Parses and runs the command. A mistake on the command line is one line on stderr
    /// (`Error: …`, without the usage text) and exit status 64, an unknown command with the
    /// nearest one as a suggestion (`CommandSuggestion`); help and `--version` are printed as
    /// usual, with exit status 0.
    static func main() {
        if let unknown = CommandSuggestion.unknownCommand(in: Array(CommandLine.arguments.dropFirst()),
                                                          commands: configuration.subcommands.map { $0._commandName }) {
            FileHandle.standardError.write(Data("Error: \(unknown)\n".utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            finish(error)
        }
        do {
            var running = command
            try running.run()
        } catch {
            finish(error)
        }
    }

    /// Ends the process for `error`: ArgumentParser's own way for help, version and exit codes,
    /// one line for anything else.
    private static func finish(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .success { exit(withError: error) }
        if let line = message(for: error).split(separator: "\n").first {
            FileHandle.standardError.write(Data("Error: \(line)\n".utf8))
        }
        Foundation.exit(code.rawValue)
    }
}
