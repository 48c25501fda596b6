/// Hours of the week in words: `Mon 09-10`, and runs of hours as `Mon 09-14, Sat 22-Sun 06`.
public enum HourNames {
    /// Hour `hour` of the week (0: Monday 00:00-01:00).
    public static func name(_ hour: Int) -> String {
        "\(day(hour / 24)) \(two(hour % 24))-\(two(hour % 24 + 1))"
    }

    /// `hours` (ascending) as runs, at most `limit` of them, then "and N more".
    public static func ranges(_ hours: [Int], limit: Int = 6) -> String {
        var runs: [(Int, Int)] = []
        for hour in hours {
            if let last = runs.last, last.1 == hour - 1 { runs[runs.count - 1].1 = hour } else { runs.append((hour, hour)) }
        }
        let shown = runs.prefix(limit).map { first, last in
            let endDay = last / 24 == first / 24 ? "" : day(last / 24) + " "
            return "\(day(first / 24)) \(two(first % 24))-\(endDay)\(two(last % 24 + 1))"
        }
        return shown.joined(separator: ", ") + (runs.count > limit ? ", and \(runs.count - limit) more" : "")
    }

    static func day(_ index: Int) -> String { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][index % 7] }
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
