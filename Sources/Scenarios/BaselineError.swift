/// Why the committed results (the baseline) could not be read or written: one line
/// `FILE:1:1: cannot read the baseline: reason`, naming the file as the user gave its folder.
/// A missing or unreadable baseline is an error, never a pass.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file concerned, e.g. `results/manifest.json`.
    public let file: String
    /// What went wrong and, where it helps, what to do.
    public let reason: String
    /// True when writing (re-baselining) failed rather than reading.
    public let writing: Bool

    public init(file: String, reason: String, writing: Bool = false) {
        self.file = file
        self.reason = reason
        self.writing = writing
    }

    public var description: String {
        "\(file):1:1: cannot \(writing ? "write" : "read") the baseline: \(reason)"
    }
}
