import Foundation
import Scenarios
import Testing

/// Output as a transaction: a folder of results replaces the target whole or not at all, a
/// target that is not ours is refused and left as it was, and temporaries of killed runs are
/// removed.
@Suite struct OutputTargetTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func names(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    @Test func aFolderIsReplacedWhole() throws {
        let root = try Self.folder()
        let out = root.appendingPathComponent("out").path
        try OutputTarget.writeFolder(out) { try Data("1".utf8).write(to: $0.appendingPathComponent("a.json")) }
        try OutputTarget.writeFolder(out) { try Data("2".utf8).write(to: $0.appendingPathComponent("b.json")) }
        #expect(Self.names(URL(fileURLWithPath: out)) == [OutputTarget.marker, "b.json"])
        #expect(Self.names(root) == ["out"])
    }

    @Test func aFailedWriteLeavesTheOldSetAndNoTemporary() throws {
        struct Failed: Error {}
        let root = try Self.folder()
        let out = root.appendingPathComponent("out").path
        try OutputTarget.writeFolder(out) { try Data("1".utf8).write(to: $0.appendingPathComponent("a.json")) }
        #expect(throws: Failed.self) {
            try OutputTarget.writeFolder(out) { folder in
                try Data("2".utf8).write(to: folder.appendingPathComponent("b.json"))
                throw Failed()
            }
        }
        #expect(Self.names(URL(fileURLWithPath: out)) == [OutputTarget.marker, "a.json"])
        #expect(Self.names(root) == ["out"])
    }

    @Test func aSetOfFilesFailingOnTheSecondLeavesTheOldSetAndNoNewFile() throws {
        struct Failed: Error {}
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let paths = ["team.csv", "team.json", "team.ipynb"].map { root.appendingPathComponent($0).path }
        try OutputTarget.writeFiles(paths.map { (path: $0, data: Data("old \($0)".utf8)) })
        var calls = 0
        #expect(throws: Failed.self) {
            try OutputTarget.writeFiles(paths.map { (path: $0, data: Data("new".utf8)) }) { data, url in
                calls += 1
                if calls == 2 { throw Failed() }
                try data.write(to: url)
            }
        }
        #expect(calls == 2)
        #expect(Self.names(root) == ["team.csv", "team.ipynb", "team.json"])
        for path in paths { #expect(FileManager.default.contents(atPath: path) == Data("old \(path)".utf8)) }
        try OutputTarget.writeFiles(paths.map { (path: $0, data: Data("new".utf8)) })
        for path in paths { #expect(FileManager.default.contents(atPath: path) == Data("new".utf8)) }
        #expect(Self.names(root) == ["team.csv", "team.ipynb", "team.json"])
    }

    @Test func targetsThatAreNotOursAreRefused() throws {
        let root = try Self.folder()
        let foreign = root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        let file = root.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        let fifo = root.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = root.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file.path)
        // A private copy of /dev/null (where mknod is allowed): a regression must not write over the machine's own.
        let device = root.appendingPathComponent("device").path
        let devices = mknod(device, S_IFCHR | 0o666, 259) == 0 ? [(device, "it is a character device")] : []

        for (path, reason) in [(foreign.path, "the folder holds files that webcare-sim did not write"),
                               (file.path, "it is a regular file"), (fifo, "it is a FIFO (named pipe)"),
                               (link, "it is a symbolic link"), ("", "the path is empty")] + devices {
            #expect(throws: OutputTarget.Refused.self, "\(path)") {
                try OutputTarget.writeFolder(path) { _ in Issue.record("wrote into \(path)") }
            }
            do {
                try OutputTarget.checkFolder(path)
            } catch {
                #expect(error.reason.hasPrefix(reason), "\(path): \(error.reason)")
            }
        }
        for (path, reason) in [(foreign.path, "it is a directory"), (fifo, "it is a FIFO"), (link, "it is a symbolic link"),
                               ("", "the path is empty")] + devices {
            #expect(throws: OutputTarget.Refused.self, "\(path)") { try OutputTarget.writeFile(Data("y".utf8), to: path) }
            do {
                try OutputTarget.checkFile(path)
            } catch {
                #expect(error.reason.hasPrefix(reason), "\(path): \(error.reason)")
            }
        }
        #expect(FileKind.of(fifo) == .fifo)
        #expect(FileKind.of(link) == .symbolicLink)
        #expect(FileManager.default.contents(atPath: file.path) == Data("x".utf8))
        #expect(Self.names(foreign) == ["notes.txt"])
        #expect(Self.names(root) == (devices.isEmpty ? [] : ["device"]) + ["fifo", "file.txt", "link", "mine"])
    }

    @Test func aFileIsReplacedByRename() throws {
        let root = try Self.folder()
        let path = root.appendingPathComponent("report.html").path
        try OutputTarget.writeFile(Data("one".utf8), to: path)
        try OutputTarget.writeFile(Data("two".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("two".utf8))
        #expect(Self.names(root) == ["report.html"])
    }

    @Test func temporariesOfGoneProcessesAreRemoved() throws {
        let root = try Self.folder()
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let leftover = root.appendingPathComponent(".out.webcare-sim-\(gone.processIdentifier)-X.tmp")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        let alive = root.appendingPathComponent(".out.webcare-sim-1-X.tmp")
        try FileManager.default.createDirectory(at: alive, withIntermediateDirectories: true)
        try OutputTarget.writeFolder(root.appendingPathComponent("out").path) { _ in }
        #expect(Self.names(root) == [".out.webcare-sim-1-X.tmp", "out"])
    }
}
