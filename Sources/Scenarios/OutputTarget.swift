import CPathExchange
import Foundation

/// Where a command writes, made safe: a target is refused when its path is empty or when
/// something is there that is not ours to replace (a device, a FIFO, a symbolic link, a folder
/// for a file, a file or a foreign folder for a folder); a folder of results is written whole
/// into a temporary folder beside it and then moved into place, so a reader never sees files
/// of two runs, and a file is written beside its target and renamed over it. A folder is ours
/// when it is empty or holds the marker file `.webcare-sim-output` that every written folder
/// gets. Temporaries are hidden (`.NAME.webcare-sim-PID-…`); those of a process that is gone
/// are removed by the next write beside them.
public enum OutputTarget {
    /// A target that cannot be written, as one line `PATH:1:1: cannot write …: reason`.
    public struct Refused: Error, CustomStringConvertible {
        public let path: String
        public let reason: String

        public var description: String { "\(path.isEmpty ? "\"\"" : path):1:1: cannot write there: \(reason)" }
    }

    /// The marker file of a folder written by webcare-sim.
    public static let marker = ".webcare-sim-output"

    /// Refuses a file target that is empty or exists and is not a regular file.
    public static func checkFile(_ path: String) throws(Refused) {
        guard !path.isEmpty else { throw Refused(path: path, reason: "the path is empty; expected a file name") }
        guard let kind = FileKind.of(path), kind != .regular else { return }
        throw Refused(path: path, reason: "it is \(kind.description); expected a regular file or a new name")
    }

    /// Refuses a folder target that is empty or exists and is not a folder of ours.
    public static func checkFolder(_ path: String) throws(Refused) {
        guard !path.isEmpty else { throw Refused(path: path, reason: "the path is empty; expected a folder name") }
        guard let kind = FileKind.of(path) else { return }
        guard kind == .directory else {
            throw Refused(path: path, reason: "it is \(kind.description); expected a folder of results or a new name")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]
        guard entries.isEmpty || entries.contains(marker) else {
            throw Refused(path: path, reason: "the folder holds files that webcare-sim did not write (it has no \(marker)); expected an empty folder, one written by webcare-sim, or a new name")
        }
    }

    /// Writes `data` to the file `path`: into a temporary file beside it, then renamed over it.
    public static func writeFile(_ data: Data, to path: String) throws {
        try writeFile(path) { try data.write(to: $0) }
    }

    /// Writes the file `path` through `body`, which fills a temporary file beside it (hidden,
    /// its name ending in `.suffix`, e.g. `pdf` for a program that goes by the extension); the
    /// temporary is renamed over the target only when `body` succeeds and removed otherwise, so
    /// a failed or killed writer leaves the old file whole.
    public static func writeFile(_ path: String, suffix: String = "tmp", _ body: (URL) throws -> Void) throws {
        try checkFile(path)
        let target = URL(fileURLWithPath: path)
        let temporary = try temporaryPath(beside: target, suffix: suffix)
        do {
            try body(temporary)
            try checkFile(path)
            try rename(temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes a set of files as one (a notebook with the data it reads): each into a temporary
    /// beside its target, and only when every one is written are they renamed over their
    /// targets, so a failure in writing any of them leaves none of the new files and the old set
    /// whole (a kill can fall only between the renames). `write` writes one file's bytes; the
    /// command uses the default, a test makes one of them fail.
    public static func writeFiles(_ files: [(path: String, data: Data)],
                                  write: (Data, URL) throws -> Void = { try $0.write(to: $1) }) throws {
        for file in files { try checkFile(file.path) }
        var written: [(temporary: URL, target: URL)] = []
        do {
            for file in files {
                let target = URL(fileURLWithPath: file.path)
                let temporary = try temporaryPath(beside: target)
                written.append((temporary, target))
                try write(file.data, temporary)
            }
            for file in files { try checkFile(file.path) }
            for (temporary, target) in written { try rename(temporary, to: target) }
        } catch {
            for (temporary, _) in written { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
    }

    /// Writes a folder of results at `path`: `body` fills a temporary folder beside it, which
    /// then replaces the target whole.
    public static func writeFolder(_ path: String, _ body: (URL) throws -> Void) throws {
        try checkFolder(path)
        let target = URL(fileURLWithPath: path)
        let temporary = try temporaryPath(beside: target)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
            try body(temporary)
            try Data("written by webcare-sim; the next run with this --out replaces the folder whole\n".utf8)
                .write(to: temporary.appendingPathComponent(marker))
            try commit(temporary, to: target, check: checkFolder)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Replaces the folder `path` (one not marked as ours, such as the committed results) whole
    /// with an updated copy: its entries are copied into a temporary folder beside it, `body`
    /// changes the copy, and the copy is exchanged with the folder in one step, so a failure or a
    /// kill before that leaves the folder exactly as it was.
    public static func updateFolder(_ path: String, _ body: (URL) throws -> Void) throws {
        guard !path.isEmpty else { throw Refused(path: path, reason: "the path is empty; expected a folder name") }
        try requireFolder(path)
        let target = URL(fileURLWithPath: path)
        let temporary = try temporaryPath(beside: target)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
            if FileKind.of(path) != nil {
                for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                    try FileManager.default.copyItem(at: target.appendingPathComponent(name),
                                                     to: temporary.appendingPathComponent(name))
                }
            }
            try body(temporary)
            try commit(temporary, to: target, check: requireFolder)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Refuses a path that exists and is not a folder.
    private static func requireFolder(_ path: String) throws(Refused) {
        guard let kind = FileKind.of(path), kind != .directory else { return }
        throw Refused(path: path, reason: "it is \(kind.description); expected a folder")
    }

    /// Moves the finished folder `temporary` into place. A folder already there (one `check`
    /// accepts: ours, or any folder for an update) is
    /// exchanged with it in one step (`path_exchange`) and then removed; where the file system
    /// cannot exchange, it is moved aside first, leaving a moment with no folder, never a mixed one.
    private static func commit(_ temporary: URL, to target: URL, check: (String) throws -> Void) throws {
        for _ in 0..<8 {
            if Foundation.rename(temporary.path, target.path) == 0 { return }
            let code = errno
            guard code == EEXIST || code == ENOTEMPTY else { throw posixError(code, target) }
            try check(target.path)
            if path_exchange(temporary.path, target.path) == 0 {
                try? FileManager.default.removeItem(at: temporary)
                return
            }
            let exchangeCode = errno
            if exchangeCode == ENOENT { continue }
            guard exchangeCode == EINVAL || exchangeCode == ENOSYS else { throw posixError(exchangeCode, target) }
            let old = target.deletingLastPathComponent().appendingPathComponent(temporaryName(for: target, suffix: "old"))
            guard Foundation.rename(target.path, old.path) == 0 else {
                if errno == ENOENT { continue }
                throw posixError(errno, target)
            }
            let moved = Foundation.rename(temporary.path, target.path) == 0
            let movedCode = errno
            try? FileManager.default.removeItem(at: old)
            if moved { return }
            guard movedCode == EEXIST || movedCode == ENOTEMPTY else { throw posixError(movedCode, target) }
        }
        throw Refused(path: target.path, reason: "another run kept replacing the folder at the same time")
    }

    private static func rename(_ source: URL, to target: URL) throws {
        guard Foundation.rename(source.path, target.path) == 0 else { throw posixError(errno, target) }
    }

    private static func posixError(_ code: Int32, _ target: URL) -> Refused {
        Refused(path: target.path, reason: String(cString: strerror(code)))
    }

    /// The path of a new temporary (file or folder) beside `target`, its parent made if missing,
    /// after removing the temporaries that dead processes left there.
    private static func temporaryPath(beside target: URL, suffix: String = "tmp") throws -> URL {
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        removeLeftovers(beside: target)
        return parent.appendingPathComponent(temporaryName(for: target, suffix: suffix))
    }

    /// `.NAME.webcare-sim-PID-UUID.SUFFIX`, hidden, beside `target`.
    private static func temporaryName(for target: URL, suffix: String) -> String {
        ".\(target.lastPathComponent).webcare-sim-\(getpid())-\(UUID().uuidString).\(suffix)"
    }

    /// Removes the temporaries beside `target` left by processes that are gone (killed runs).
    private static func removeLeftovers(beside target: URL) {
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).webcare-sim-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = Int32(rest.prefix { $0.isNumber }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }
}
