import Stochastics

/// A night on-call officer: within the on-call window, while no officer is on shift, the
/// officer is called when an urgent message arrives or when the messages waiting reach
/// `backlogThreshold`; they start after `delay` (minutes) and stop when the queue is empty.
/// Every hour of the window is a standby hour, costed at `standbyCost` of a worked hour; the
/// hours worked after a call are paid in full on top.
public struct OnCall: Sendable, Equatable {
    /// Days on which the window starts.
    public let days: Set<Weekday>
    /// Window start, minutes after midnight (0 ..< 1440).
    public let startMinute: Int
    /// Window end, minutes after midnight (1 ... 1440); at or before the start: the next day.
    public let endMinute: Int
    /// Time from the call to the officer starting (minutes).
    public let delay: Distribution
    /// Whether an urgent message calls the officer.
    public let callOnUrgent: Bool
    /// Messages waiting that call the officer; nil: the backlog never does.
    public let backlogThreshold: Int?
    /// What one standby hour costs, as a fraction of a worked officer hour (0 ... 1).
    public let standbyCost: Double

    /// The standby cost when a scenario gives none: a quarter of a worked hour. An assumption
    /// of the order of standby allowances; a planner sets the local agreement's figure.
    public static let defaultStandbyCost = 0.25

    public init(days: Set<Weekday>, startMinute: Int, endMinute: Int, delay: Distribution,
                callOnUrgent: Bool, backlogThreshold: Int?, standbyCost: Double = OnCall.defaultStandbyCost) {
        self.days = days
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.delay = delay
        self.callOnUrgent = callOnUrgent
        self.backlogThreshold = backlogThreshold
        self.standbyCost = standbyCost
    }

    /// The window as a one-officer shift, for its minutes of the week.
    public var window: Shift {
        Shift(name: "on-call", days: days, startMinute: startMinute, endMinute: endMinute, officers: 1)
    }
}
