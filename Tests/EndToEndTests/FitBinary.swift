import Foundation

/// The built `webcare-sim` binary as a planner runs `fit` and `run --trace`: the runner of
/// `CommandLineTests`, with folders and export files of its own.
enum FitBinary {
    static var binary: URL { CommandLineTests.binary }

    static func run(_ arguments: [String]) throws -> CommandLineTests.Outcome {
        try CommandLineTests.run(arguments)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-fit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to a new temporary file ending in `.ext` and gives its path.
    static func file(_ text: String, _ ext: String = "csv") throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fit-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The fit.json written into `folder`, as a JSON object.
    static func fitJSON(_ folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("fit.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
