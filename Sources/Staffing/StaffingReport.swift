import Stochastics
import WebcareModel

/// What `staff` found, as written to staffing.json: officers per hour of the week by
/// simulation and by the stationary Erlang C/A formula, each hour's simulated measures with
/// their 95% intervals, the totals, and how the search ran. Officer hours per week; service
/// levels as shares; arrivals per week in that hour.
public struct StaffingReport: Codable, Sendable {
    /// One hour of the week.
    public struct Hour: Codable, Sendable {
        public var hourOfWeek: Int
        public var day: String
        public var hour: Int
        public var officers: Int
        /// The stationary Erlang C/A answer; nil when no number of officers reaches the target.
        public var erlangOfficers: Int?
        /// Whether the target counts this hour.
        public var counted: Bool
        public var arrivals: Estimate
        public var serviceLevel: Estimate
        public var waitMeanMin: Estimate
        public var utilization: Estimate

        enum CodingKeys: String, CodingKey {
            case day, hour, officers, counted, arrivals, utilization
            case hourOfWeek = "hour_of_week"
            case erlangOfficers = "erlang_officers"
            case serviceLevel = "service_level"
            case waitMeanMin = "wait_mean_min"
        }
    }

    public var scenario: String
    /// `service_level>=X`, the target minutes and the hours it counts.
    public var target: String
    /// The service level aimed at in every counted hour.
    public var targetShare: Double
    public var targetMinutes: Double
    public var scope: Goals.HourScope
    public var method: String
    public var seed: UInt64
    public var replications: Int
    public var iterations: Int
    public var simulations: Int
    /// Σ officers over the hours of the week.
    public var officerHoursPerWeek: Int
    /// Σ Erlang officers over the counted hours of the week (hours where none suffices left out).
    public var erlangOfficerHoursPerWeek: Int
    /// The week's measures of the staffing's run (mean and 95% interval).
    public var week: [String: Estimate]
    public var hours: [Hour]

    enum CodingKeys: String, CodingKey {
        case scenario, target, scope, method, seed, replications, iterations, simulations, week, hours
        case targetMinutes = "target_minutes"
        case targetShare = "target_share"
        case officerHoursPerWeek = "officer_hours_per_week"
        case erlangOfficerHoursPerWeek = "erlang_officer_hours_per_week"
    }

    public init(outcome: StaffingSearch.Outcome, target: HourTarget, sample: SimulationSample) {
        let summary = outcome.summary
        scenario = sample.scenario.name
        self.target = "service_level>=\(target.share.formatted)"
        targetShare = target.share
        targetMinutes = target.minutes
        scope = target.scope
        method = "iterative staffing (Feldman, Mandelbaum, Massey and Whitt 2008) adapted to a per-hour service level: from the stationary Erlang C/A staffing, an officer more in every hour below target, then an officer less in every third hour wherever that hour and the next two stay at target, on one sample with common random numbers; an hour meets the target when its mean service level over the replications does"
        seed = sample.seed
        replications = sample.replications
        iterations = outcome.iterations
        simulations = outcome.simulations
        officerHoursPerWeek = outcome.levels.reduce(0, +)
        erlangOfficerHoursPerWeek = (0..<Clock.hoursPerWeek).reduce(0) { total, hour in
            total + (target.counted[hour] ? outcome.erlang[hour] ?? 0 : 0)
        }
        week = [Metric.serviceLevel, .waitMean, .waitP90, .abandonShare, .utilization, .officerHoursPerWeek, .urgentLatePerWeek]
            .reduce(into: [:]) { $0[$1.rawValue] = summary[$1] }
        hours = summary.byHourOfWeek.map { row in
            Hour(hourOfWeek: row.hourOfWeek, day: row.day, hour: row.hour, officers: outcome.levels[row.hourOfWeek],
                 erlangOfficers: outcome.erlang[row.hourOfWeek], counted: target.counted[row.hourOfWeek],
                 arrivals: row[.arrivalsPerWeek], serviceLevel: row[.serviceLevel], waitMeanMin: row[.waitMean],
                 utilization: row[.utilization])
        }
    }
}
