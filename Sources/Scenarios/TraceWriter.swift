import Calibration
import Foundation
import WebcareModel

/// Writes a scenario's trace as CSV in the field names of `webcare-sim fit` (so that `fit` reads
/// it with no `--map`): message_id, received_at, channel, conversation_id, kind, started_at,
/// responded_at, closed_at, abandoned_at, officer, site, replication, thread, wait_min. One row
/// per counted message (the measured window), in replication order and then order of arrival.
/// Times are the simulation clock as UTC date-times with milliseconds, minute 0 being Monday
/// 2024-01-01 00:00Z (the clock has no daylight saving); responded_at and closed_at are both the
/// end of handling; wait_min is the wait until the start, the abandonment or the end of the run.
/// Ids are `R-N` (replication R from 1, the N-th message of that replication to arrive).
/// The file is written beside its target under a temporary name and renamed into place by `finish`.
/// `write` is called by one thread at a time (under `TraceSink`'s lock), hence `@unchecked Sendable`.
public final class TraceWriter: @unchecked Sendable {
    public static let header = "message_id,received_at,channel,conversation_id,kind,started_at,responded_at,closed_at,abandoned_at,officer,site,replication,thread,wait_min"
    /// Days from 1970-01-01 to 2024-01-01 (a Monday).
    static let anchorDays = 19_723

    let target: URL
    let temporary: URL
    let handle: FileHandle
    let channels: [String]
    let kinds: [String]
    let officers: [String]
    let officerSites: [String]
    public private(set) var failure: String?

    /// Opens a temporary file beside `target` for `scenario`'s trace; the error is one line.
    public init(target: URL, scenario: Scenario) throws {
        if let type = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType,
           type != .typeRegular {
            throw TraceWriterError(description: "\(target.path):1:1: exists and is not a regular file; will not replace it")
        }
        self.target = target
        temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data((Self.header + "\n").utf8)),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw TraceWriterError(description: "\(target.path):1:1: cannot write the trace here")
        }
        handle.seekToEndOfFile()
        self.handle = handle
        channels = scenario.channels.map(\.name)
        kinds = scenario.kinds.map(\.name)
        let plan = TeamPlan(scenario)
        var seen: [Int: Int] = [:]
        officers = plan.officers.map { officer in
            guard let shift = officer.shift else { return "on-call" }
            seen[shift, default: 0] += 1
            return "\(scenario.roster.shifts[shift].name)#\(seen[shift]!)"
        }
        officerSites = plan.officers.map { scenario.team.sites.indices.contains($0.site) ? scenario.team.sites[$0.site].name : "" }
    }

    /// Appends one replication's rows.
    public func write(_ trace: MessageTrace) {
        guard failure == nil else { return }
        var text = ""
        text.reserveCapacity(trace.records.count * 200)
        let replication = trace.replication + 1
        for r in trace.records {
            let officer = r.officer >= 0 && Int(r.officer) < officers.count ? Int(r.officer) : -1
            let waitEnd = !r.started.isNaN ? r.started : !r.abandoned.isNaN ? r.abandoned : trace.end
            let fields = [
                "\(replication)-\(r.id)", Self.time(r.received), Self.csv(channels[Int(r.channel)]), "\(replication)-\(r.conversation)",
                Self.csv(kinds[Int(r.kind)]), Self.time(r.started), Self.time(r.finished), Self.time(r.finished), Self.time(r.abandoned),
                officer >= 0 ? Self.csv(officers[officer]) : "", officer >= 0 ? Self.csv(officerSites[officer]) : "",
                "\(replication)", r.isFollowUp ? "follow-up" : "first", String(format: "%.4f", waitEnd - r.received),
            ]
            text += fields.joined(separator: ",")
            text += "\n"
        }
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            failure = "\(target.path):1:1: cannot write the trace: \(error.localizedDescription)"
        }
    }

    /// Closes the file and renames it into place (or removes it after a failure or when
    /// `keep` is false).
    public func finish(keep: Bool) throws {
        try? handle.close()
        guard keep, failure == nil else {
            try? FileManager.default.removeItem(at: temporary)
            if let failure { throw TraceWriterError(description: failure) }
            return
        }
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw TraceWriterError(description: "\(target.path):1:1: cannot move the trace into place")
        }
    }

    /// Simulation minutes as `yyyy-mm-ddTHH:MM:SS.sssZ` (empty for NaN).
    static func time(_ minutes: Double) -> String {
        guard minutes.isFinite else { return "" }
        let ms = Int((minutes * 60_000).rounded())
        let days = ms / 86_400_000, rest = ms % 86_400_000
        let date = CivilDate(daysSince1970: days + anchorDays)
        let (y, m, d) = (date.year, date.month, date.day)
        let h = rest / 3_600_000, mi = rest / 60_000 % 60, s = rest / 1_000 % 60, f = rest % 1_000
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, h, mi, s, f)
    }

    /// A CSV field, quoted when it holds a comma, quote or line end.
    static func csv(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A trace that could not be written: one line `FILE:1:1: problem`.
public struct TraceWriterError: Error, CustomStringConvertible {
    public let description: String
}
