/// A validated webcare team model: demand (channels and message kinds), the roster, the
/// service-level target and how to run it. Built by the scenario loader; times in minutes.
public struct Scenario: Sendable, Equatable {
    /// A short name shown in every output.
    public var name: String
    /// Where the messages come from.
    public var channels: [Channel]
    /// What the messages are; shares sum to 1.
    public var kinds: [MessageKind]
    /// Who is on duty when.
    public var roster: Roster
    /// Service-level target: a message counts as answered in time when its wait ≤ this (minutes).
    public var serviceLevelTargetMinutes: Double
    /// Horizon, warm-up, replications, seed.
    public var run: RunSettings
    /// How the team works: sites, routing, concurrency, shrinkage, shift end, on-call, backlog.
    public var team: Team
    /// What the planner aims at (`service_level.target_share`, `goals`); empty when none is stated.
    public var goals: Goals = Goals()
    /// The file's own free-text description (`description:`), e.g. that its volumes are
    /// assumptions; nil when the file gives none. It changes no result.
    public var description: String? = nil

    public init(name: String, channels: [Channel], kinds: [MessageKind], roster: Roster,
                serviceLevelTargetMinutes: Double, run: RunSettings, team: Team = Team()) {
        self.name = name
        self.channels = channels
        self.kinds = kinds
        self.roster = roster
        self.serviceLevelTargetMinutes = serviceLevelTargetMinutes
        self.run = run
        self.team = team
    }

    /// The rule applied to work in hand when a shift ends, as stated in every output.
    public var shiftEndRule: String { team.shiftEnd.description }
}
