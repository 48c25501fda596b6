/// A 7 × 24 text table of one value per hour of the week: a row per day (Mon ... Sun), a column
/// per hour of the day (00 ... 23, the hour starting then). When 24 columns are wider than the
/// layout allows, the hours are split into blocks (e.g. 00-11 and 12-23), each with its 7 days.
public enum WeekGrid {
    /// `cells` (168, Monday 00:00-01:00 first) under `title`, right-aligned to the widest cell,
    /// at most `layout.width` characters wide when that holds at least one hour.
    public static func render(title: String, cells: [String], layout: TextLayout = .wide) -> String {
        precondition(cells.count == 168, "a cell per hour of the week")
        let width = max(2, cells.map(\.count).max() ?? 2)
        func pad(_ text: String) -> String { String(repeating: " ", count: width - text.count) + text }
        let fitting = layout.width.map { max(1, ($0 - 6) / (width + 1)) } ?? 24
        let blocks = (24 + min(24, fitting) - 1) / min(24, fitting)
        let perBlock = (24 + blocks - 1) / blocks
        var out = title + "\n"
        for (k, first) in stride(from: 0, to: 24, by: perBlock).enumerated() {
            let hours = first..<min(24, first + perBlock)
            if k > 0 { out += "\n" }
            out += "     " + hours.map { pad($0 < 10 ? "0\($0)" : "\($0)") }.joined(separator: " ") + "\n"
            for (day, name) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated() {
                out += "  \(name) " + hours.map { pad(cells[day * 24 + $0]) }.joined(separator: " ") + "\n"
            }
        }
        return out
    }
}
