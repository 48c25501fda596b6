/// The messages of an export taken by conversation, each conversation's in order of arrival (as
/// `ExportData.forEachByConversation` gives them), holding back one message at a time: for each
/// message whether it is a first message (it opens its conversation and a trace does not mark it
/// a follow-up), the kind of its conversation's first message, and the conversation's next one.
struct ConversationWalk {
    /// A message with what its conversation says of it.
    struct Step {
        let record: MessageRecord
        let isFirst: Bool
        let threadKind: UInt8
        /// The next message of the conversation (nil for its last).
        let next: MessageRecord?
    }

    private var held: (record: MessageRecord, isFirst: Bool, threadKind: UInt8)?

    /// Takes the next message; gives the step of the one held before it.
    mutating func take(_ r: MessageRecord) -> Step? {
        let previous = held
        let same = previous?.record.conversation == r.conversation
        held = same ? (r, false, previous!.threadKind) : (r, !r.markedFollowUp, r.kind)
        return previous.map { Step(record: $0.record, isFirst: $0.isFirst, threadKind: $0.threadKind, next: same ? r : nil) }
    }

    /// The step of the last message held.
    mutating func finish() -> Step? {
        defer { held = nil }
        return held.map { Step(record: $0.record, isFirst: $0.isFirst, threadKind: $0.threadKind, next: nil) }
    }
}
