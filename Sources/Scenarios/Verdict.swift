/// What the regression check concludes about a number, a measure or a scenario, from best to
/// worst: `identical` (bit for bit), `equivalent` (different but within statistical noise),
/// `changed` (a real change, or a broken invariant).
public enum Verdict: Int, Sendable, Comparable, CustomStringConvertible {
    case identical
    case equivalent
    case changed

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .identical: "identical"
        case .equivalent: "equivalent"
        case .changed: "changed"
        }
    }
}
