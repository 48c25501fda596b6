import Foundation
import Reports

/// The width the printed tables fit, in characters: `COLUMNS` when it is set to a whole number,
/// else the terminal's width when standard output is a terminal, else 80.
enum TerminalWidth {
    /// The width when nothing says otherwise.
    static let fallback = 80

    /// The layout of the printed tables: the wide one with `--wide`, else fitted to the width.
    static func layout(wide: Bool) -> TextLayout {
        wide ? .wide : TextLayout(width: current())
    }

    /// `COLUMNS`, the terminal's width or 80.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)), columns > 0 {
            return columns
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return fallback
    }
}
