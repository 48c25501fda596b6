import Stochastics

/// A night on-call officer: within the on-call window, while no officer is on shift, the
/// officer is called when an urgent message arrives or when the messages waiting reach
/// `backlogThreshold`; they start after `delay` (minutes) and stop when the queue is empty.
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

    public init(days: Set<Weekday>, startMinute: Int, endMinute: Int, delay: Distribution,
                callOnUrgent: Bool, backlogThreshold: Int?) {
        self.days = days
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.delay = delay
        self.callOnUrgent = callOnUrgent
        self.backlogThreshold = backlogThreshold
    }

    /// The window as a one-officer shift, for its minutes of the week.
    public var window: Shift {
        Shift(name: "on-call", days: days, startMinute: startMinute, endMinute: endMinute, officers: 1)
    }
}
