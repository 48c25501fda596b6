/// How wide the printed text may be, in characters: the terminal's width for the fitted layout,
/// or no limit for the wide layout (`--wide`: every table on one block, as wide as it needs).
public struct TextLayout: Sendable, Equatable {
    /// The most characters a line may have; nil for the wide layout.
    public let width: Int?

    public init(width: Int?) {
        self.width = width.map { max($0, Self.narrowest) }
    }

    /// The wide layout.
    public static let wide = TextLayout(width: nil)

    /// The narrowest width honoured, in characters: below it the layout is that of this width.
    public static let narrowest = 20

    /// True for the wide layout.
    public var isWide: Bool { width == nil }

    /// `text` with every line longer than the width broken at spaces (the continuation lines
    /// indented two more than the line), so that prose fits as the tables do; a word longer
    /// than the width is left whole. The wide layout leaves the text as it is.
    public func fit(_ text: String) -> String {
        guard let width else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            let indent = String(repeating: " ", count: min(line.prefix { $0 == " " }.count + 2, width / 2))
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                let lead = lines.isEmpty ? String(line.prefix { $0 == " " }) : indent
                if current.isEmpty {
                    current = lead + word
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = indent + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
