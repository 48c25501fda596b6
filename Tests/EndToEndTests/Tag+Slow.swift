import Foundation
import Testing

extension Tag {
    /// The slow statistical layer: suites and tests that simulate long runs and judge the
    /// estimates against exact values, or count how often intervals cover the truth, within
    /// standard errors.
    @Tag static var statistical: Self

    /// Slow because of the size of its input, not its statistics (an export of 600,000 rows
    /// through the binary); skipped with the statistical suites.
    @Tag static var large: Self

    /// Whether the slow suites and tests run: not when the environment variable
    /// WEBCARE_FAST_TESTS is set (`make test-fast`); `make test` and `swift test` run them.
    static var slowSuitesEnabled: Bool { ProcessInfo.processInfo.environment["WEBCARE_FAST_TESTS"] == nil }
}
