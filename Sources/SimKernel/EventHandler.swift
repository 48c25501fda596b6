/// A process driven by the run loop: it receives each event in time order and may schedule more.
public protocol EventHandler {
    associatedtype Payload: BitwiseCopyable
    /// Handles one event at its time (minutes); new events go into `calendar`.
    mutating func handle(_ payload: Payload, at time: Double, calendar: inout EventCalendar<Payload>)
    /// Handles one event taken from `lane` of the calendar (see `EventCalendar`); by default
    /// as any other event. A handler that knows what its lanes carry can skip the dispatch.
    mutating func handle(lane: Int, _ payload: Payload, at time: Double, calendar: inout EventCalendar<Payload>)
}

extension EventHandler {
    @inlinable @inline(__always)
    public mutating func handle(lane: Int, _ payload: Payload, at time: Double, calendar: inout EventCalendar<Payload>) {
        handle(payload, at: time, calendar: &calendar)
    }
}

/// The run loop: takes events in order and hands them to the handler until the calendar is
/// empty or the next event lies at or beyond the horizon (minutes); that event and any later
/// ones stay in the calendar. Returns the number of events handled. Generic and inlinable, so
/// the handler call is specialised, not dispatched.
///
/// Each turn compares the heap's top with the earliest lane (keys are unique, so exactly one
/// is earlier) and hands over that event: a heap event stays at the top, spent, while it is
/// handled (see `EventCalendar`); so does a lane's event, its lane spent, so the handler may
/// schedule that lane's next event in its place.
public enum RunLoop {
    @inlinable @inline(__always) public static func run<H: EventHandler>(
        _ handler: inout H, calendar: inout EventCalendar<H.Payload>, until horizon: Double
    ) -> Int {
        var handled = 0
        while true {
            if let top = calendar.heapTop, top.key < calendar.nextLaneKey {
                let time = top.time
                guard time < horizon else { break }
                calendar.topIsSpent = true
                handler.handle(top.payload, at: time, calendar: &calendar)
                calendar.dropSpentTop()
            } else {
                // An empty calendar has `nextLaneKey == .max`, whose time is NaN: not < horizon.
                let time = Event<H.Payload>.time(ofKey: calendar.nextLaneKey)
                guard time < horizon else { break }
                let lane = calendar.nextLane
                let payload = calendar.takeLane()
                handler.handle(lane: lane, payload, at: time, calendar: &calendar)
                calendar.dropSpentLane()
            }
            handled &+= 1
        }
        return handled
    }
}
