/// Where a message comes from geographically: a share of all messages, routed to one site.
/// Under `Routing.separate` and `.overflow` the message waits in that site's queue.
public struct Region: Sendable, Equatable {
    /// The region's name as written in the scenario.
    public let name: String
    /// Share of all messages (the shares of a scenario sum to 1).
    public let share: Double
    /// Index of the site its messages are routed to (into `Team.sites`).
    public let site: Int

    public init(name: String, share: Double, site: Int) {
        self.name = name
        self.share = share
        self.site = site
    }
}
