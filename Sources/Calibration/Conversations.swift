/// The messages of an export grouped into conversations, each in order of arrival: a message
/// is a first message when it opens its conversation (and a trace does not mark it a follow-up).
struct Conversations {
    /// Record indices, by conversation and then arrival.
    let order: [Int]
    /// Where each conversation starts in `order` (and the end, last).
    let starts: [Int]
    let isFirst: [Bool]
    /// Per record: the kind of its conversation's first message.
    let threadKind: [UInt8]

    init(_ records: [MessageRecord]) {
        order = records.indices.sorted {
            let a = records[$0], b = records[$1]
            return a.conversation != b.conversation ? a.conversation < b.conversation
                : a.received != b.received ? a.received < b.received : $0 < $1
        }
        var starts: [Int] = []
        var isFirst = [Bool](repeating: false, count: records.count)
        var threadKind = [UInt8](repeating: 0, count: records.count)
        var kind: UInt8 = 0
        for (position, i) in order.enumerated() {
            if position == 0 || records[order[position - 1]].conversation != records[i].conversation {
                starts.append(position)
                isFirst[i] = !records[i].markedFollowUp
                kind = records[i].kind
            }
            threadKind[i] = kind
        }
        starts.append(order.count)
        self.starts = starts
        self.isFirst = isFirst
        self.threadKind = threadKind
    }
}
