import Foundation

/// Local wall-clock time in one IANA time zone, from the system's tz database (Foundation
/// `TimeZone`), with the offsets cached per hour. Times are seconds since 1970-01-01 00:00 UTC;
/// "local seconds" are the same count on the zone's wall clock.
public final class ZoneClock {
    public let zone: TimeZone
    private var offsetByUTCHour: [Int: Int] = [:]
    private var lastHour = Int.min, lastOffset = 0
    private var resolved: [Int: Resolution] = [:]

    /// How a local hour maps to real time.
    enum Resolution {
        /// The hour exists once, at this UTC offset.
        case unique(Int)
        /// The hour occurs twice (clocks went back); the offsets of the first and second time.
        case repeated(Int, Int)
        /// The hour does not exist (clocks went forward).
        case skipped
    }

    /// The clock of zone `identifier` (an IANA name such as Europe/Amsterdam, or UTC); nil when
    /// the system's tz database does not know it.
    public init?(identifier: String) {
        guard let zone = identifier == "UTC" ? TimeZone(identifier: "UTC") : TimeZone(identifier: identifier) else { return nil }
        self.zone = zone
    }

    /// The zone's UTC offset in seconds at the instant `utc`.
    public func offset(atUTC utc: Double) -> Int {
        let hour = Int((utc / 3_600).rounded(.down))
        if hour == lastHour { return lastOffset }
        let offset: Int
        if let cached = offsetByUTCHour[hour] {
            offset = cached
        } else {
            offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour) * 3_600))
            offsetByUTCHour[hour] = offset
        }
        lastHour = hour
        lastOffset = offset
        return offset
    }

    /// Local seconds of the instant `utc`.
    public func local(_ utc: Double) -> Double { utc + Double(offset(atUTC: utc)) }

    /// The instant of local seconds `local`: `.success` with the first real time it names
    /// (the summer-time one in a repeated hour; `repeated` says so), or nil when the clocks
    /// skipped it.
    func utc(fromLocal local: Double) -> (utc: Double, repeated: Bool)? {
        let hour = Int((local / 3_600).rounded(.down))
        let resolution: Resolution
        if let cached = resolved[hour] {
            resolution = cached
        } else {
            resolution = resolve(localHour: hour)
            resolved[hour] = resolution
        }
        switch resolution {
        case .unique(let offset): return (local - Double(offset), false)
        case .repeated(let first, _): return (local - Double(first), true)
        case .skipped: return nil
        }
    }

    /// The second real instant with the same wall-clock time as `utc` when that is the first
    /// occurrence in a repeated (fall-back) hour; nil otherwise.
    public func secondOccurrence(ofUTC utc: Double) -> Double? {
        let local = self.local(utc)
        guard case .repeated(let first, let second)? = resolved[Int((local / 3_600).rounded(.down))],
              utc == local - Double(first) else { return nil }
        return local - Double(second)
    }

    /// Which real instants carry the wall-clock hour `hour`: a candidate offset (that of half a
    /// day before or after) is right when the zone has that offset at the instant it gives.
    private func resolve(localHour hour: Int) -> Resolution {
        let start = Double(hour) * 3_600
        let before = offset(atUTC: start - 43_200), after = offset(atUTC: start + 43_200)
        let candidates = before == after ? [before] : [before, after]
        let valid = candidates.filter { offset(atUTC: start - Double($0)) == $0 && offset(atUTC: start + 3_599 - Double($0)) == $0 }
        if valid.count == 2 { return .repeated(valid[0], valid[1]) }
        if let only = valid.first { return .unique(only) }
        return .skipped
    }

    /// The real hours of local date `date`: for each, the local hour of the day (0 ... 23) its
    /// start shows. 24 hours on most days, 23 on the spring-forward day (one label missing) and
    /// 25 on the fall-back day (one label twice).
    public func realHours(of date: CivilDate) -> [Int] { realHourStarts(of: date).map(\.label) }

    /// As `realHours`, with the UTC instant each real hour starts at.
    public func realHourStarts(of date: CivilDate) -> [(utc: Double, label: Int)] {
        let midnight = Double(date.daysSince1970) * 86_400
        guard let start = firstInstant(atOrAfterLocal: midnight),
              let end = firstInstant(atOrAfterLocal: midnight + 86_400) else { return [] }
        var hours: [(Double, Int)] = []
        var t = start
        while t < end - 1 {
            let local = self.local(t)
            hours.append((t, Int(((local - midnight) / 3_600).rounded(.down))))
            t += 3_600
        }
        return hours
    }

    /// The first real instant whose wall clock reads `local` or later.
    private func firstInstant(atOrAfterLocal local: Double) -> Double? {
        var l = local
        for _ in 0..<48 {
            if let found = utc(fromLocal: l) { return found.utc }
            l = (l / 3_600).rounded(.down) * 3_600 + 3_600
        }
        return nil
    }
}
