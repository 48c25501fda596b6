/// Duplicate message ids, found after the reading (or at its first error) by merging the sorted
/// runs of the ids' hashes: equal adjacent hashes are candidates, confirmed by reading the rows'
/// ids again, since two different ids may share a 64-bit hash.
extension ExportReader {
    /// Candidate pairs kept for confirming: those of the earliest second rows (a pair of different
    /// ids sharing a hash comes about once in 10¹² pairs of 10 million rows).
    static let candidateLimit = 1_024

    /// The error of the earliest row whose message_id an earlier row has; nil when none has.
    func firstDuplicate() throws(ExportError) -> ExportError? {
        var candidates: [(first: IDEntry, second: IDEntry)] = []
        var groupFirst: IDEntry?, previous: IDEntry?
        func earliestFirst(_ list: inout [(first: IDEntry, second: IDEntry)]) {
            list.sort { ($0.second.place, $0.first.place) < ($1.second.place, $1.first.place) }
            if list.count > Self.candidateLimit { list.removeLast(list.count - Self.candidateLimit) }
        }
        try ids.forEachInOrder { (entry: IDEntry) throws(ExportError) in
            if let p = previous, p.hash == entry.hash, let first = groupFirst {
                candidates.append((first, entry))
                if p.place != first.place { candidates.append((p, entry)) }
                if candidates.count > 2 * Self.candidateLimit { earliestFirst(&candidates) }
            } else {
                groupFirst = entry
            }
            previous = entry
        }
        guard !candidates.isEmpty else { return nil }
        earliestFirst(&candidates)
        let texts = messageIDs(at: Set(candidates.flatMap { [$0.first.place, $0.second.place] }))
        for (first, second) in candidates {
            guard let id = texts[second.place], texts[first.place] == id else { continue }
            let columns = columnMaps[second.file]
            let place = first.file == second.file ? "row \(first.row)" : "\(data.files[first.file]) row \(first.row)"
            return ExportError(file: data.files[second.file], row: second.row, column: (columns[.messageID] ?? -1) + 1,
                               message: "\(columns.describe(.messageID)): \"\(id)\" is a duplicate of the message_id in \(place)")
        }
        return nil
    }

    /// The message ids at `places` (file index × 2⁴⁰ + row), read again from the files.
    func messageIDs(at places: Set<UInt64>) -> [UInt64: String] {
        var texts: [UInt64: String] = [:]
        for fileIndex in Set(places.map { Int($0 >> 40) }) {
            let file = data.files[fileIndex]
            guard let column = columnMaps[fileIndex][.messageID] else { continue }
            let last = places.filter { Int($0 >> 40) == fileIndex }.map { Int($0 & (1 << 40 - 1)) }.max() ?? 0
            func note(_ fields: [String], _ row: Int) {
                let place = UInt64(fileIndex) << 40 | UInt64(row)
                if places.contains(place), column < fields.count { texts[place] = Self.trimmed(fields[column]) }
            }
            if file.lowercased().hasSuffix(".xlsx") {
                guard var source = try? XLSXReader(path: file, sheet: options.sheet) else { continue }
                try? source.forEachRow { (fields: [String], row: Int) throws(ExportError) in note(fields, row) }
            } else {
                guard var reader = try? CSVReader(path: file) else { continue }
                while reader.row < last, let fields = try? reader.next() { note(fields, reader.row) }
            }
        }
        return texts
    }
}
