import Foundation
import Synchronization

/// A progress bar on stderr for long runs, drawn only when stderr is a terminal; it redraws
/// only when the whole percentage changes.
final class ProgressBar: Sendable {
    private let label: String
    private let enabled: Bool
    private let shown = Mutex(-1)

    init(label: String) {
        self.label = label
        enabled = isatty(STDERR_FILENO) != 0
    }

    /// Reports `done` of `total` replications.
    @Sendable func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let percent = done * 100 / total
        let changed = shown.withLock { last -> Bool in
            guard percent != last else { return false }
            last = percent
            return true
        }
        guard changed else { return }
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)% (\(done)/\(total))".utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, shown.withLock({ $0 }) >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
