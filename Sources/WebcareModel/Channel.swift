/// Where messages come from (facebook, twitter, instagram, …): a Poisson stream whose rate is
/// constant within each hour of the week and repeats every week.
public struct Channel: Sendable, Equatable {
    /// The channel's name as written in the scenario.
    public let name: String
    /// Expected messages per hour for each of the 168 hours of the week, Monday 00:00 first.
    public let hourlyRates: [Double]

    public init(name: String, hourlyRates: [Double]) {
        precondition(hourlyRates.count == Clock.hoursPerWeek, "a channel needs 168 hourly rates")
        self.name = name
        self.hourlyRates = hourlyRates
    }

    /// Expected messages per week.
    public var messagesPerWeek: Double { hourlyRates.reduce(0, +) }
}
