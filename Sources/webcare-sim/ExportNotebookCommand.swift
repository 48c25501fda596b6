import ArgumentParser
import Foundation
import Reports
import Scenarios

/// `webcare-sim export-notebook RESULT.json... --out NAME.ipynb`: a Jupyter notebook for
/// analysts with the tidy CSV and metadata JSON it reads.
struct ExportNotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-notebook",
        abstract: "Write a Jupyter notebook (pandas + matplotlib) of results, with the tidy CSV it reads.",
        discussion: """
            Writes NAME.ipynb (nbformat 4.5) and, next to it, NAME.csv (one row per figure: mean and 95% \
            interval) and NAME.json (scenarios, definitions, provenance). RESULT is a comparison.json or \
            summary.json files, as for `report`. The same results give the same files, byte for byte. The \
            three are written as one set: each beside its target first, all renamed into place only when all \
            are written.
            """
    )

    @Argument(help: "Results files: one comparison.json, or summary.json files to show side by side.")
    var results: [String]

    @Option(help: ArgumentHelp("The notebook to write; NAME.csv and NAME.json go next to it.", valueName: "NAME.ipynb"))
    var out: String

    func validate() throws {
        if results.isEmpty { throw ValidationError("export-notebook needs at least one results file") }
        if !out.hasSuffix(".ipynb") { throw ValidationError("--out \(out): the notebook's name must end in .ipynb") }
        let stem = String(out.dropLast(".ipynb".count))
        for path in [out, stem + ".csv", stem + ".json"] {
            do {
                try OutputTarget.checkFile(path)
            } catch {
                throw ValidationError("--out \(error.description)")
            }
        }
    }

    func run() throws {
        let input = try ReportCommand.load(results)
        let notebook = URL(fileURLWithPath: out)
        do {
            let targets = try NotebookExport.targets(input, notebook: notebook, toolVersion: ToolVersion.current)
            try OutputTarget.writeFiles(targets.map { (path: $0.url.path, data: $0.data) })
            Console.output("wrote " + targets.map(\.url.lastPathComponent).joined(separator: ", ") + " in "
                           + notebook.deletingLastPathComponent().path + "\n")
        } catch let error as OutputTarget.Refused {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(out):1:1: cannot write the notebook: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
