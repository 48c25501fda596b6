import Foundation

/// Where the traces of a run go: replications finish in any order on the worker threads, and
/// the sink hands each scenario's traces to `write` in replication order (holding the early ones),
/// so the trace files are byte-identical whatever the thread count. Thread-safe: every access to
/// the held traces is under one lock (hence `@unchecked Sendable`).
public final class TraceSink: @unchecked Sendable {
    /// Called in replication order per scenario, one call at a time: (scenario index, trace).
    public typealias Writer = @Sendable (Int, MessageTrace) -> Void

    private let lock = NSLock()
    private var next: [Int]
    private var held: [[Int: MessageTrace]]
    private let write: Writer

    public init(scenarios: Int, write: @escaping Writer) {
        next = [Int](repeating: 0, count: scenarios)
        held = Array(repeating: [:], count: scenarios)
        self.write = write
    }

    /// A finished replication's trace of scenario `k`.
    func submit(scenario k: Int, _ trace: MessageTrace) {
        lock.lock()
        defer { lock.unlock() }
        held[k][trace.replication] = trace
        while let ready = held[k].removeValue(forKey: next[k]) {
            write(k, ready)
            next[k] += 1
        }
    }
}
