import Foundation
import Scenarios
import Testing

/// The hostile inputs of issue 14 through the built binary, each under a 4 GB address-space
/// limit and a 20 s timeout: every one ends with one line on stderr and a non-zero exit, never
/// a signal, and writes nothing (the working folder and every target are as they were).
@Suite struct HostileInputTests {
    /// The package's root folder (for the shipped scenarios).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let drenthe = root.appendingPathComponent("scenarios/drenthe-14-22.yaml").path
    static let twente = root.appendingPathComponent("scenarios/twente-24-7.yaml").path

    /// Runs the binary in `folder` under `ulimit -v` 4 GB and `timeout` 20 s.
    static func limited(_ arguments: [String], in folder: URL) throws -> (status: Int32, signalled: Bool, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v 4194304 && exec timeout -s KILL 20 \"$0\" \"$@\"",
                             CommandLineTests.binary.path] + arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationStatus
        return (status, process.terminationReason == .uncaughtSignal || status >= 124,
                String(decoding: stderr, as: UTF8.self))
    }

    /// Every entry under `folder` (recursively) with its kind and size.
    static func listing(_ folder: URL) -> [String] {
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { name in
            let path = folder.appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
            return "\(name) \(FileKindName.of(path)) \(size)"
        }
    }

    /// A file of `text` in `folder`, returning its path.
    static func file(_ name: String, _ text: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// A billion laughs: 8 levels of 9-fold aliases under `description`, 510 bytes.
    static let aliasBomb: String = {
        var lines = ["  a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append("  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return "name: bomb\ndescription:\n" + lines.joined(separator: "\n") + "\n"
    }()

    /// The same bomb as one flow list, for a `--set` VALUE.
    static let flowAliasBomb: String = {
        let first = "&a0 [" + Array(repeating: "x", count: 9).joined(separator: ", ") + "]"
        let levels = (1...8).map { "&a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ", ") + "]" }
        return "[" + ([first] + levels).joined(separator: ", ") + "]"
    }()

    /// 24 one-hour shifts of two officers, every day.
    static let hourlyShifts = "[" + (0..<24).map { hour in
        "{name: s\(hour), days: daily, start: \"\(hour < 10 ? "0" : "")\(hour):00\", end: \"\(hour < 9 ? "0" : "")\((hour + 1) % 24):00\", officers: 2}"
    }.joined(separator: ", ") + "]"

    /// The cases: what is tried, and the arguments (files are created in `folder`).
    static func cases(in folder: URL) throws -> [(String, [String])] {
        let d = drenthe
        let run = ["run", d, "--threads", "2"]
        let shifts = (0..<100_000).map { "  - {name: s\($0), days: daily, start: \"08:00\", end: \"16:00\", officers: 1}" }
        let manyShifts = try String(contentsOfFile: d, encoding: .utf8).replacingOccurrences(of: "\nshifts:", with: "\nold_shifts:")
        let backlog = (0..<20).map { _ in "{channel: facebook, kind: question, count: 1000000}" }.joined(separator: ", ")
        let fifo = folder.appendingPathComponent("fifo").path
        mkfifo(fifo, 0o644)
        let big = folder.appendingPathComponent("big.yaml").path
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let loop = folder.appendingPathComponent("loop-a").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop-b")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop-b").path, withDestinationPath: "loop-a")
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        // A private copy of /dev/null (where mknod is allowed), so that a regression that
        // writes over a device cannot damage the machine's own.
        let device = folder.appendingPathComponent("device").path
        let devices = mknod(device, S_IFCHR | 0o666, 259) == 0
            ? [("--report onto a character device", run + ["--report", device]),
               ("--out onto a character device", run + ["--out", device]),
               ("a character device as a scenario", ["run", device])] : []
        let grid = Array(repeating: (1...10).map(String.init).joined(separator: ","), count: 6)
        return [
            ("horizon 1e19 weeks", run + ["--set", "run.horizon_weeks=1e19"]),
            ("warm-up 1e308 days", run + ["--set", "run.warmup_days=1e308"]),
            ("horizon 1e17 weeks", run + ["--set", "run.horizon_weeks=1e17"]),
            ("horizon 1e6 weeks", run + ["--set", "run.horizon_weeks=1e6"]),
            ("a 4000-segment --set path", run + ["--set", Array(repeating: "a", count: 4_000).joined(separator: ".") + "=1"]),
            ("an alias bomb file", ["run", try file("bomb.yaml", aliasBomb, in: folder)]),
            ("an alias bomb in --set", run + ["--set", "description=" + flowAliasBomb]),
            ("1e6 facebook messages a day", run + ["--set", "channels.facebook.messages_per_day=1e6"]),
            ("a backlog of 20 × 10^6", run + ["--set", "run.warmup_days=0", "--set", "starting_backlog=[\(backlog)]"]),
            ("busy-day cv 1e-160", run + ["--set", "busy_days.cv=1e-160"]),
            ("busy-day cv 1e-300", run + ["--set", "busy_days.cv=1e-300"]),
            ("a 1 GB scenario file", ["run", big]),
            ("a 1 MB scenario name", ["run", try file("name.yaml", "name: \(String(repeating: "n", count: 1 << 20))\nbase: \(d)\n", in: folder)]),
            ("call-outs 1e12 an hour", run + ["--set", "shrinkage.call_outs.per_hour=1e12"]),
            ("monitoring blocks of 1e-6 minutes", run + ["--set", "shrinkage.monitoring.block_minutes=1e-6"]),
            ("16777216 replications in the file", run + ["--set", "run.replications=16777216"]),
            ("16777216 replications on the command line", run + ["--replications", "16777216"]),
            ("100000 replications of a long horizon", run + ["--replications", "100000", "--set", "run.horizon_weeks=100"]),
            ("10^5 shifts", ["run", try file("shifts.yaml", manyShifts + "\nshifts:\n" + shifts.joined(separator: "\n") + "\n", in: folder)]),
            ("a 10^6-point sweep grid", ["sweep", d] + grid.flatMap { ["--vary", "shifts.late-emmen.officers=\($0)"] }),
            ("100000 officers", run + ["--set", "shifts.late-emmen.officers=100000"]),
            ("urgent handling mean 1e-160", run + ["--set", "kinds.urgent.handling.mean=1e-160"]),
            ("call-out duration mean 1e-160", run + ["--set", "shrinkage.call_outs={per_hour: 0.1, duration: {dist: exponential, mean: 1e-160}}"]),
            ("--precision to 1e6 replications", run + ["--precision", "wait_mean_min=0.0001", "--max-replications", "1000000"]),
            ("--replications -1", run + ["--replications", "-1"]),
            ("--threads 0", run + ["--threads", "0"]),
            ("--out \"\"", run + ["--out", ""]),
            ("--out onto a file", run + ["--out", try file("plain.txt", "x", in: folder)]),
            ("--out onto a FIFO", run + ["--out", fifo]),
            ("--report onto a FIFO", run + ["--report", fifo]),
            ("--report onto a symbolic link", run + ["--report", link]),
            ("--report \"\"", run + ["--report", ""]),
            ("/dev/zero as a scenario", ["run", "/dev/zero"]),
            ("/dev/null as a scenario", ["run", "/dev/null"]),
            ("a FIFO as a scenario", ["run", fifo]),
            ("a directory as a scenario", ["run", folder.path]),
            ("a symbolic link loop as a scenario", ["run", loop]),
            ("a base that is a symbolic link loop", ["run", try file("child.yaml", "name: child\nbase: loop-a\n", in: folder)]),
            ("a base that is a FIFO", ["run", try file("child2.yaml", "name: child\nbase: fifo\n", in: folder)]),
        ] + devices
    }

    @Test func everyHostileCaseEndsInOneLineWithoutSignalOrWrites() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        let cases = try Self.cases(in: folder)
        let before = Self.listing(folder)
        for (name, arguments) in cases {
            let outcome = try Self.limited(arguments, in: folder)
            #expect(!outcome.signalled, "\(name): status \(outcome.status), \(outcome.stderr.prefix(300))")
            #expect(outcome.status != 0, "\(name)")
            let lines = outcome.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines[1].isEmpty && !lines[0].isEmpty, "\(name): \(outcome.stderr.prefix(600))")
            #expect(!outcome.stderr.contains("Fatal error") && !outcome.stderr.contains("Backtrac"), "\(name)")
            #expect(Self.listing(folder) == before, "\(name) wrote or changed something")
        }
        #expect(cases.count >= 40)
    }

    @Test func aLargeAllowedRunSaysSoFirst() throws {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["run", Self.twente, "--replications", "20000", "--threads", "1"]
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix("Twente 24/7: a large run: about "), "\(text)")
        #expect(text.contains(" messages and ") && text.contains(" events in all, expected to take about ")
                && text.hasSuffix(" s on 1 thread\n"), "\(text)")
    }

    @Test func formerlyCrashingRunsNowRun() throws {
        let folder = try CommandLineTests.temporaryDirectory()
        let arguments = ["run", Self.twente, "--replications", "3", "--threads", "1", "--set", "shifts=\(Self.hourlyShifts)",
                         "--set", "shift_end={rule: hand_over, work_done: lost}"]
        let outcome = try Self.limited(arguments, in: folder)
        #expect(outcome.status == 0 && !outcome.signalled, "\(outcome.stderr.prefix(600))")
    }
}

/// The kind of a path for a listing, by `lstat`.
enum FileKindName {
    static func of(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else { return "missing" }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return "file"
        case S_IFDIR: return "folder"
        case S_IFLNK: return "link"
        case S_IFIFO: return "fifo"
        case S_IFCHR: return "character device"
        default: return "other"
        }
    }
}

/// `--out` as a transaction through the binary: runs killed at any moment and runs writing the
/// same folder at once leave either the old set or a new one, never files of two runs.
@Suite struct OutputTransactionTests {
    /// True when the folder holds one run's set: its by-hour table is the one its summary gives.
    static func consistent(_ folder: URL) throws -> Bool {
        let summary = try ResultWriter.summary(from: Data(contentsOf: folder.appendingPathComponent("summary.json")))
        let table = try String(contentsOf: folder.appendingPathComponent("by-hour.csv"), encoding: .utf8)
        return table == ResultWriter.hourCSV(summary)
            && FileManager.default.fileExists(atPath: folder.appendingPathComponent(OutputTarget.marker).path)
    }

    static func start(seed: Int, out: URL) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["run", HostileInputTests.drenthe, "--replications", "2", "--threads", "1", "--seed", "\(seed)",
                             "--out", out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedAndConcurrentRunsNeverMixTwoSets() throws {
        let root = try CommandLineTests.temporaryDirectory()
        let out = root.appendingPathComponent("out")
        let first = try Self.start(seed: 1, out: out)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        for attempt in 0..<12 {
            let process = try Self.start(seed: 100 + attempt, out: out)
            usleep(UInt32(attempt * 40_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try Self.consistent(out), "after a kill at \(attempt * 40) ms")
        }
        let pair = try [Self.start(seed: 7, out: out), Self.start(seed: 8, out: out)]
        for process in pair { process.waitUntilExit() }
        #expect(pair.allSatisfy { $0.terminationStatus == 0 })
        #expect(try Self.consistent(out))
        let last = try Self.start(seed: 9, out: out)
        last.waitUntilExit()
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(names == ["out"], "temporaries of killed runs are removed by the next write: \(names)")
    }
}
