/// A process driven by the run loop: it receives each event in time order and may schedule more.
public protocol EventHandler {
    associatedtype Payload: BitwiseCopyable
    /// Handles one event at its time (minutes); new events go into `calendar`.
    mutating func handle(_ payload: Payload, at time: Double, calendar: inout EventCalendar<Payload>)
}

/// The run loop: takes events in order and hands them to the handler until the calendar is
/// empty or the next event lies at or beyond the horizon (minutes); that event and any later
/// ones stay in the calendar. Returns the number of events handled. Generic and inlinable, so
/// the handler call is specialised, not dispatched.
public enum RunLoop {
    @inlinable public static func run<H: EventHandler>(
        _ handler: inout H, calendar: inout EventCalendar<H.Payload>, until horizon: Double
    ) -> Int {
        var handled = 0
        while let event = calendar.beginNext(before: horizon) {
            handler.handle(event.payload, at: event.time, calendar: &calendar)
            calendar.dropSpentTop()
            handled &+= 1
        }
        return handled
    }
}
