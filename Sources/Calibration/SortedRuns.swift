import Foundation
import HeapModule

/// A record `SortedRuns` can spill to disk: fixed size, no references, totally ordered.
protocol RunRecord: BitwiseCopyable, Comparable {}

/// An external sort of fixed-size records with a fixed memory budget: records are appended into
/// an in-memory buffer; a full buffer is sorted and spilled as a run to one temporary file; the
/// runs are then read back in order by a k-way merge (a binary heap of the runs' heads).
///
/// Invariants:
/// - At most `capacity` records (`budget` bytes) are held while appending, and the merge's read
///   buffers share the same budget (each run gets `capacity / runs` records, at least
///   `minimumShare`), so memory does not grow with the number of records (each run costs a few
///   dozen bytes more). When there are more runs than `fanIn`, consecutive groups of `fanIn`
///   runs are first merged into longer runs (written after the others: the data is written once
///   more per such pass) until at most `fanIn` are left; a pass holds its groups' read buffers
///   and one output block, at most `capacity` records, or 3 × `minimumShare` when the budget is
///   smaller than 2 × `minimumShare` records.
/// - The file holds the spilled and merged runs back to back; `runs[i]` is a current run's first
///   record and count, and every run is sorted ascending. `count` is every record appended,
///   spilled or buffered; `spilled` is the file's length in records.
/// - The file is unlinked as soon as it is opened, so nothing is left behind however the process
///   ends (an error, a crash, a kill); its space is freed when `deinit` closes it.
/// - Records appended after a merge are merged with the earlier ones by the next merge.
final class SortedRuns<Record: RunRecord> {
    private let descriptor: Int32
    private let path: String
    private let capacity: Int
    private var buffer: [Record] = []
    private var runs: [(start: Int, count: Int)] = []
    private var spilled = 0
    private(set) var count = 0

    static var stride: Int { MemoryLayout<Record>.stride }

    /// A sorter holding at most `budget` bytes of records in memory, spilling to a file in the
    /// system's temporary folder (`TMPDIR`).
    init(budget: Int) throws(ExportError) {
        capacity = max(1_024, budget / Self.stride)
        path = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-fit-\(UUID().uuidString).runs").path
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw Self.failure(path, "cannot create the temporary file for sorting") }
        unlink(path)
    }

    deinit { close(descriptor) }

    func append(_ record: Record) throws(ExportError) {
        if buffer.isEmpty { buffer.reserveCapacity(capacity) }
        buffer.append(record)
        count += 1
        if buffer.count == capacity { try spill() }
    }

    /// The fewest records a run's read buffer holds in a merge.
    static var minimumShare: Int { 1_024 }

    /// The most runs merged at once: their read buffers (and a pass's output block) fit in
    /// `capacity` records.
    private var fanIn: Int { max(2, capacity / Self.minimumShare - 1) }

    /// Sorts the buffer, writes it as a run and frees it.
    private func spill() throws(ExportError) {
        guard !buffer.isEmpty else { return }
        buffer.sort()
        let start = spilled
        try write(buffer)
        runs.append((start, buffer.count))
        buffer = []
    }

    /// Writes `records` at the end of the file.
    private func write(_ records: [Record]) throws(ExportError) {
        let offset = spilled * Self.stride
        let written = records.withUnsafeBytes { raw -> Bool in
            var done = 0
            while done < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        guard written else { throw Self.failure(path, "cannot write the temporary file for sorting (is the disk full?)") }
        spilled += records.count
    }

    /// Calls `body` with every record in ascending order (equal records in the order of their runs).
    func forEachInOrder(_ body: (Record) throws(ExportError) -> Void) throws(ExportError) {
        try spill()
        try reduceRuns()
        try merge(runs, body)
    }

    /// Merges consecutive groups of `fanIn` runs into one run each, pass after pass, until at
    /// most `fanIn` runs are left. Groups are consecutive and a merge keeps equal records in the
    /// order of their runs, so the final order is that of one merge of all the runs.
    private func reduceRuns() throws(ExportError) {
        while runs.count > fanIn {
            var merged: [(start: Int, count: Int)] = []
            for first in Swift.stride(from: 0, to: runs.count, by: fanIn) {
                let start = spilled
                var block: [Record] = []
                block.reserveCapacity(Self.minimumShare)
                try merge(Array(runs[first..<min(first + fanIn, runs.count)]), reserving: Self.minimumShare) { (record) throws(ExportError) in
                    block.append(record)
                    if block.count == Self.minimumShare {
                        try write(block)
                        block.removeAll(keepingCapacity: true)
                    }
                }
                try write(block)
                merged.append((start, spilled - start))
            }
            runs = merged
        }
    }

    /// A k-way merge of `runs` (at most `fanIn`), each read in blocks that share `capacity`
    /// records less `reserving` (at least `minimumShare` records each).
    private func merge(_ runs: [(start: Int, count: Int)], reserving: Int = 0,
                       _ body: (Record) throws(ExportError) -> Void) throws(ExportError) {
        let share = max(Self.minimumShare, (capacity - reserving) / max(1, runs.count))
        var cursors = runs.map { Cursor(start: $0.start, end: $0.start + $0.count, share: share) }
        var heads = Heap<Head>()
        for i in cursors.indices {
            if let record = try cursors[i].next(descriptor, path) { heads.insert(Head(record: record, run: i)) }
        }
        while let head = heads.popMin() {
            try body(head.record)
            if let record = try cursors[head.run].next(descriptor, path) { heads.insert(Head(record: record, run: head.run)) }
        }
    }

    /// A run's next record in the merge.
    private struct Head: Comparable {
        let record: Record
        let run: Int
        static func < (a: Head, b: Head) -> Bool { a.record < b.record || (a.record == b.record && a.run < b.run) }
        static func == (a: Head, b: Head) -> Bool { a.record == b.record && a.run == b.run }
    }

    /// Reads one run in blocks of `share` records.
    private struct Cursor {
        var next: Int
        let end: Int
        let share: Int
        var block: [Record] = []
        var position = 0

        init(start: Int, end: Int, share: Int) {
            next = start
            self.end = end
            self.share = share
        }

        mutating func next(_ descriptor: Int32, _ path: String) throws(ExportError) -> Record? {
            if position == block.count {
                guard next < end else { return nil }
                let n = min(share, end - next), offset = next * SortedRuns.stride
                var ok = true
                block = [Record](unsafeUninitializedCapacity: n) { pointer, initialized in
                    let bytes = n * SortedRuns.stride
                    ok = pread(descriptor, UnsafeMutableRawPointer(pointer.baseAddress!), bytes, off_t(offset)) == bytes
                    initialized = ok ? n : 0
                }
                guard ok else { throw SortedRuns.failure(path, "cannot read back the temporary file for sorting") }
                next += n
                position = 0
            }
            position += 1
            return block[position - 1]
        }
    }

    static func failure(_ path: String, _ message: String) -> ExportError {
        ExportError(file: path, row: 0, column: 0, message: "\(message): \(String(cString: strerror(errno)))")
    }
}
