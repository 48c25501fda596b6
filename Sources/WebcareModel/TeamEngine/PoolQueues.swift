/// A message waiting for one of the interchangeable officers when no kind abandons: what its
/// answer is recorded with. Times in minutes.
struct WaitingMessage {
    var arrival: Double
    /// Officer time it takes.
    var work: Double
    var channel: UInt8
    var kind: UInt8
    /// Hour of the week it arrived in.
    var hour: UInt8
    /// Site of its region, for the by-site figures.
    var homeSite: UInt8
    /// Arrived after the warm-up.
    var counted: Bool
    /// Arrived while no officer was on shift.
    var offDuty: Bool
}

extension WaitingMessage {
    /// The waiting message of `message` (the starting backlog's, stored before it was admitted).
    init(_ message: TeamMessage) {
        self.init(arrival: message.arrival, work: message.work, channel: message.channel, kind: message.kind,
                  hour: message.hour, homeSite: message.homeSite, counted: message.counted, offDuty: message.offDuty)
    }
}

/// The queues of interchangeable officers when no kind abandons (`TeamReplication.queuesByValue`):
/// one per priority level, each a ring of the waiting messages themselves, oldest first. A
/// message then leaves only from the front, when an officer takes it, so it needs no slot in the
/// message table, no generation and no lazy deletion. The rings grow by doubling and are freed
/// with the last copy (the queues belong to one replication and are not copied while in use).
///
/// What may be held across what: nothing but level numbers and copies of messages.
struct PoolQueues {
    private let memory: RingMemory<WaitingMessage>
    private let rings: UnsafeMutablePointer<Ring<WaitingMessage>>
    /// Number of queues: priority levels.
    let count: Int

    init(levels: Int) {
        memory = RingMemory(count: levels)
        rings = memory.rings
        count = levels
    }

    /// Adds `message` at the back of queue `level`.
    @inline(__always)
    func add(_ message: WaitingMessage, to level: Int) { rings[level].append(message) }

    /// Takes the first message of queue `level`, or nil when it is empty.
    @inline(__always)
    func takeFirst(of level: Int) -> WaitingMessage? {
        let ring = rings + level
        guard !ring.pointee.isEmpty else { return nil }
        let message = ring.pointee.first
        ring.pointee.removeFirst()
        return message
    }

    /// Every waiting message, queue by queue, front first.
    var messages: [WaitingMessage] {
        (0..<count).flatMap { level in (0..<rings[level].count).map { rings[level][$0] } }
    }
}
