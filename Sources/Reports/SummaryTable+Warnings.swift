import WebcareModel

extension SummaryTable {
    /// The scenarios' warnings (`Summary.allWarnings`), one "WARNING (scenario): text" line each
    /// and a blank line after them, printed above a table so they are read first; nothing when
    /// there are none.
    public static func warningLines(_ summaries: [Summary]) -> String {
        let lines = summaries.flatMap { summary in
            summary.allWarnings.map { "WARNING (\(summary.scenario)): \($0.text).\n" }
        }
        return lines.isEmpty ? "" : lines.joined() + "\n"
    }
}
