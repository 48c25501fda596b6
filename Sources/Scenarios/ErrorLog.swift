/// The errors found while reading one scenario file, so that `validate` can report every
/// independent problem of the file, not only the first. A part of the file that failed is left
/// out of what is read next, and the parts that depend on it are not read at all, so one
/// mistake gives one error (no cascade). The first error logged is the one `run` stops at.
final class ErrorLog {
    /// The errors in the order they were found.
    private(set) var errors: [ScenarioError] = []

    /// The result of `read`, or nil after logging its error.
    func attempt<Value>(_ read: () throws(ScenarioError) -> Value) -> Value? {
        do {
            return try read()
        } catch {
            record(error)
            return nil
        }
    }

    /// Logs `error`, unless it is logged already.
    func record(_ error: ScenarioError) {
        if !errors.contains(error) { errors.append(error) }
    }

    /// True when nothing has been logged.
    var isEmpty: Bool { errors.isEmpty }
}
