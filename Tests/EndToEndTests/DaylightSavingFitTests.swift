import Foundation
import Testing
import Calibration

/// Fixtures around the clock changes of 2024 in Europe/Amsterdam, through the binary: a message
/// every 10 minutes of real time; the spring-forward hour has exposure 0 and no messages, the
/// fall-back hour exposure 2 and twice the messages, so every hour's rate is 6 an hour.
@Suite struct DaylightSavingFitTests {
    /// Messages every 10 real minutes over the local week starting `monday`, written as local
    /// times with their offset (`withOffset`) or as bare local times.
    static func export(monday: CivilDate, withOffset: Bool) throws -> String {
        let clock = ZoneClock(identifier: "Europe/Amsterdam")!
        let startLocal = Double(monday.daysSince1970) * 86_400
        var t = startLocal - 3_600   // 00:00 local in winter or summer time is 23:00Z or 22:00Z
        while clock.local(t) > startLocal { t -= 600 }
        while clock.local(t) < startLocal { t += 600 }
        var lines = ["message_id,received_at,channel"]
        var n = 0
        while clock.local(t) < startLocal + 7 * 86_400 {
            let offset = clock.offset(atUTC: t)
            let local = clock.local(t)
            let day = CivilDate(daysSince1970: Int((local / 86_400).rounded(.down)))
            let seconds = Int(local - Double(day.daysSince1970) * 86_400)
            var text = String(format: "%@T%02d:%02d:00", day.description, seconds / 3_600, seconds / 60 % 60)
            if withOffset { text += String(format: "+%02d:00", offset / 3_600) }
            n += 1
            lines.append("m\(n),\(text),facebook")
            t += 600
        }
        return try FitBinary.file(lines.joined(separator: "\n") + "\n")
    }

    static func fit(_ file: String) throws -> (exposure: [Double], counts: [Double]) {
        let folder = try FitBinary.temporaryDirectory()
        let outcome = try FitBinary.run(["fit", file, "--out", folder.path, "--holidays", "none"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try FitBinary.fitJSON(folder)
        let channel = try #require((json["channels"] as? [[String: Any]])?.first)
        return (json["exposure_hours_by_hour_of_week"] as? [Double] ?? [], channel["counts_by_hour_of_week"] as? [Double] ?? [])
    }

    @Test func springForwardHourHasNoExposure() throws {
        let (exposure, counts) = try Self.fit(Self.export(monday: CivilDate(year: 2024, month: 3, day: 25)!, withOffset: false))
        let sunday2 = 6 * 24 + 2
        #expect(exposure[sunday2] == 0 && counts[sunday2] == 0)
        for h in 0..<168 where h != sunday2 {
            #expect(exposure[h] == 1 && counts[h] == 6, "hour \(h)")
        }
    }

    @Test func fallBackHourHasDoubleExposure() throws {
        let (exposure, counts) = try Self.fit(Self.export(monday: CivilDate(year: 2024, month: 10, day: 21)!, withOffset: true))
        let sunday2 = 6 * 24 + 2
        #expect(exposure[sunday2] == 2 && counts[sunday2] == 12)
        for h in 0..<168 where h != sunday2 {
            #expect(exposure[h] == 1 && counts[h] == 6, "hour \(h)")
        }
    }

    @Test func kingsDay2025IsLeftOut() throws {
        var lines = ["message_id,received_at,channel"]
        for day in 21...30 { for hour in 0..<24 { lines.append("m\(day)-\(hour),2025-04-\(day)T\(String(format: "%02d", hour)):30:00,x") } }
        let folder = try FitBinary.temporaryDirectory()
        let outcome = try FitBinary.run(["fit", try FitBinary.file(lines.joined(separator: "\n")), "--out", folder.path])
        #expect(outcome.status == 0)
        let excluded = try FitBinary.fitJSON(folder)["data"].flatMap { ($0 as? [String: Any])?["excluded_days"] as? [[String: String]] }
        // Easter 2025 is 20 April, so Easter Monday (21 April) is left out too.
        #expect(excluded?.map { $0["date"] ?? "" } == ["2025-04-21", "2025-04-26"])
        #expect(excluded?.map { $0["reason"] ?? "" } == ["Easter Monday", "King's Day"])
    }
}
