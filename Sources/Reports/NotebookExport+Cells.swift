import Foundation

extension NotebookExport {
    /// A cell file of the target's resources that is missing or cannot be read.
    struct CellsUnreadable: LocalizedError {
        let reason: String

        var errorDescription: String? { "the notebook's cells (resources of webcare-sim): \(reason)" }
    }

    /// The folder the build copies the cells into: `webcare-sim_Reports.resources/NotebookCells`
    /// beside the running executable (the binary, or the test runner in the same build folder).
    /// Looked up here rather than through SwiftPM's `Bundle.module`, which stops the program with
    /// a fatal error when the folder is missing (a binary copied without it).
    static func cellsFolder() throws -> URL {
        let folder = Bundle.main.bundleURL.appendingPathComponent("webcare-sim_Reports.resources")
            .appendingPathComponent("NotebookCells")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CellsUnreadable(reason: "no folder \(folder.path); copy the folder webcare-sim_Reports.resources with the binary")
        }
        return folder
    }

    /// The two placeholders of the `load` cell, each replaced by a data file's name as a
    /// Python string literal.
    static let csvPlaceholder = "\"@CSV_FILE@\"", jsonPlaceholder = "\"@JSON_FILE@\""

    /// The notebook's cells: a short explanation, then the code, for each view. They are the
    /// files of the resource folder `Sources/Reports/NotebookCells`, in name order: `NN-ID.md`
    /// is a markdown cell and `NN-ID.py` a code cell with id ID; each file ends in one newline
    /// that is not part of the cell. Only the data files' names (from the command line, as
    /// Python string literals) vary; nothing from a scenario is written into a cell.
    static func cells(csvFile: String, jsonFile: String) throws -> [Notebook.Cell] {
        let folder = try cellsFolder()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw CellsUnreadable(reason: "\(folder.path): \(error.localizedDescription)")
        }
        return try names.map { name in
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8),
                  text.hasSuffix("\n"), let dash = name.firstIndex(of: "-") else {
                throw CellsUnreadable(reason: "\(url.path) is not a cell file (NN-ID.md or .py, UTF-8, ending in a newline)")
            }
            let id = String(name[name.index(after: dash)...].dropLast(3))
            let source = String(text.dropLast())
                .replacingOccurrences(of: csvPlaceholder, with: pythonString(csvFile))
                .replacingOccurrences(of: jsonPlaceholder, with: pythonString(jsonFile))
            switch url.pathExtension {
            case "md": return .markdown(id, source)
            case "py": return .code(id, source)
            default: throw CellsUnreadable(reason: "\(url.path): a cell file ends in .md or .py")
            }
        }
    }
}
