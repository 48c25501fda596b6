/// A 7 × 24 text table of one value per hour of the week: a row per day (Mon ... Sun), a column
/// per hour of the day (00 ... 23, the hour starting then).
public enum WeekGrid {
    /// `cells` (168, Monday 00:00-01:00 first) under `title`, right-aligned to the widest cell.
    public static func render(title: String, cells: [String]) -> String {
        precondition(cells.count == 168, "a cell per hour of the week")
        let width = max(2, cells.map(\.count).max() ?? 2)
        func pad(_ text: String) -> String { String(repeating: " ", count: width - text.count) + text }
        var out = title + "\n     " + (0..<24).map { pad($0 < 10 ? "0\($0)" : "\($0)") }.joined(separator: " ") + "\n"
        for (day, name) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated() {
            out += "  \(name) " + (0..<24).map { pad(cells[day * 24 + $0]) }.joined(separator: " ") + "\n"
        }
        return out
    }
}
