/// The observed time of an export in real hours: for each local hour of the week (Monday
/// 00:00-01:00 first) the number of real hours of the included days that carried that wall-clock
/// label. Daylight saving is counted as it happened: the spring-forward day's 02:00-03:00 adds 0,
/// the fall-back day's adds 2. The period of each replication group is whole local days: from the
/// date of its first message to that of its last, or the `--from` / `--to` dates.
public struct Exposure: Sendable {
    /// Real hours per hour of the week.
    public var hours = [Double](repeating: 0, count: 168)
    /// The included days (replication group, date).
    public var days: [(group: Int, date: CivilDate)] = []
    /// Left-out days with the reason (a holiday's name or `--exclude`).
    public var excluded: [(date: CivilDate, reason: String)] = []

    /// Every day from `first` to `last` of each group, without the holidays and `excludedDays`.
    /// `spans[g]` is group g's first and last date (nil: no messages).
    /// `holidays`: leave the Dutch public holidays out too.
    init(spans: [(first: CivilDate, last: CivilDate)?], excludedDays: Set<CivilDate>, holidays: Bool, clock: ZoneClock) {
        var excludedSeen = Set<CivilDate>()
        var hoursOf: [CivilDate: [Int]] = [:]
        for (group, span) in spans.enumerated() {
            guard let span else { continue }
            var date = span.first
            while date <= span.last {
                defer { date = date.adding(days: 1) }
                let reason = excludedDays.contains(date) ? "--exclude" : holidays ? DutchHolidays.name(of: date) : nil
                if let reason {
                    if excludedSeen.insert(date).inserted { excluded.append((date, reason)) }
                    continue
                }
                days.append((group, date))
                let labels = hoursOf[date] ?? clock.realHours(of: date)
                hoursOf[date] = labels
                for hour in labels { self.hours[date.weekday * 24 + hour] += 1 }
            }
        }
        excluded.sort { $0.date < $1.date }
    }
}
