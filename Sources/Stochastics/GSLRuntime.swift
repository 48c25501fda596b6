import CGSL

/// One-time GSL set-up for the whole process: GSL's default error handler aborts the process,
/// so it is switched off once here and every caller checks GSL's return codes instead.
public enum GSLRuntime {
    /// Touch this before any GSL call; the initialiser runs exactly once (thread-safe).
    public static let ready: Bool = {
        webcare_gsl_errors_off()
        return true
    }()
}
