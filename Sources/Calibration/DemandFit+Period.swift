/// The period of the data: its first and last day, and a warning when an edge day looks cut off.
extension DemandFit {
    static func period(_ exposure: Exposure) -> [String] {
        guard let first = exposure.days.map(\.date).min(), let last = exposure.days.map(\.date).max() else { return [] }
        return [first.description, last.description]
    }

    /// A first or last day with under a quarter of the average day's first messages (an export
    /// cut off within the day?): said, not guessed; `--from` / `--to` set the period.
    static func cutOffWarnings(_ exposure: Exposure, totals: [Double]) -> [String] {
        guard totals.count >= 3 else { return [] }
        let average = totals.reduce(0, +) / Double(totals.count)
        var notes: [String] = []
        for (index, edge) in [(0, "first"), (totals.count - 1, "last")] where totals[index] < average / 4 {
            let date = exposure.days[index].date
            notes.append("the \(edge) day, \(date), has \(Int(totals[index])) first messages against \(Int(average.rounded())) on an average day: was the export cut off within it? give --from/--to with whole days")
        }
        return notes
    }
}
