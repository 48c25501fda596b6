import WebcareModel

/// Why no staffing (or roster) meets the target, in one line for the planner.
public enum StaffingFailure: Error, Sendable, CustomStringConvertible {
    /// Adding officers in these hours no longer raises their service level.
    case stuck(hours: [Int], levels: [Int], summary: Summary, target: HourTarget)
    /// The search needed more simulations than allowed.
    case tooManySimulations(Int)
    /// The scenario states no per-hour service-level target.
    case noTarget
    /// These hours need officers and no template covers them.
    case uncovered(hours: [Int])

    public var description: String {
        switch self {
        case let .stuck(hours, levels, summary, target):
            let worst = hours.prefix(4).map { hour in
                "\(HourNames.name(hour)) \(Self.percent(target.serviceLevel(summary, hour: hour))) with \(levels[hour]) officers"
            }.joined(separator: ", ")
            return "no staffing meets service_level>=\(target.share.formatted) within \(target.minutes.formatted) minutes in \(hours.count) hours (\(HourNames.ranges(hours))): three more officers raised their service level by less than 0.001 (\(worst)); their messages wait for something officers hardly shorten, e.g. a backlog far larger than the team or a target shorter than the time a message waits for a closed team\n"
        case let .tooManySimulations(limit):
            return "no staffing found within \(limit) simulations; the target may be out of reach"
        case let .uncovered(hours):
            return "no template covers \(hours.count) hours that need officers (\(HourNames.ranges(hours))); add templates for them or, with per_hour: open, leave them out of the scenario's opening hours"
        case .noTarget:
            return "no per-hour target: give service_level.target_share in the scenario or --target 'service_level>=X'"
        }
    }

    private static func percent(_ x: Double?) -> String {
        x.map { String(format: "%.1f%%", $0 * 100) } ?? "no messages"
    }
}
