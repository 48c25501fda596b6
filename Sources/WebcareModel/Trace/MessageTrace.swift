/// The trace of one replication: the engine hands it each counted message when it is answered,
/// abandoned, or left over at the end. It lives only when `--trace` is given; the engine then holds
/// it unretained and checks for it once per finished message, so a run without a trace does no
/// more than that nil check. Times in simulation minutes.
public final class MessageTrace {
    public let replication: Int
    public private(set) var records: [TraceRecord] = []
    /// The end of the run: where a wait still open is cut off.
    public internal(set) var end = 0.0
    /// Per message slot, the message's number, its conversation's and its first
    /// start (NaN before), for the messages in flight.
    private var slotID: [Int] = []
    private var slotConversation: [Int] = []
    private var slotStarted: [Double] = []
    private var nextID = 0

    public init(replication: Int) { self.replication = replication }

    /// A message arrives in `slot`; a follow-up keeps the conversation `linked`
    /// to it by `link(_:to:)`.
    @inline(never)
    func admit(slot: UInt32, isFollowUp: Bool) {
        let s = Int(slot)
        while slotID.count <= s {
            slotID.append(0)
            slotConversation.append(-1)
            slotStarted.append(.nan)
        }
        nextID += 1
        slotID[s] = nextID
        if !isFollowUp || slotConversation[s] < 0 { slotConversation[s] = nextID }
        slotStarted[s] = .nan
    }

    /// The follow-up waiting in `follow` belongs to the conversation of `slot`.
    @inline(never)
    func link(_ follow: UInt32, to slot: UInt32) {
        let f = Int(follow)
        while slotID.count <= f {
            slotID.append(0)
            slotConversation.append(-1)
            slotStarted.append(.nan)
        }
        slotConversation[f] = slotConversation[Int(slot)]
    }

    /// The first start of the message in `slot`.
    @inline(never)
    func start(slot: UInt32, at time: Double) {
        if slotStarted[Int(slot)].isNaN { slotStarted[Int(slot)] = time }
    }

    /// A counted message leaves (answered, abandoned or left over at the end).
    @inline(never)
    func leave(slot: UInt32, received: Double, finished: Double, abandoned: Double, channel: UInt8, kind: UInt8,
               officer: Int32, isFollowUp: Bool) {
        let s = Int(slot)
        var record = TraceRecord(id: slotID[s], conversation: slotConversation[s], received: received, channel: channel, kind: kind)
        record.started = slotStarted[s]
        record.finished = finished
        record.abandoned = abandoned
        record.officer = officer
        record.isFollowUp = isFollowUp
        records.append(record)
    }

    /// The records in order of arrival.
    func close(end: Double) {
        self.end = end
        records.sort { $0.received < $1.received || ($0.received == $1.received && $0.id < $1.id) }
        slotID = []
        slotConversation = []
        slotStarted = []
    }
}
