import Stochastics
import WebcareModel

/// What `roster` found, as written to roster.json: officers per template and the cost, the
/// solver's status and gap, how the search ran, and the roster's per-hour measures on fresh
/// confirmation replications (another seed) beside the current roster's on the same
/// replications. Costs in the templates' units (default paid officer hours per week);
/// service levels as shares.
public struct RosterReport: Codable, Sendable {
    /// One template and its officers.
    public struct Template: Codable, Sendable {
        public var name: String
        public var days: String
        public var start: String
        public var end: String
        public var site: Int
        public var officers: Int
        public var costPerOfficer: Double
        public var hoursPerWeekPerOfficer: Double

        enum CodingKeys: String, CodingKey {
            case name, days, start, end, site, officers
            case costPerOfficer = "cost_per_officer"
            case hoursPerWeekPerOfficer = "hours_per_week_per_officer"
        }
    }

    /// The solver's answer to the last program.
    public struct Solver: Codable, Sendable {
        public var name: String
        public var status: IntegerSolution.Status
        public var objective: Double
        public var bound: Double
        public var gap: Double
        public var timeLimitS: Double

        enum CodingKeys: String, CodingKey {
            case name, status, objective, bound, gap
            case timeLimitS = "time_limit_s"
        }
    }

    /// A roster judged on the confirmation replications.
    public struct Judged: Codable, Sendable {
        public var cost: Double
        /// How the cost was counted: "template costs", "paid hours", or both.
        public var costBasis: String
        public var scheduledHoursPerWeek: Double
        public var week: [String: Estimate]
        /// Counted hours whose mean service level is below the target.
        public var hoursBelowTarget: [Int]
        /// Counted hours whose whole 95% interval is below the target.
        public var hoursMissed: [Int]
        /// Per hour of the week: the service level (nil where no message arrived).
        public var serviceLevelByHour: [Estimate]

        enum CodingKeys: String, CodingKey {
            case cost, week
            case scheduledHoursPerWeek = "scheduled_hours_per_week"
            case costBasis = "cost_basis"
            case hoursBelowTarget = "hours_below_target"
            case hoursMissed = "hours_missed"
            case serviceLevelByHour = "service_level_by_hour"
        }

        public init(summary: Summary, cost: Double, costBasis: String, shifts: [Shift], target: HourTarget) {
            self.cost = cost
            self.costBasis = costBasis
            scheduledHoursPerWeek = Roster(shifts: shifts).scheduledHoursPerWeek
            week = [Metric.serviceLevel, .waitMean, .waitP90, .abandonShare, .utilization, .officerHoursPerWeek]
                .reduce(into: [:]) { $0[$1.rawValue] = summary[$1] }
            hoursBelowTarget = target.failing(summary)
            let goal = Goal(metric: .serviceLevel, comparison: .atLeast, value: target.share)
            hoursMissed = (0..<Clock.hoursPerWeek).filter { hour in
                target.counted[hour] && GoalStatus(summary.byHourOfWeek[hour][.serviceLevel], goal: goal) == .missed
            }
            serviceLevelByHour = summary.byHourOfWeek.map { $0[.serviceLevel] }
        }
    }

    public var scenario: String
    public var target: String
    public var targetMinutes: Double
    public var scope: Goals.HourScope
    public var method: String
    public var templates: [Template]
    public var solver: Solver
    public var sampleSeed: UInt64
    public var sampleReplications: Int
    public var repairs: Int
    public var removals: Int
    public var simulations: Int
    public var confirmationSeed: UInt64
    public var confirmationReplications: Int
    public var roster: Judged
    public var current: Judged

    enum CodingKeys: String, CodingKey {
        case scenario, target, scope, method, templates, solver, repairs, removals, simulations, roster, current
        case targetMinutes = "target_minutes"
        case sampleSeed = "sample_seed"
        case sampleReplications = "sample_replications"
        case confirmationSeed = "confirmation_seed"
        case confirmationReplications = "confirmation_replications"
    }

    public init(outcome: RosterSearch.Outcome, search: RosterSearch, solverName: String, staffingSimulations: Int,
                confirmation: SimulationSample, roster: Judged, current: Judged) {
        scenario = search.sample.scenario.name
        target = "service_level>=\(search.target.share.formatted)"
        targetMinutes = search.target.minutes
        scope = search.target.scope
        method = "set covering over the cyclic week (CBC), right-hand side from staff; simulated on the sample and repaired (each hour below target needs one officer more than it has) until every hour meets the target; then officers removed, costliest template first, while every hour still does; confirmed on fresh replications from another seed"
        templates = zip(search.problem.templates.templates, outcome.counts).map { template, n in
            Template(name: template.shift.name, days: template.shift.daysText, start: Shift.clock(template.shift.startMinute),
                     end: Shift.clock(template.shift.endMinute), site: template.shift.site, officers: n,
                     costPerOfficer: template.cost, hoursPerWeekPerOfficer: template.hoursPerWeek)
        }
        solver = Solver(name: solverName, status: outcome.solution.status, objective: outcome.solution.objective,
                        bound: outcome.solution.bound, gap: outcome.solution.gap, timeLimitS: search.timeLimitSeconds)
        sampleSeed = search.sample.seed
        sampleReplications = search.sample.replications
        repairs = outcome.repairs
        removals = outcome.removals
        simulations = outcome.simulations + staffingSimulations
        confirmationSeed = confirmation.seed
        confirmationReplications = confirmation.replications
        self.roster = roster
        self.current = current
    }
}
