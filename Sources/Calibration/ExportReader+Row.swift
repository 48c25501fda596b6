import Foundation

/// One data row: its fields checked and turned into a `MessageRecord`.
extension ExportReader {
    static let channelLimit = 32
    static let kindLimit = 255

    mutating func readRow(_ fields: [String], columns: ColumnMap, file: String, fileIndex: Int, row: Int,
                          excelSerials: Bool) throws(ExportError) {
        func fail(_ field: ExportField, _ message: String) -> ExportError {
            ExportError(file: file, row: row, column: (columns[field] ?? -1) + 1, message: "\(columns.describe(field)): \(message)")
        }
        func value(_ field: ExportField) -> String? {
            guard let i = columns[field] else { return nil }
            let text = Self.trimmed(fields[i])
            return text.isEmpty ? nil : text
        }
        func time(_ field: ExportField) throws(ExportError) -> Double {
            guard let text = value(field) else { return .nan }
            switch excelSerials ? parser.parse(excelSerial: text) : parser.parse(text) {
            case .success(let t): return t
            case .failure(.noSuchDate): throw fail(field, "\"\(text)\" is not a date that exists")
            case .failure(.skippedHour):
                throw fail(field, "\"\(text)\" does not exist in \(data.timeZone) (the clocks went forward); is the export in another time zone? give --timezone")
            case .failure(.number(let comma)):
                throw fail(field, comma ? "\"\(text)\" is a number with a decimal comma; expected a date-time, not a number"
                                        : "\"\(text)\" is a number; expected a date-time (\(Self.timeExpected))")
            case .failure(.unreadable): throw fail(field, "\"\(text)\" is not a date-time; \(Self.timeExpected)")
            }
        }
        for field in ExportField.required where value(field) == nil {
            throw fail(field, "empty; every message needs a \(field.rawValue)")
        }
        let id = value(.messageID)!
        try ids.append(IDEntry(hash: UInt64(bitPattern: Int64(idHasher(id))), file: fileIndex, row: row))
        let received = try time(.receivedAt)
        guard received >= 0 && received < Self.latest else {
            throw fail(.receivedAt, "\"\(value(.receivedAt)!)\" is outside 1970-2099; expected a date of the export's period")
        }
        var record = MessageRecord(received: received, conversation: 0, group: try group(value(.replication), fail),
                                   channel: try channel(value(.channel)!, fail), kind: try kind(value(.kind), fail))
        // A bare time in a repeated (fall-back) hour is read as its first occurrence; a later time
        // of the message that would then go backwards is its second occurrence.
        func after(_ t: Double, _ earliest: Double) -> Double {
            guard t < earliest, let later = parser.clock.secondOccurrence(ofUTC: t), later >= earliest else { return t }
            return later
        }
        record.started = after(try time(.startedAt), received)
        let handlingStart = record.started.isNaN ? received : record.started
        record.responded = after(try time(.respondedAt), handlingStart)
        record.closed = after(try time(.closedAt), handlingStart)
        record.abandoned = after(try time(.abandonedAt), received)
        if record.started < received { throw fail(.startedAt, Self.backwards) }
        if record.responded < received { throw fail(.respondedAt, Self.backwards) }
        if record.closed < received { throw fail(.closedAt, Self.backwards) }
        if record.abandoned < received { throw fail(.abandonedAt, Self.backwards) }
        if record.responded < record.started { throw fail(.respondedAt, "before started_at: the times go backwards within the message") }
        if record.closed < record.started { throw fail(.closedAt, "before started_at: the times go backwards within the message") }
        if !record.abandoned.isNaN && !(record.started.isNaN && record.responded.isNaN) {
            data.skipped["abandoned_at together with started_at or responded_at (answered or abandoned?)", default: 0] += 1
            return
        }
        if let thread = value(.thread) { record.markedFollowUp = thread == "follow-up" }
        record.conversation = UInt64(bitPattern: Int64(idHasher(value(.conversationID) ?? "\u{1}\(id)")))
            &+ UInt64(record.group) &* 0x9E37_79B9_7F4A_7C15
        try data.append(record)
    }

    /// The replication group of a trace row.
    mutating func group(_ text: String?, _ fail: (ExportField, String) -> ExportError) throws(ExportError) -> UInt32 {
        guard let text else { return 0 }
        if let known = groupIndex[text] { return known }
        guard let number = Int(text), number >= 0 else {
            if text.contains(","), Double(text.replacingOccurrences(of: ",", with: ".")) != nil {
                throw fail(.replication, "\"\(text)\" has a decimal comma; expected a whole replication number")
            }
            throw fail(.replication, "\"\(text)\"; expected a whole replication number >= 0")
        }
        let index = UInt32(groupIndex.count)
        groupIndex[text] = index
        data.groups = groupIndex.count
        _ = number
        return index
    }

    /// 2100-01-01 00:00Z: the periods `fit` handles end before.
    static let latest = Double(CivilDate(year: 2100, month: 1, day: 1)!.daysSince1970) * 86_400

    static let backwards = "before received_at: the times go backwards within the message"

    /// `text` without surrounding spaces and tabs.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        guard first == 32 || first == 9 || last == 32 || last == 9 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    mutating func channel(_ text: String, _ fail: (ExportField, String) -> ExportError) throws(ExportError) -> UInt8 {
        if let known = channelIndex[text] { return UInt8(known) }
        let name = text.lowercased()
        if let known = channelIndex[name] {
            channelIndex[text] = known
            return UInt8(known)
        }
        guard data.channels.count < Self.channelLimit else {
            throw fail(.channel, "\"\(text)\" would be channel \(Self.channelLimit + 1); a scenario holds at most \(Self.channelLimit) channels")
        }
        channelIndex[name] = data.channels.count
        channelIndex[text] = data.channels.count
        data.channels.append(name)
        return UInt8(data.channels.count - 1)
    }

    mutating func kind(_ text: String?, _ fail: (ExportField, String) -> ExportError) throws(ExportError) -> UInt8 {
        if let known = kindByTag[text ?? ""] { return known }
        let kind = try newKind(text, fail)
        kindByTag[text ?? ""] = kind
        return kind
    }

    mutating func newKind(_ text: String?, _ fail: (ExportField, String) -> ExportError) throws(ExportError) -> UInt8 {
        let tag = text?.lowercased() ?? ""
        let name: String
        if options.kindMap.isEmpty {
            name = tag.isEmpty ? "message" : tag
        } else {
            name = options.kindMap[tag] ?? "other"
        }
        if let known = kindIndex[name] { return UInt8(known) }
        guard kindIndex.count < Self.kindLimit else {
            throw fail(.kind, "\"\(text ?? "")\" would be kind \(Self.kindLimit + 1); at most \(Self.kindLimit) kinds: group tags with --kind-map TAG=KIND")
        }
        kindIndex[name] = data.kinds.count
        data.kinds.append(name)
        return UInt8(data.kinds.count - 1)
    }
}
