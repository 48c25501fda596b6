/// A problem found while reading a scenario file: where it is (file, 1-based line and column of
/// the offending YAML node) and what is wrong, naming the field by its path, e.g.
/// `channels[0].hour_shape`. The description is the one-line `FILE:LINE:COLUMN: message` form
/// that editors and compilers use.
public struct ScenarioError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as given to the loader.
    public let file: String
    /// Line of the offending node, counting from 1.
    public let line: Int
    /// Column of the offending node, counting from 1.
    public let column: Int
    /// What is wrong and what was expected; one line.
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = ScenarioError.oneLine(message)
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }

    /// The text with every line break turned into a space, so a message stays on one line.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
