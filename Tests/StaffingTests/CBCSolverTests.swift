import Staffing
import Testing

@Suite("CBC solver")
struct CBCSolverTests {
    /// min x0 + x1 + x2 with pairwise covers x0 + x1 ≥ 3, x1 + x2 ≥ 2, x0 + x2 ≥ 2: the linear
    /// relaxation gives 3.5 (x = 1.5, 1.5, 0.5), the whole-number optimum is 4 (e.g. 2, 1, 1).
    @Test func knownSmallProgram() throws {
        let program = IntegerProgram(
            columns: Array(repeating: IntegerProgram.Column(cost: 1), count: 3),
            rows: [
                IntegerProgram.Row(coefficients: [(0, 1), (1, 1)], lower: 3),
                IntegerProgram.Row(coefficients: [(1, 1), (2, 1)], lower: 2),
                IntegerProgram.Row(coefficients: [(0, 1), (2, 1)], lower: 2),
            ])
        let solution = try CBCSolver().solve(program, timeLimitSeconds: 10)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 4)
        #expect(program.isFeasible(solution.values))
        #expect(solution.gap == 0)
    }

    /// x0 + x1 ≥ 3 with both at most 1: infeasible.
    @Test func infeasibleIsSaid() {
        let program = IntegerProgram(
            columns: Array(repeating: IntegerProgram.Column(cost: 1, upper: 1), count: 2),
            rows: [IntegerProgram.Row(coefficients: [(0, 1), (1, 1)], lower: 3)])
        #expect(throws: SolverError.infeasible) { try CBCSolver().solve(program, timeLimitSeconds: 10) }
        #expect(SolverError.infeasible.description.hasPrefix("the roster problem is infeasible"))
    }

    /// A market-split instance (Cornuéjols and Dawande 1999): 5 equality rows with coefficients
    /// drawn uniformly from 0 ... 99 (a fixed linear congruential sequence), 40 binary columns,
    /// each right-hand side half its row's sum. Branch and bound needs millions of nodes on
    /// these; with a time limit of 0.2 s the solver stops before it finds a solution or a proof.
    @Test func timeLimitIsSaid() {
        var state: UInt64 = 12_345
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double((state >> 33) % 100)
        }
        let columns = 40
        let rows = (0..<5).map { _ -> IntegerProgram.Row in
            let coefficients = (0..<columns).map { (column: $0, value: next()) }
            let half = (coefficients.reduce(0) { $0 + $1.value } / 2).rounded(.down)
            return IntegerProgram.Row(coefficients: coefficients, lower: half, upper: half)
        }
        let program = IntegerProgram(columns: (0..<columns).map { _ in IntegerProgram.Column(cost: 0, upper: 1) }, rows: rows)
        #expect(throws: SolverError.timeLimit(seconds: 0.2)) { try CBCSolver().solve(program, timeLimitSeconds: 0.2) }
        #expect(SolverError.timeLimit(seconds: 0.2).description
            == "the solver found no roster within its time limit of 0.2 s; raise --time-limit or offer fewer templates")
    }
}
