import Stochastics

/// The result of running a scenario: every measure as a mean with its 95% interval over
/// replications, overall, by hour of the week, by channel and by kind, with the definitions
/// that every output states. Times in minutes, rates per week, shares in [0, 1].
public struct Summary: Codable, Sendable, Equatable {
    public var scenario: String
    public var seed: UInt64
    public var replications: Int
    public var definitions: Definitions
    /// Headline measures keyed by `Metric.rawValue`.
    public var metrics: [String: Estimate]
    public var byHourOfWeek: [HourRow]
    public var byChannel: [GroupRow]
    public var byKind: [GroupRow]
    /// By the site of the messages' region (one row, the whole team, when there are no sites).
    public var bySite: [GroupRow]
    /// First messages and citizens' follow-ups.
    public var byThread: [GroupRow]
    /// Message audit over all replications.
    public var conservation: Conservation
    /// Share of arrivals answered within each of `WaitPoint.grid` minutes.
    public var waitDistribution: [WaitPoint]
    /// Why the run stopped, when it ran to a precision target.
    public var stopping: Stopping?
    /// The scenario file and tool version, when run from a file.
    public var provenance: Provenance?
    public var performance: Performance
    /// The verdicts of the scenario's goals and --target arguments; nil (and absent from the
    /// JSON) when there are none.
    public var goals: GoalReport? = nil
    /// The scenario file's own description (e.g. "Message volumes are assumptions."); nil (and
    /// absent from the JSON) when the file gives none or the result predates it.
    public var description: String? = nil
    /// What the reader must know before trusting the figures (`SummaryWarning`), e.g. a roster
    /// that cannot keep up; written as an array, empty when there are none. Nil only when read
    /// from a file written before warnings existed: read it through `allWarnings`.
    public var warnings: [SummaryWarning]? = nil

    enum CodingKeys: String, CodingKey {
        case scenario, seed, replications, definitions, metrics, conservation, stopping, provenance, performance, goals, warnings
        case description
        case waitDistribution = "wait_distribution"
        case byHourOfWeek = "by_hour_of_week"
        case byChannel = "by_channel"
        case byKind = "by_kind"
        case bySite = "by_site"
        case byThread = "by_thread"
    }

    /// The warnings, none for a file written before warnings existed.
    public var allWarnings: [SummaryWarning] { warnings ?? [] }

    /// The estimate of a headline measure.
    public subscript(metric: Metric) -> Estimate {
        metrics[metric.rawValue] ?? Estimate(mean: nil, ci95Low: nil, ci95High: nil)
    }
}

/// What the numbers mean: stated in every output so a reader needs no other document.
public struct Definitions: Codable, Sendable, Equatable {
    public var serviceLevel: String
    public var serviceLevelTargetMin: Double
    public var shiftEndRule: String
    /// An urgent message that waits longer than this (minutes) counts as late.
    public var urgentThresholdMin: Double
    /// How the team works: sites and routing, concurrency, shrinkage, on-call, in words.
    public var team: String
    public var units: String
    public var confidence: String
    public var warmupDays: Double
    public var horizonDays: Double
    public var clock: String
    /// One line per headline measure, keyed by `Metric.rawValue`.
    public var metrics: [String: String]

    enum CodingKeys: String, CodingKey {
        case units, confidence, clock, metrics
        case serviceLevel = "service_level"
        case serviceLevelTargetMin = "service_level_target_min"
        case shiftEndRule = "shift_end_rule"
        case urgentThresholdMin = "urgent_threshold_min"
        case team
        case warmupDays = "warmup_days"
        case horizonDays = "horizon_days"
    }

    /// How every interval of a summary is built, stated in its outputs (`IntervalScale`).
    public static let confidence = "mean over replications with a two-sided 95% interval that stays in the measure's range: "
        + "shares (service level, abandon share, p_wait, utilization, shrinkage, answered within) on the "
        + IntervalScale.unitInterval.definition + "; every other measure (waits, percentiles, counts, hours; all >= 0) on the "
        + IntervalScale.nonNegative.definition + "; paired differences keep the symmetric " + IntervalScale.unbounded.definition

    public init(scenario: Scenario) {
        let target = scenario.serviceLevelTargetMinutes
        serviceLevel = "share of all arriving messages answered (handling started) within \(target.formatted) minutes; abandoned and still-waiting messages count as missed"
        serviceLevelTargetMin = target
        shiftEndRule = scenario.shiftEndRule
        urgentThresholdMin = scenario.team.urgentThresholdMinutes
        team = scenario.team.description
        units = "times in minutes; arrivals per week; officer hours per week; shares between 0 and 1"
        confidence = Self.confidence
        warmupDays = scenario.run.warmupDays
        horizonDays = scenario.run.horizonDays
        clock = "the run starts empty on Monday 00:00; messages arriving in the warm-up are simulated but not counted; hours of the week count from Monday 00:00-01:00 (0) to Sunday 23:00-24:00 (167)"
        metrics = Dictionary(uniqueKeysWithValues: Metric.allCases.map { ($0.rawValue, $0.definition) })
    }
}

/// How much work the run did and how long it took.
public struct Performance: Codable, Sendable, Equatable {
    /// Arrivals, handling completions and abandonments processed, over all replications.
    public var events: Int
    public var wallS: Double
    public var eventsPerS: Double
    public var threads: Int

    public init(events: Int, wallS: Double, threads: Int) {
        self.events = events
        self.wallS = wallS
        self.eventsPerS = wallS > 0 ? Double(events) / wallS : 0
        self.threads = threads
    }

    enum CodingKeys: String, CodingKey {
        case events, threads
        case wallS = "wall_s"
        case eventsPerS = "events_per_s"
    }
}

extension Double {
    /// Shortest text for a number that is usually whole (60 → "60", 7.5 → "7.5").
    public var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
