/// The result of a sweep: the varied fields, the value of each at every grid point (in grid
/// order; the first point is the baseline, with no values when it is the scenario file's own),
/// and the paired experiment over the grid.
public struct SweepResult: Sendable {
    /// The varied fields, e.g. "shifts.late.officers".
    public let paths: [String]
    /// For each grid point, the value of each varied field (as written on the command line);
    /// empty for the file's own values.
    public let points: [[String]]
    /// Summaries per grid point and paired differences against the first point.
    public let result: ExperimentResult

    public init(paths: [String], points: [[String]], result: ExperimentResult) {
        self.paths = paths
        self.points = points
        self.result = result
    }
}
