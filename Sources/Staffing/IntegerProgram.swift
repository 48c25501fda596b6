/// A minimisation over whole numbers: minimise Σ cost[j] x[j] subject to, for every row,
/// lower ≤ Σ coefficient x ≤ upper, and lower[j] ≤ x[j] ≤ upper[j] for every column. Units are
/// the caller's (here: officers per template, costs in paid hours or weights).
public struct IntegerProgram: Sendable, Equatable {
    /// One variable: its cost and bounds (upper nil: unbounded).
    public struct Column: Sendable, Equatable {
        public var cost: Double
        public var lower: Double
        public var upper: Double?

        public init(cost: Double, lower: Double = 0, upper: Double? = nil) {
            self.cost = cost
            self.lower = lower
            self.upper = upper
        }
    }

    /// One constraint: the sparse coefficients (column index, value) and the bounds of their sum
    /// (nil: unbounded on that side).
    public struct Row: Sendable, Equatable {
        public var coefficients: [(column: Int, value: Double)]
        public var lower: Double?
        public var upper: Double?

        public init(coefficients: [(column: Int, value: Double)], lower: Double? = nil, upper: Double? = nil) {
            self.coefficients = coefficients
            self.lower = lower
            self.upper = upper
        }

        public static func == (a: Row, b: Row) -> Bool {
            a.lower == b.lower && a.upper == b.upper && a.coefficients.elementsEqual(b.coefficients) { $0 == $1 }
        }
    }

    public var columns: [Column]
    public var rows: [Row]

    public init(columns: [Column], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }

    /// Σ cost x.
    public func cost(_ x: [Int]) -> Double {
        zip(columns, x).reduce(0) { $0 + $1.0.cost * Double($1.1) }
    }

    /// True when `x` satisfies every bound and row (within 1e-9 for the rows' sums).
    public func isFeasible(_ x: [Int]) -> Bool {
        guard x.count == columns.count else { return false }
        for (column, value) in zip(columns, x) {
            if Double(value) < column.lower || column.upper.map({ Double(value) > $0 }) == true { return false }
        }
        return rows.allSatisfy { row in
            let sum = row.coefficients.reduce(0) { $0 + $1.value * Double(x[$1.column]) }
            return (row.lower.map { sum >= $0 - 1e-9 } ?? true) && (row.upper.map { sum <= $0 + 1e-9 } ?? true)
        }
    }
}

/// An optimal or best-found whole-number solution.
public struct IntegerSolution: Sendable, Equatable {
    /// Proven optimal, or the best found when the time limit stopped the search.
    public enum Status: String, Sendable, Equatable, Codable {
        case optimal
        case timeLimit = "time_limit"
    }

    public let values: [Int]
    public let objective: Double
    /// The best lower bound the solver proved.
    public let bound: Double
    public let status: Status

    public init(values: [Int], objective: Double, bound: Double, status: Status) {
        self.values = values
        self.objective = objective
        self.bound = bound
        self.status = status
    }

    /// Relative gap (objective − bound) / |objective|; 0 when optimal.
    public var gap: Double {
        guard status != .optimal, abs(objective) > 0 else { return 0 }
        return max(0, (objective - bound) / abs(objective))
    }
}

/// Solves integer programs; each failure is one line for the planner.
public protocol IntegerProgramSolver: Sendable {
    /// The solver's name, as shown in outputs (e.g. `CBC 2.10`).
    var name: String { get }
    /// The optimal (or, at the time limit, the best found) solution of `program`.
    func solve(_ program: IntegerProgram, timeLimitSeconds: Double) throws(SolverError) -> IntegerSolution
}

/// Why a solver gave no solution.
public enum SolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No whole-number solution satisfies the constraints.
    case infeasible
    /// The time limit passed before any solution was found.
    case timeLimit(seconds: Double)
    /// The solver library cannot be used.
    case unavailable(String)
    /// The solver stopped for another reason (numerical trouble, unbounded).
    case failed(String)

    public var description: String {
        switch self {
        case .infeasible:
            "the roster problem is infeasible: no counts of the templates cover every hour's requirement within the templates' min/max and the limits"
        case let .timeLimit(seconds):
            "the solver found no roster within its time limit of \(seconds.formatted) s; raise --time-limit or offer fewer templates"
        case let .unavailable(reason):
            "no integer-program solver: \(reason)"
        case let .failed(reason):
            "the solver failed: \(reason)"
        }
    }
}
