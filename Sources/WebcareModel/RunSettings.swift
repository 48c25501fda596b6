/// How a scenario is run: simulated length, warm-up, replications and the master seed.
public struct RunSettings: Sendable, Equatable {
    /// Simulated length after the warm-up, in days.
    public var horizonDays: Double
    /// Days simulated first and not counted (the run starts empty on Monday 00:00).
    public var warmupDays: Double
    /// Independent replications.
    public var replications: Int
    /// Master seed from which every random stream is derived.
    public var seed: UInt64

    public init(horizonDays: Double, warmupDays: Double, replications: Int, seed: UInt64) {
        self.horizonDays = horizonDays
        self.warmupDays = warmupDays
        self.replications = replications
        self.seed = seed
    }

    /// Minute at which counting starts.
    public var warmupMinutes: Double { warmupDays * Clock.day }
    /// Minute at which the run stops.
    public var endMinutes: Double { (warmupDays + horizonDays) * Clock.day }
}
