/// The team engine's own measures of one replication, after the warm-up: officer time by state
/// (officer-minutes), conversation time, urgent messages and their waits, hand-overs, call-outs
/// and calls to the on-call officer.
public struct TeamCounts: Sendable {
    /// Officer-minutes by `Officer.State`.
    public var officerMinutes = [Double](repeating: 0, count: Officer.State.allCases.count)
    /// ∫ conversations in hand dt (conversation-minutes).
    public var slotArea = 0.0
    /// ∫ conversation slots of paid officers dt: concurrency × paid officer-minutes.
    public var slotCapacityArea = 0.0
    /// Counted urgent messages, and those that arrived while no officer was on shift.
    public var urgent = 0
    public var urgentOffDuty = 0
    /// Urgent messages answered, the sum and maximum of their waits (minutes).
    public var urgentAnswered = 0
    public var urgentWaitSum = 0.0
    public var urgentWaitMax = 0.0
    /// Urgent messages that waited longer than the threshold (answered, abandoned or still
    /// waiting at the end), and those of them that arrived while no officer was on shift.
    public var urgentLate = 0
    public var urgentOffDutyLate = 0
    /// Conversations handed back to the queue (shift end or call-out).
    public var handedOver = 0
    /// Street call-outs taken.
    public var callOuts = 0
    /// Times the on-call officer was called.
    public var onCallCalls = 0
}
