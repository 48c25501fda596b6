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
///   buffers share the same budget (each run gets `capacity / runs` records, at least 1024), so
///   memory does not grow with the number of records (each run costs a few dozen bytes more).
/// - The file holds the spilled runs back to back; `runs[i]` is run i's first record and count,
///   and every run is sorted ascending. `count` is every record appended, spilled or buffered.
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

    /// Sorts the buffer, writes it as a run and frees it.
    private func spill() throws(ExportError) {
        guard !buffer.isEmpty else { return }
        buffer.sort()
        let offset = spilled * Self.stride
        let written = buffer.withUnsafeBytes { raw -> Bool in
            var done = 0
            while done < raw.count {
                let n = pwrite(descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
        guard written else { throw Self.failure(path, "cannot write the temporary file for sorting (is the disk full?)") }
        runs.append((spilled, buffer.count))
        spilled += buffer.count
        buffer = []
    }

    /// Calls `body` with every record in ascending order (equal records in the order of their runs).
    func forEachInOrder(_ body: (Record) throws(ExportError) -> Void) throws(ExportError) {
        try spill()
        let share = max(1_024, capacity / max(1, runs.count))
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
