import Foundation
import Yams

/// Reading a scenario's YAML tree from its file and the chain of `base` files it starts from,
/// merged by the rule in `ScenarioLoader`'s documentation (`SourceNode.merged(over:)`).
extension ScenarioLoader {
    /// A file that could not be read, and why.
    struct UnreadableFile: Error {
        let reason: String
    }

    /// A file in a chain of bases: its path as shown in errors and its real location.
    private struct Link {
        let file: String
        let identity: String
    }

    private static let emptyMessage =
        "the file is empty; a scenario needs name, run, service_level, channels, kinds and shifts"

    /// The top-level mapping of `yaml` (read from `file`) with its chain of bases merged in.
    static func tree(yaml: String, file: String) throws(ScenarioError) -> SourceNode {
        try tree(yaml: yaml, file: file, links: [])
    }

    /// `tree(yaml:file:)` for a file that the files in `links` have (in turn) as their base,
    /// outermost first.
    private static func tree(yaml: String, file: String, links: [Link]) throws(ScenarioError) -> SourceNode {
        let root = try document(yaml: yaml, file: file)
        guard let entries = root.entries, let baseEntry = entries.first(where: { $0.key.text == "base" }) else {
            return root
        }
        var own = root
        own.content = .mapping(entries.filter { $0.key.text != "base" })
        guard own.value(forKey: "name") != nil else {
            throw YAMLValue.error(at: baseEntry.key, path: "name", problem: "a scenario with a base needs its own name")
        }
        let baseValue = YAMLValue(node: baseEntry.value, path: "base", key: baseEntry.key)
        let reference = try baseValue.nonBlank(expected: "the scenario file this one starts from, relative to this file")
        let basePath = path(of: reference, relativeTo: file)
        let chain = links + [Link(file: file, identity: identity(ofFile: file))]
        guard chain.count <= ScenarioLimits.bases else {
            throw baseValue.error("a chain of more than \(ScenarioLimits.bases) bases; expected at most \(ScenarioLimits.bases) files behind a scenario")
        }
        let baseIdentity = identity(ofFile: basePath)
        if let start = chain.firstIndex(where: { $0.identity == baseIdentity }) {
            let cycle = (chain[start...].map(\.file) + [basePath]).joined(separator: " → ")
            throw baseValue.error("the bases form a cycle: \(cycle); expected a chain of bases that ends in a file without base")
        }
        let text: String
        do {
            text = try contents(ofFile: basePath)
        } catch {
            throw baseValue.error("cannot read the base file \"\(basePath)\": \(error.reason)")
        }
        return own.merged(over: try tree(yaml: text, file: basePath, links: chain))
    }

    /// The top-level mapping of one file, as written.
    private static func document(yaml: String, file: String) throws(ScenarioError) -> SourceNode {
        let composed = try composeWithinBudget(yaml: yaml, file: file)
        guard let composed else { throw ScenarioError(file: file, line: 1, column: 1, message: emptyMessage) }
        let root = SourceNode(composed, file: file)
        if root.isNull { throw ScenarioError(file: file, line: 1, column: 1, message: emptyMessage) }
        guard root.entries != nil else {
            throw YAMLValue(node: root, path: "").error(
                "the top level is \(YAMLValue(node: root, path: "").summary); expected a mapping with name, run, service_level, channels, kinds and shifts")
        }
        return root
    }

    /// `yaml` composed by Yams, refused when it is over the reader's budgets (`YAMLBudget`).
    static func composeWithinBudget(yaml: String, file: String) throws(ScenarioError) -> Node? {
        let composed: Node?
        do {
            try YAMLBudget.check(bytes: yaml.utf8.count)
            try YAMLBudget.checkEvents(yaml)
            composed = try Yams.compose(yaml: yaml)
            if let composed { try YAMLBudget.check(composed) }
        } catch let error as YAMLBudget.Exceeded {
            throw ScenarioError(file: file, line: error.line, column: error.column, message: error.problem)
        } catch {
            throw ScenarioError(yamlError: error, yaml: yaml, file: file)
        }
        return composed
    }

    /// The path of the file `reference` names, written in a file at `file`: relative to that
    /// file's directory unless it is absolute.
    private static func path(of reference: String, relativeTo file: String) -> String {
        let directory = (file as NSString).deletingLastPathComponent
        guard !reference.hasPrefix("/"), !directory.isEmpty else { return reference }
        return (directory as NSString).appendingPathComponent(reference)
    }

    /// The file's absolute path with `.`, `..` and symbolic links resolved, to recognise a file
    /// reached twice.
    private static func identity(ofFile path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The text of the file at `path`: a regular file (a symbolic link to one will do) of at
    /// most `ScenarioLimits.documentBytes`, in UTF-8. Anything else is refused saying what it is.
    static func contents(ofFile path: String) throws(UnreadableFile) -> String {
        guard !path.isEmpty else { throw UnreadableFile(reason: "the file name is empty") }
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            var link = stat()
            if code == ELOOP || (code == ENOENT && lstat(path, &link) == 0) {
                throw UnreadableFile(reason: code == ELOOP ? "a loop of symbolic links" : "a symbolic link to nothing")
            }
            throw UnreadableFile(reason: code == ENOENT ? "no such file" : String(cString: strerror(code)))
        }
        if let kind = FileKind(mode: status.st_mode), kind != .regular {
            throw UnreadableFile(reason: "it is \(kind.description), not a regular file")
        }
        guard status.st_size <= ScenarioLimits.documentBytes else {
            throw UnreadableFile(reason: "it has \(status.st_size) bytes; expected at most \(ScenarioLimits.documentBytes) (16 MiB)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UnreadableFile(reason: error.localizedDescription)
        }
        guard data.count <= ScenarioLimits.documentBytes else {
            throw UnreadableFile(reason: "it has more than \(ScenarioLimits.documentBytes) bytes (16 MiB)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw UnreadableFile(reason: "it is not UTF-8 text") }
        return text
    }
}
