import Foundation
import WebcareModel

/// A scenario in plain words, derived from its results (the summary does not carry the roster
/// or demand text): the hours someone is on duty, how many officers, how many messages a day
/// and when they peak, e.g. "On duty 14:00–22:00 every day, 3–4 officers at a time."
struct ScenarioProfile {
    /// Officers on duty per hour of the week (Monday 00:00-01:00 first).
    let officers: [Double]
    /// Messages arriving per week in each hour of the week.
    let arrivals: [Double]
    let officerHoursPerWeek: Double?

    init(_ summary: Summary) {
        officers = summary.hourOfWeek(.officers).map { $0.mean ?? 0 }
        arrivals = summary.hourOfWeek(.arrivalsPerWeek).map { $0.mean ?? 0 }
        officerHoursPerWeek = summary[.officerHoursPerWeek].mean
    }

    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The whole description: coverage, officers, officer hours, demand and its peak.
    var sentence: String {
        var text = coverage.prefix(1).uppercased() + coverage.dropFirst()
        if let staffing { text += ", \(staffing)" }
        if let hours = officerHoursPerWeek { text += " (\(NumberStyle.hours.format(hours)) officer hours a week)" }
        return text + ". " + demand + "."
    }

    /// When someone is on duty, e.g. "on duty 14:00–22:00 every day" or "on duty around the clock".
    var coverage: String {
        let covered = officers.map { $0 > 1e-9 }
        if !covered.contains(true) { return "no one on duty" }
        if !covered.contains(false) { return "on duty around the clock, every day" }
        let days = (0..<7).map { Array(covered[$0 * 24..<$0 * 24 + 24]) }
        if days.allSatisfy({ $0 == days[0] }) {
            return "on duty " + Self.runs(days[0], circular: true).joined(separator: " and ") + " every day"
        }
        var groups: [(first: Int, last: Int)] = []
        for day in 0..<7 {
            if let last = groups.last, days[last.last] == days[day] {
                groups[groups.count - 1].last = day
            } else {
                groups.append((day, day))
            }
        }
        let parts = groups.map { group -> String in
            let name = group.first == group.last ? Self.dayNames[group.first]
                : "\(Self.dayNames[group.first])–\(Self.dayNames[group.last])"
            let hours = Self.runs(days[group.first], circular: false)
            return "\(name) " + (hours.isEmpty ? "closed" : hours.joined(separator: " and "))
        }
        return "on duty " + parts.joined(separator: "; ")
    }

    /// How many officers are on duty when someone is, e.g. "3–4 officers at a time".
    var staffing: String? {
        let onDuty = officers.filter { $0 > 1e-9 }
        guard let low = onDuty.min(), let high = onDuty.max() else { return nil }
        func count(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : ChartScale.fixed(value, decimals: 1)
        }
        let range = count(low) == count(high) ? count(low) : "\(count(low))–\(count(high))"
        return "\(range) officer\(range == "1" ? "" : "s") at a time"
    }

    /// The demand, e.g. "about 126 messages a day, most between 20:00 and 21:00".
    var demand: String {
        let perDay = arrivals.reduce(0, +) / 7
        let amount = perDay < 10 ? ChartScale.fixed(perDay, decimals: 1) : String(Int(perDay.rounded()))
        var text = "About \(amount) messages a day"
        let byHour = (0..<24).map { hour in (0..<7).reduce(0.0) { $0 + arrivals[$1 * 24 + hour] } }
        if let peak = byHour.indices.max(by: { byHour[$0] < byHour[$1] }), byHour[peak] > 0 {
            text += ", most between \(Self.clock(peak)) and \(Self.clock(peak + 1))"
        }
        return text
    }

    /// The maximal runs of covered hours of one day as "HH:00–HH:00"; with `circular`, a run
    /// reaching midnight joins the run starting at midnight ("22:00–06:00").
    static func runs(_ hours: [Bool], circular: Bool) -> [String] {
        var spans: [(start: Int, end: Int)] = []
        var hour = 0
        while hour < 24 {
            guard hours[hour] else { hour += 1; continue }
            let start = hour
            while hour < 24 && hours[hour] { hour += 1 }
            spans.append((start, hour))
        }
        if circular, spans.count > 1, let first = spans.first, let last = spans.last, first.start == 0, last.end == 24 {
            spans.removeFirst()
            spans[spans.count - 1].end = first.end
        }
        return spans.map { "\(clock($0.start))–\(clock($0.end))" }
    }

    /// "HH:00" for an hour of the day, 24 as "24:00".
    static func clock(_ hour: Int) -> String { String(format: "%02d:00", hour) }
}
