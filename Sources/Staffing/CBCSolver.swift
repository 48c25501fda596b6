import CCBC
import Synchronization

/// The COIN-OR branch-and-cut solver (CBC 2.10, Debian `coinor-libcbc-dev`) through its C
/// interface: one model per call, silent, every column integer. CBC's solve keeps static state
/// (it is not re-entrant), so solves are serialised by one process-wide lock.
public struct CBCSolver: IntegerProgramSolver {
    public var name: String { "CBC \(String(cString: Cbc_getVersion()))" }

    private static let lock = Mutex(())

    public init() {}

    public func solve(_ program: IntegerProgram, timeLimitSeconds: Double) throws(SolverError) -> IntegerSolution {
        let outcome: Result<IntegerSolution, SolverError> = Self.lock.withLock { _ in
            do throws(SolverError) {
                return .success(try solveAlone(program, timeLimitSeconds: timeLimitSeconds))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// One solve; the caller holds the lock.
    private func solveAlone(_ program: IntegerProgram, timeLimitSeconds: Double) throws(SolverError) -> IntegerSolution {
        let model = CBCModel()
        model.load(program)
        Cbc_setLogLevel(model.pointer, 0)
        Cbc_setMaximumSeconds(model.pointer, timeLimitSeconds)
        Cbc_setParameter(model.pointer, "threads", "1")
        Cbc_solve(model.pointer)
        let hasSolution = Cbc_numberSavedSolutions(model.pointer) > 0 || Cbc_isProvenOptimal(model.pointer) != 0
        if Cbc_isProvenInfeasible(model.pointer) != 0 { throw .infeasible }
        if Cbc_isProvenOptimal(model.pointer) != 0 {
            return model.solution(program, status: .optimal)
        }
        if Cbc_isSecondsLimitReached(model.pointer) != 0 || Cbc_secondaryStatus(model.pointer) == 4 {
            guard hasSolution else { throw .timeLimit(seconds: timeLimitSeconds) }
            return model.solution(program, status: .timeLimit)
        }
        if Cbc_isContinuousUnbounded(model.pointer) != 0 { throw .failed("the problem is unbounded") }
        throw .failed("CBC stopped with status \(Cbc_status(model.pointer)), secondary status \(Cbc_secondaryStatus(model.pointer))")
    }
}

/// Owns one `Cbc_Model` (deleted with the owner); the only place CBC's pointers live.
final class CBCModel {
    let pointer: UnsafeMutableRawPointer

    init() { pointer = Cbc_newModel() }

    deinit { Cbc_deleteModel(pointer) }

    /// Loads `program` column by column (CBC's compressed sparse columns) and marks every column integer.
    func load(_ program: IntegerProgram) {
        var byColumn = [[(row: Int32, value: Double)]](repeating: [], count: program.columns.count)
        for (r, row) in program.rows.enumerated() {
            for entry in row.coefficients { byColumn[entry.column].append((Int32(r), entry.value)) }
        }
        var starts: [Int32] = [0]
        for column in byColumn { starts.append(starts[starts.count - 1] + Int32(column.count)) }
        let index = byColumn.flatMap { $0.map(\.row) }
        let value = byColumn.flatMap { $0.map(\.value) }
        let infinity = Double.greatestFiniteMagnitude
        let columnLower = program.columns.map(\.lower)
        let columnUpper = program.columns.map { $0.upper ?? infinity }
        let objective = program.columns.map(\.cost)
        let rowLower = program.rows.map { $0.lower ?? -infinity }
        let rowUpper = program.rows.map { $0.upper ?? infinity }
        Cbc_loadProblem(pointer, Int32(program.columns.count), Int32(program.rows.count), starts, index, value,
                        columnLower, columnUpper, objective, rowLower, rowUpper)
        for j in program.columns.indices { Cbc_setInteger(pointer, Int32(j)) }
    }

    /// The solution CBC holds, rounded to whole numbers.
    func solution(_ program: IntegerProgram, status: IntegerSolution.Status) -> IntegerSolution {
        let count = program.columns.count
        let values = (0..<count).map { j in Int((Cbc_getColSolution(pointer)[j]).rounded()) }
        return IntegerSolution(values: values, objective: program.cost(values),
                               bound: Cbc_getBestPossibleObjValue(pointer), status: status)
    }
}
