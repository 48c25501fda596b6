/// A results file that cannot be read or is not a webcare-sim result, as one
/// `FILE:1:1: message` line.
public struct ResultFileError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file):1:1: \(message)" }
}
