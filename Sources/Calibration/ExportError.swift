/// A problem in an export file, at a row (1 = the header) and column (1-based; 0 when the
/// problem is the whole row or file). Printed as `FILE:ROW:COLUMN: message`.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let row: Int
    public let column: Int
    public let message: String

    public init(file: String, row: Int, column: Int, message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(row):\(column): \(message)" }
}
