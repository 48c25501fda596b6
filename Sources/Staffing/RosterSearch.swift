import WebcareModel

/// The cheapest roster of real shift templates that meets a per-hour service-level target in
/// simulation. The set-covering program (`RosterProblem`) is solved with the per-hour staffing
/// of `StaffingSearch` as its first right-hand side; the roster is simulated on the sample
/// (common random numbers) and repaired: in every hour below target the requirement is raised
/// to one officer more than the roster now has there, and the program is solved again, until
/// every hour meets the target. Then officers are taken away one at a time, costliest template
/// first, wherever the sample still meets the target without them, so that removing any one
/// officer of the result breaks some hour.
public struct RosterSearch: Sendable {
    public let sample: SimulationSample
    public let target: HourTarget
    public let problem: RosterProblem
    public let solver: any IntegerProgramSolver
    public let timeLimitSeconds: Double
    public let maximumSimulations: Int

    public init(sample: SimulationSample, target: HourTarget, problem: RosterProblem, solver: any IntegerProgramSolver,
                timeLimitSeconds: Double = 30, maximumSimulations: Int = 200) {
        self.sample = sample
        self.target = target
        self.problem = problem
        self.solver = solver
        self.timeLimitSeconds = timeLimitSeconds
        self.maximumSimulations = maximumSimulations
    }

    /// What the search found.
    public struct Outcome: Sendable {
        /// Officers per template, in the templates' order.
        public let counts: [Int]
        /// The sample's run of the roster.
        public let summary: Summary
        /// The last program's solution (before officers were taken away).
        public let solution: IntegerSolution
        /// The final requirement per hour of the week (available officers).
        public let required: [Double]
        public let repairs: Int
        public let removals: Int
        public let simulations: Int
    }

    /// Runs the search from the requirement `initial` (available officers per hour of the week,
    /// `StaffingSearch.Outcome.available`).
    public func run(required initial: [Double], progress: @escaping (String) -> Void = { _ in }) throws -> Outcome {
        var required = (0..<Clock.hoursPerWeek).map { target.counted[$0] ? initial[$0] : 0 }
        var simulations = 0
        func simulate(_ counts: [Int], _ what: String) throws -> Summary {
            guard simulations < maximumSimulations else { throw StaffingFailure.tooManySimulations(maximumSimulations) }
            simulations += 1
            progress("simulation \(simulations): \(what)")
            return try sample.run(problem.shifts(counts))
        }
        let uncovered = (0..<Clock.hoursPerWeek).filter { hour in
            required[hour] > 0 && problem.coverage.allSatisfy { $0[hour] == 0 }
        }
        if !uncovered.isEmpty { throw StaffingFailure.uncovered(hours: uncovered) }
        var solution = try solver.solve(problem.program(required: required), timeLimitSeconds: timeLimitSeconds)
        var counts = solution.values
        var summary = try simulate(counts, "the program's roster, cost \(problem.cost(counts).formatted)")
        var repairs = 0
        while case let failing = target.failing(summary), !failing.isEmpty {
            repairs += 1
            let covered = problem.covered(counts)
            for hour in failing { required[hour] = max(required[hour], covered[hour].rounded(.up)) + 1 }
            solution = try solver.solve(problem.program(required: required), timeLimitSeconds: timeLimitSeconds)
            counts = solution.values
            summary = try simulate(counts, "repair \(repairs): \(failing.count) hours below target, cost \(problem.cost(counts).formatted)")
        }
        var removals = 0
        let order = problem.templates.templates.indices.sorted { a, b in
            let (ca, cb) = (problem.templates.templates[a].cost, problem.templates.templates[b].cost)
            return ca != cb ? ca > cb : a < b
        }
        for t in order {
            while counts[t] > problem.templates.templates[t].minimum {
                var fewer = counts
                fewer[t] -= 1
                guard problem.program(required: Array(repeating: 0, count: Clock.hoursPerWeek)).isFeasible(fewer) else { break }
                let tried = try simulate(fewer, "one officer less on \(problem.templates.templates[t].shift.name)")
                guard target.failing(tried).isEmpty else { break }
                counts = fewer
                summary = tried
                removals += 1
            }
        }
        return Outcome(counts: counts, summary: summary, solution: solution, required: required, repairs: repairs,
                       removals: removals, simulations: simulations)
    }
}
