/// One officer's state in a team replication. Times in minutes.
public struct Officer: Sendable {
    /// Why an officer on shift is not answering messages.
    public enum Away: UInt8, Sendable {
        case none, onBreak, monitoring, calledOut
    }

    /// What an officer's time is spent on, for the officer-time account (off duty: none).
    public enum State: Int, Sendable, CaseIterable {
        case handling, idle, onBreak, monitoring, calledOut, overtime, onCall
    }

    /// On shift (scheduled on webcare duty).
    var onShift = false
    var away = Away.none
    /// Waiting to leave until the work in hand is done (a break, monitoring block or call-out
    /// that came while busy; or the end of the shift under the finish rule).
    var breakPending = false
    var monitoringPending = false
    var callOutPending = false
    /// The on-call officer: called (travelling or working; paid from the call on).
    var onCallCalled = false
    /// The on-call officer has arrived and answers messages.
    var onCallActive = false
    /// Conversations in hand.
    var inHand = 0
    /// Speed of each conversation in hand (work per minute).
    var speed = 1.0
    /// When the speed was last applied to the conversations' finish times.
    var completionVersion: UInt32 = 0
    /// Counts shift starts and ends: a break start from an earlier spell on shift is void.
    var shiftSpell: UInt32 = 0
    /// Version of the pending end of the time away.
    var awayVersion: UInt32 = 0
    /// Version of the pending monitoring start.
    var monitoringVersion: UInt32 = 0
    /// Version of the pending call-out.
    var callOutVersion: UInt32 = 0
    /// Length of the break waiting for the work in hand to be done (minutes).
    var pendingBreakMinutes = 0
    /// The time of the pending completion event, or infinity.
    var nextCompletion = Double.infinity

    /// Goes off shift: time away ends, its pending timers (away, monitoring, call-out, break
    /// spell) are void, and nothing is pending any more.
    mutating func leaveShift() {
        onShift = false
        shiftSpell &+= 1
        away = .none
        awayVersion &+= 1
        monitoringVersion &+= 1
        callOutVersion &+= 1
        breakPending = false
        monitoringPending = false
        callOutPending = false
    }

    /// Takes no new conversation: off shift (and not the working on-call officer), away, or
    /// about to leave.
    @inline(__always) func accepts(capacity: Int) -> Bool {
        (onShift || onCallActive) && away == .none && !breakPending && !monitoringPending && !callOutPending
            && inHand < capacity
    }

    /// The state its time counts as, nil when off duty.
    @inline(__always) func state(isOnCall: Bool) -> State? {
        if onShift {
            switch away {
            case .onBreak: return .onBreak
            case .monitoring: return .monitoring
            case .calledOut: return .calledOut
            case .none: return inHand > 0 ? .handling : .idle
            }
        }
        if isOnCall { return onCallCalled ? .onCall : nil }
        return inHand > 0 ? .overtime : nil
    }
}
