import Foundation
import Testing

/// The printed tables fit the terminal: with COLUMNS=80 and 120 every line of run, compare,
/// sweep, staff and roster is at most that wide, and every figure of the wide layout is still
/// there; `--wide` is the layout as wide as it needs, which is what a wide enough terminal gets.
@Suite struct TableWidthTests {
    static let widths = [80, 120]

    /// Two scenarios with sites and follow-ups (the widest tables), written to a folder.
    static func files() throws -> (URL, [String]) {
        let folder = try CommandLineTests.temporaryDirectory()
        let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenarios")
        let names = ["drenthe-14-22.yaml", "drenthe-09-22.yaml"].map { base.appendingPathComponent($0).path }
        return (folder, names)
    }

    /// Every "mean [low, high]" cell of a text, with how often it occurs.
    static func intervals(_ text: String) -> [String: Int] {
        let pattern = try! NSRegularExpression(pattern: "[-+]?[0-9.]+%? \\[[-0-9.]+%?, [-0-9.]+%?\\]")
        var counts: [String: Int] = [:]
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let range = Range(match.range, in: text) { counts[String(text[range]), default: 0] += 1 }
        }
        return counts
    }

    /// `sameCount`: the fitted layout shows exactly the wide layout's cells, so that a wide
    /// enough terminal gets the wide layout itself (run, compare); else it shows them among more.
    static func check(_ arguments: [String], sameCount: Bool) throws {
        let wide = try CommandLineTests.run(arguments + ["--wide"])
        #expect(wide.status == 0, "\(wide.stderr)")
        #expect(wide.stdout.split(separator: "\n").contains { $0.count > 120 }, "the wide layout is wider than the terminals tried")
        if sameCount {
            let roomy = try CommandLineTests.run(arguments, environment: ["COLUMNS": "100000"])
            #expect(roomy.stdout == wide.stdout, "a terminal wide enough gets the wide layout")
        }
        let wideCells = intervals(wide.stdout)
        #expect(!wideCells.isEmpty)
        for width in widths {
            let fitted = try CommandLineTests.run(arguments, environment: ["COLUMNS": String(width)])
            #expect(fitted.status == 0)
            let long = fitted.stdout.split(separator: "\n").map(String.init).filter { $0.count > width }
            #expect(long.isEmpty, "\(arguments[0]) at \(width): \(long.first ?? "")")
            let cells = intervals(fitted.stdout)
            if sameCount {
                #expect(cells == wideCells, "\(arguments[0]) at \(width)")
            } else {
                #expect(wideCells.keys.allSatisfy { cells[$0] != nil }, "\(arguments[0]) at \(width)")
            }
        }
    }

    @Test func runFitsAndKeepsEveryFigure() throws {
        let (_, files) = try Self.files()
        try Self.check(["run"] + files + ["--replications", "3"], sameCount: true)
    }

    @Test func compareFitsAndKeepsEveryFigure() throws {
        let (_, files) = try Self.files()
        try Self.check(["compare"] + files + ["--replications", "3"], sameCount: true)
    }

    /// The fitted sweep is the comparison of its grid points (every measure), so it holds every
    /// figure of the wide sweep table and more.
    @Test func sweepFitsAndKeepsEveryFigure() throws {
        let (_, files) = try Self.files()
        try Self.check(["sweep", files[0], "--vary", "shifts.evening-peak.officers=1,2", "--replications", "3"], sameCount: false)
    }

    /// Without COLUMNS, and with standard output a pipe (not a terminal), the width is 80.
    @Test func eightyWhenTheWidthIsUnknown() throws {
        let (_, files) = try Self.files()
        let unknown = try CommandLineTests.run(["compare"] + files + ["--replications", "2"], environment: [:])
        let eighty = try CommandLineTests.run(["compare"] + files + ["--replications", "2"], environment: ["COLUMNS": "80"])
        #expect(unknown.status == 0 && unknown.stdout == eighty.stdout)
    }

    /// The staffing tables: 7 × 24 grids split their hours into blocks, the roster's side by
    /// side table becomes one value per line; the wide layout is unchanged.
    @Test func staffAndRosterFit() throws {
        let folder = try StaffingCommandTests.files()
        let scenario = folder.appendingPathComponent("s.yaml").path
        for arguments in [["staff", scenario],
                          ["roster", scenario, "--shifts", folder.appendingPathComponent("t.yaml").path, "--confirm-replications", "6"]] {
            let wide = try CommandLineTests.run(arguments + ["--wide"])
            #expect(wide.status == 0, "\(wide.stderr)")
            let roomy = try CommandLineTests.run(arguments, environment: ["COLUMNS": "100000"])
            #expect(roomy.stdout == wide.stdout)
            let figures = Set(wide.stdout.split(whereSeparator: { " \n:;,()".contains($0) }).filter { $0.first?.isNumber == true })
            for width in [80] {
                let fitted = try CommandLineTests.run(arguments, environment: ["COLUMNS": String(width)])
                let long = fitted.stdout.split(separator: "\n").map(String.init).filter { $0.count > width }
                #expect(long.isEmpty, "\(arguments[0]): \(long.first ?? "")")
                let kept = Set(fitted.stdout.split(whereSeparator: { " \n:;,()".contains($0) }).filter { $0.first?.isNumber == true })
                #expect(figures.isSubset(of: kept), "\(arguments[0]): \(figures.subtracting(kept).sorted().prefix(5))")
            }
        }
    }
}
