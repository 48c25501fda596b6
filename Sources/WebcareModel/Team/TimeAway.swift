/// A setting of the team that takes an officer on duty away from the messages for a while,
/// besides the shifts' breaks (monitoring, street call-outs): what the estimates made before a
/// run (`LongRunCapacity`, `WorkEstimate`) and the team's description need of it. `Team`
/// lists the settings that are on in `timeAway`; each setting type states its own in its file.
public protocol TimeAway: Sendable, CustomStringConvertible {
    /// The officer-minutes left for messages, in the long run, of `minutes` of available
    /// officer time (the setting's share of time taken away).
    func minutesLeft(of minutes: Double) -> Double
    /// The engine's events the setting adds per officer-hour on duty (each spell away starts
    /// and ends).
    var eventsPerOfficerHour: Double { get }
}
