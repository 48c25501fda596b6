import Stochastics
import WebcareModel

/// The textbook answer per hour of the week: each hour on its own as a stationary queue, with
/// that hour's offered messages (the channels' rates, follow-ups not included), the kinds'
/// share-weighted mean handling time, and an abandonment rate θ = Σ share / mean patience
/// over the kinds that give up (Erlang A; Erlang C when none does). The fewest servers whose
/// service level P(answered within the target) reaches the share; an officer counts as
/// `throughput[k − 1]` servers with k conversations at once, times (1 − monitoring share),
/// times the hour's `availability` (the share of on-duty time not on a break, from
/// `withBreaks(of:)`; 1 without breaks). No backlog from earlier hours, call-outs or shift ends,
/// and breaks only as their expected share of each hour: exactly what the simulation adds.
public struct StationaryStaffing: Sendable {
    /// Messages offered per minute in each hour of the week.
    public let arrivalsPerMinute: [Double]
    /// Mean handling time (minutes).
    public let meanHandling: Double
    /// Abandonment rate per waiting message (per minute); 0: nobody gives up.
    public let abandonmentRate: Double
    /// Servers one officer is worth.
    public let serversPerOfficer: Double
    /// Share of an on-duty officer's time in each hour of the week not on a break.
    public private(set) var availability = [Double](repeating: 1, count: Clock.hoursPerWeek)

    public init(_ scenario: Scenario) {
        arrivalsPerMinute = (0..<Clock.hoursPerWeek).map { hour in
            scenario.channels.reduce(0) { $0 + $1.hourlyRates[hour] } / Clock.hour
        }
        meanHandling = scenario.kinds.reduce(0) { $0 + $1.share * $1.handling.mean }
        abandonmentRate = scenario.kinds.reduce(0) { total, kind in
            guard let patience = kind.patience, patience.mean > 0 else { return total }
            return total + kind.share / patience.mean
        }
        let concurrency = scenario.team.concurrency
        serversPerOfficer = concurrency.throughput[concurrency.conversations - 1] * (1 - (scenario.team.monitoring?.share ?? 0))
    }

    /// The same queue with officers of `shifts` away on their breaks: each hour's availability
    /// is `BreakTime.availability(shifts)`.
    public func withBreaks(of shifts: [Shift]) -> StationaryStaffing {
        var changed = self
        changed.availability = BreakTime.availability(shifts)
        return changed
    }

    /// The service level of `servers` servers in `hour` for a target of `minutes`.
    public func serviceLevel(hour: Int, servers: Int, minutes: Double) -> Double {
        ErlangA(arrivalRate: arrivalsPerMinute[hour], serviceRate: 1 / meanHandling, servers: servers,
                abandonmentRate: abandonmentRate).serviceLevel(target: minutes)
    }

    /// The service level of `officers` officers in `hour`: the stationary formula at
    /// officers × `serversPerOfficer` × the hour's availability servers, interpolated linearly between the whole numbers
    /// of servers around it.
    public func serviceLevel(hour: Int, officers: Int, minutes: Double) -> Double {
        let servers = Double(officers) * serversPerOfficer * availability[hour]
        let below = Int(servers.rounded(.down))
        let low = serviceLevel(hour: hour, servers: below, minutes: minutes)
        let fraction = servers - Double(below)
        guard fraction > 1e-12 else { return low }
        return low + fraction * (serviceLevel(hour: hour, servers: below + 1, minutes: minutes) - low)
    }

    /// The fewest servers in `hour` reaching `share` within `minutes` (0 when no message is
    /// offered); nil when more than `limit` would be needed.
    public func servers(hour: Int, share: Double, minutes: Double, limit: Int = 10_000) -> Int? {
        guard arrivalsPerMinute[hour] > 0 else { return 0 }
        return (0...limit).first { serviceLevel(hour: hour, servers: $0, minutes: minutes) >= share }
    }

    /// The fewest officers in `hour` reaching `share` within `minutes` (`serviceLevel(hour:officers:minutes:)`);
    /// nil when more than `limit` would be needed.
    public func officers(hour: Int, share: Double, minutes: Double, limit: Int = 10_000) -> Int? {
        guard arrivalsPerMinute[hour] > 0 else { return 0 }
        return (0...limit).first { serviceLevel(hour: hour, officers: $0, minutes: minutes) >= share }
    }
}
