/// A problem found while reading a scenario file: where it is (file, 1-based line and column of
/// the offending YAML node) and what is wrong, naming the field by its path, e.g.
/// `channels[0].hour_shape`. The description is the one-line `FILE:LINE:COLUMN: message` form
/// that editors and compilers use.
///
/// A problem caused by a `--set PATH=VALUE` override names the argument at the start of the
/// message: `FILE:LINE:COLUMN: --set PATH=VALUE: field: problem`, at the place in the file that
/// the override changes. A malformed argument has no place in a file: its `file` is the
/// argument (`--set PATH=VALUE`), `line` and `column` are 0 and the description is
/// `--set PATH=VALUE: message`.
public struct ScenarioError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as given to the loader, or `--set PATH=VALUE` for a malformed argument.
    public let file: String
    /// Line of the offending node, counting from 1; 0 for a malformed `--set` argument.
    public let line: Int
    /// Column of the offending node, counting from 1; 0 for a malformed `--set` argument.
    public let column: Int
    /// What is wrong and what was expected; one line.
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = ScenarioError.oneLine(message)
    }

    /// The error for a malformed command-line argument (no file, no position).
    init(argument: String, message: String) {
        self.init(file: argument, line: 0, column: 0, message: message)
    }

    public var description: String {
        line == 0 ? "\(file): \(message)" : "\(file):\(line):\(column): \(message)"
    }

    /// The text with every line break turned into a space, so a message stays on one line.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
