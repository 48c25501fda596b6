import Foundation
import Scenarios
import Testing
import WebcareModel

/// `staff` and `roster` through the built binary: the files they write load as scenarios with
/// exactly the staffing they report, and bad input is one line with nothing written.
@Suite struct StaffingCommandTests {
    static let scenario = """
    name: small team
    run: {horizon_weeks: 2, warmup_days: 1, replications: 6, seed: 3}
    service_level: {target_minutes: 30, target_share: 0.8}
    goals: {per_hour: open}
    channels:
      - {name: facebook, messages_per_day: 120, hour_shape: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 3, 1, 0]}
    kinds:
      - {name: question, share: 1, handling: {dist: exponential, mean: 8}, patience: {dist: exponential, mean: 120}}
    shifts:
      - {name: day, days: daily, start: "08:00", end: "22:00", officers: 2}
    """

    static let templates = """
    templates:
      - {name: early, days: daily, start: "08:00", end: "16:00"}
      - {name: late, days: daily, start: "14:00", end: "22:00"}
      - {name: peak, days: daily, start: "17:00", end: "21:00", max: 3}
    """

    static func files() throws -> URL {
        let folder = try CommandLineTests.temporaryDirectory()
        try scenario.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        try templates.write(to: folder.appendingPathComponent("t.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func staffWritesAScenarioWithItsStaffing() throws {
        let folder = try Self.files()
        let out = folder.appendingPathComponent("out")
        let result = try CommandLineTests.run(["staff", folder.appendingPathComponent("s.yaml").path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Officers per hour (simulation):"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("staffing.json"))) as? [String: Any]
        let officers = try #require((json?["hours"] as? [[String: Any]])?.compactMap { $0["officers"] as? Int })
        let written = try ScenarioLoader.load(path: out.appendingPathComponent("staffing.yaml").path)
        let minutes = written.roster.levelByMinute
        #expect((0..<168).map { minutes[$0 * 60] } == officers)
        #expect(written.goals.list.map(\.text) == ["service_level>=0.8"] && written.goals.perHour == .open)
        #expect(officers.enumerated().allSatisfy { hour, n in (8..<22).contains(hour % 24) ? n >= 1 : n == 0 })
    }

    @Test func rosterWritesAScenarioWithItsCounts() throws {
        let folder = try Self.files()
        let out = folder.appendingPathComponent("out")
        let result = try CommandLineTests.run(["roster", folder.appendingPathComponent("s.yaml").path,
                                               "--shifts", folder.appendingPathComponent("t.yaml").path,
                                               "--confirm-replications", "10", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("current roster"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("roster.json"))) as? [String: Any]
        let counts = try #require((json?["templates"] as? [[String: Any]])?.map { ($0["name"] as? String ?? "", $0["officers"] as? Int ?? -1) })
        let written = try ScenarioLoader.load(path: out.appendingPathComponent("roster.yaml").path)
        #expect(written.roster.shifts.map { [$0.name: $0.officers] } == counts.filter { $0.1 > 0 }.map { [$0.0: $0.1] })
        #expect((json?["solver"] as? [String: Any])?["status"] as? String == "optimal")
    }

    @Test func badInputIsOneLineAndNothingIsWritten() throws {
        let folder = try Self.files()
        let out = folder.appendingPathComponent("out")
        try "templates:\n  - {name: early, days: daily, start: \"08:00\", end: \"16:00\", officers: 2}\n"
            .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try CommandLineTests.run(["roster", folder.appendingPathComponent("s.yaml").path,
                                            "--shifts", folder.appendingPathComponent("bad.yaml").path, "--out", out.path])
        #expect(bad.status != 0)
        #expect(bad.stderr.hasSuffix("bad.yaml:2:62: templates[0].officers: unknown key; expected one of name, days, start, end, site, breaks, cost, min, max\n"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
        let noTarget = Self.scenario.replacingOccurrences(of: ", target_share: 0.8", with: "")
        try noTarget.write(to: folder.appendingPathComponent("plain.yaml"), atomically: true, encoding: .utf8)
        let plain = try CommandLineTests.run(["staff", folder.appendingPathComponent("plain.yaml").path, "--out", out.path])
        #expect(plain.status != 0)
        #expect(plain.stderr.hasSuffix("plain.yaml: no per-hour target: give service_level.target_share in the scenario or --target 'service_level>=X'\n"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// `--out` is the transaction of run's --out: a folder of ours is replaced whole (a file a
    /// first run wrote that the second does not write is gone), a folder of someone else's is
    /// refused with one line before anything runs, and a device as --report likewise.
    @Test func outIsReplacedWholeAndForeignTargetsAreRefused() throws {
        let folder = try Self.files()
        let out = folder.appendingPathComponent("out")
        let file = folder.appendingPathComponent("s.yaml").path
        #expect(try CommandLineTests.run(["staff", file, "--out", out.path]).status == 0)
        let stale = out.appendingPathComponent("staffing-old.json")
        try Data("{}".utf8).write(to: stale)
        #expect(try CommandLineTests.run(["staff", file, "--out", out.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("staffing.yaml").path))
        let foreign = folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        let refused = try CommandLineTests.run(["staff", file, "--out", foreign.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.split(separator: "\n").count == 1 && refused.stderr.contains("did not write"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: foreign.path) == ["notes.txt"])
        let device = try CommandLineTests.run(["staff", file, "--report", "/dev/null"])
        #expect(device.status != 0 && device.stderr.contains("character device"))
    }

    /// Templates that leave opening hours uncovered: one line naming them. A limit the
    /// templates cannot meet: CBC's infeasible status as one line.
    @Test func rosterProblemsAreOneLine() throws {
        let folder = try Self.files()
        try "templates:\n  - {name: late, days: daily, start: \"14:00\", end: \"22:00\"}\n"
            .write(to: folder.appendingPathComponent("late.yaml"), atomically: true, encoding: .utf8)
        let late = try CommandLineTests.run(["roster", folder.appendingPathComponent("s.yaml").path,
                                             "--shifts", folder.appendingPathComponent("late.yaml").path])
        #expect(late.status != 0)
        #expect(late.stderr.hasSuffix("s.yaml: no template covers 42 hours that need officers (Mon 08-14, Tue 08-14, Wed 08-14, Thu 08-14, Fri 08-14, Sat 08-14, and 1 more); add templates for them or, with per_hour: open, leave them out of the scenario's opening hours\n"))
        try (Self.templates + "\nmax_officers: 1\n").write(to: folder.appendingPathComponent("few.yaml"), atomically: true, encoding: .utf8)
        let few = try CommandLineTests.run(["roster", folder.appendingPathComponent("s.yaml").path,
                                            "--shifts", folder.appendingPathComponent("few.yaml").path])
        #expect(few.status != 0)
        #expect(few.stderr.hasSuffix("s.yaml: the roster problem is infeasible: no counts of the templates cover every hour's requirement within the templates' min/max and the limits\n"))
    }

    /// With `routing: separate` each site is staffed for its own queue: one staffing-SITE.json
    /// per site, whose officers are exactly that site's shifts in staffing.yaml, in the team's
    /// opening hours (`per_hour: open`) also at the site with no shift of its own; roster
    /// searches each site's roster from the templates at that site, one roster-SITE.json each.
    @Test func separateSitesAreStaffedEachForItsOwnQueue() throws {
        let folder = try Self.files()
        let separate = Self.scenario + """

            sites: [north, south]
            regions:
              - {name: north-region, share: 0.7, site: north}
              - {name: south-region, share: 0.3, site: south}
            routing: separate
            """
        let file = folder.appendingPathComponent("separate.yaml")
        try separate.replacingOccurrences(of: "officers: 2}", with: "officers: 2, site: north}")
            .write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CommandLineTests.run(["staff", file.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Site north (its own queue, 70% of the messages):"))
        #expect(result.stdout.contains("Site south (its own queue, 30% of the messages):"))
        let written = try ScenarioLoader.load(path: out.appendingPathComponent("staffing.yaml").path)
        for (site, name) in ["north", "south"].enumerated() {
            let data = try Data(contentsOf: out.appendingPathComponent("staffing-\(name).json"))
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let officers = try #require((json?["hours"] as? [[String: Any]])?.compactMap { $0["officers"] as? Int })
            let minutes = Roster(shifts: written.roster.shifts.filter { $0.site == site }).levelByMinute
            #expect((0..<168).map { minutes[$0 * 60] } == officers, "\(name)")
            #expect(officers.enumerated().allSatisfy { hour, n in (8..<22).contains(hour % 24) ? n >= 1 : n == 0 }, "\(name)")
        }
        let templates = Self.templates.replacingOccurrences(of: "\"}", with: "\", site: north}")
            .replacingOccurrences(of: "max: 3}", with: "max: 3, site: north}") + "\n"
            + Self.templates.split(separator: "\n").dropFirst().map { line in
                line.replacingOccurrences(of: "name: ", with: "name: south-").replacingOccurrences(of: "\"}", with: "\", site: south}")
                    .replacingOccurrences(of: "max: 3}", with: "max: 3, site: south}")
            }.joined(separator: "\n") + "\n"
        try templates.write(to: folder.appendingPathComponent("sites.yaml"), atomically: true, encoding: .utf8)
        let rosterOut = folder.appendingPathComponent("roster")
        let roster = try CommandLineTests.run(["roster", file.path, "--shifts", folder.appendingPathComponent("sites.yaml").path,
                                               "--confirm-replications", "10", "--out", rosterOut.path])
        #expect(roster.status == 0, "\(roster.stderr)")
        #expect(roster.stdout.contains("Site south (its own queue; templates at this site):"))
        let rostered = try ScenarioLoader.load(path: rosterOut.appendingPathComponent("roster.yaml").path)
        for (site, name) in ["north", "south"].enumerated() {
            let data = try Data(contentsOf: rosterOut.appendingPathComponent("roster-\(name).json"))
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let counts = try #require((json?["templates"] as? [[String: Any]])?.map { ($0["name"] as? String ?? "", $0["officers"] as? Int ?? -1) })
            let shifts = rostered.roster.shifts.filter { $0.site == site }
            #expect(!shifts.isEmpty && shifts.allSatisfy { $0.name.hasPrefix("south-") == (site == 1) })
            #expect(shifts.map { [$0.name: $0.officers] } == counts.filter { $0.1 > 0 }.map { [$0.0: $0.1] })
        }
    }
}
