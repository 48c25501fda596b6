/// The limits of every input, as a documented contract (README, "Limits"): a value beyond one is
/// refused with its position and the range, before anything runs or is written, so that a
/// scenario the loader accepts runs in bounded time and memory. The work of a whole run is
/// bounded too (`WorkEstimate.Limits`: messages and events per replication, events in all,
/// messages waiting at once).
public enum ScenarioLimits {
    // The YAML text.
    /// Bytes in one scenario file (16 MiB).
    public static let documentBytes = 16 * 1_024 * 1_024
    /// Nodes in one document, every alias counted as the nodes it expands to.
    public static let nodes = 1_000_000
    /// Nesting of lists and mappings.
    public static let depth = 64
    /// Bytes in one scalar (a name, a number, the description).
    public static let scalarBytes = 65_536
    /// Files in a chain of `base:` files behind one scenario.
    public static let bases = 16
    /// Characters in a name (of the scenario, a channel, kind, shift, site or region).
    public static let nameCharacters = 200

    // The run.
    /// Days simulated after the warm-up (520 weeks).
    public static let horizonDays = 3_640.0
    /// Days of warm-up.
    public static let warmupDays = 365.0
    /// Replications of one run.
    public static let replications = 100_000

    // Demand and roster.
    /// Channels of one scenario.
    public static let channels = 32
    /// Message kinds of one scenario.
    public static let kinds = 255
    /// Sites of the team (more is taken for a typing error).
    public static let sites = 64
    /// Regions of the team.
    public static let regions = 255
    /// Messages per hour of one channel in any hour (`messages_per_hour`, `hour_of_week` values).
    public static let messagesPerHour = 100_000.0
    /// Messages per day of one channel (`messages_per_day`).
    public static let messagesPerDay = 2_400_000.0
    /// A weekday factor.
    public static let weekdayFactor = 100.0
    /// An hour-shape weight (only proportions matter).
    public static let hourWeight = 1e9
    /// Shifts in the roster.
    public static let shifts = 1_000
    /// Officers in one shift.
    public static let officersPerShift = 1_000
    /// Officers over all shifts (every shift's officers are distinct people).
    public static let officers = 5_000
    /// Breaks of one shift.
    public static let breaksPerShift = 24
    /// Messages of the starting backlog, all entries together (and so in one entry).
    public static let backlog = 1_000_000
    /// The probability of a follow-up (at most 10 messages per thread on average).
    public static let followUpProbability = 0.9

    // Times (minutes).
    /// The shortest mean (or deterministic value, or empirical mean) of a duration: 0.01 minutes,
    /// 0.6 seconds; shorter durations vanish in the clock's rounding and give wrong results.
    public static let shortestMean = 0.01
    /// The longest duration, mean, target or threshold: one year.
    public static let longestMinutes = 525_600.0
    /// The largest coefficient of variation (sd ÷ mean) of a lognormal or gamma duration.
    public static let durationCV = 100.0
    /// Values of an empirical distribution.
    public static let empiricalValues = 100_000
    /// Conversations an officer may have in hand at once (`concurrency.conversations`).
    public static let conversations = 16
    /// Monitoring blocks: 1 minute to a day.
    public static let monitoringBlockMinutes = 1.0...1_440.0
    /// Street call-outs per officer per hour of available duty time.
    public static let callOutsPerHour = 12.0
    /// The busy-day coefficient of variation: below 0.01 the multiplier is 1 to the precision
    /// of the clock (omit `busy_days` to turn it off); above 2 single days carry the demand of weeks.
    public static let busyDaysCV = 0.01...2.0
    /// The on-call officer's backlog threshold.
    public static let backlogThreshold = 1_000_000

    // The command line.
    /// Segments of a `--set` path.
    public static let overridePathSegments = 32
    /// `--set` arguments of one command.
    public static let overrides = 1_000
    /// Scenarios in one run, compare or sweep (a sweep's grid points included).
    public static let scenariosPerRun = 256
    /// Worker threads.
    public static let threads = 1_024
}
