import Foundation

/// `demand.yaml`: a commented scenario fragment with `channels` (168 `hour_of_week` rates each),
/// `kinds` (share, handling, patience, follow_up where the data allow) and `busy_days`, to be
/// used as `base:` of a scenario that adds `name`, `run`, `service_level` and `shifts`.
extension DemandFit {
    public func yaml() -> String {
        var lines: [String] = [
            "# Demand fitted by `webcare-sim fit` from \(data.files.joined(separator: ", ")).",
            "# \(data.messages) messages (\(data.firstMessages) first messages, \(data.followUps) follow-ups) on \(data.days) days"
                + (data.replications > 1 ? " in \(data.replications) replications" : "") + "; times read in \(data.timeZone) (\(data.timeZoneReason)).",
            "# Every figure with its 95% interval and the data behind it is in fit.json beside this file.",
            "# Use this file as `base: demand.yaml` and add name, run, service_level and shifts.",
        ]
        if !data.excludedDays.isEmpty {
            lines.append("# Days left out of the rates: " + data.excludedDays.map { "\($0.date) (\($0.reason))" }.joined(separator: ", ") + ".")
        }
        lines.append("")
        lines.append("# Messages per hour for each hour of the week (Monday 00:00-01:00 first), first messages only:")
        lines.append("# a conversation's later messages come from the kinds' follow_up.")
        lines.append("channels:")
        for channel in channels {
            let total = channel.rates.reduce(0) { $0 + $1.estimate }
            lines.append("  - name: \(Self.quoted(channel.channel))   # \(Self.number(total)) messages a week; model \(channel.chosen.rawValue)")
            lines.append("    hour_of_week:")
            for day in 0..<7 {
                let values = (0..<24).map { Self.number(channel.rates[day * 24 + $0].estimate) }
                lines.append("      " + (day == 0 ? "[" : " ") + values.joined(separator: ", ") + (day == 6 ? "]" : ",")
                             + "   # \(Self.weekdays[day])")
            }
        }
        lines.append("")
        lines.append("# Kinds: shares of the first messages. Set priority and urgent yourself: the export cannot tell.")
        lines.append("kinds:")
        let shares = Self.roundedShares(kinds.map(\.share.estimate))
        for (kind, share) in zip(kinds, shares) {
            lines.append("  - name: \(Self.quoted(kind.name))")
            lines.append("    share: \(share)   # \(kind.count) first messages")
            if let handling = kind.handling {
                lines.append("    handling: \(Self.distribution(handling))   # \(handling.count) times, \(Self.verdict(handling))")
            } else {
                lines.append("    # handling: fewer than 2 handling times (started_at with responded_at or closed_at) for this kind; give it in your scenario")
            }
            if let patience = kind.patience {
                if let mean = patience.mean {
                    lines.append("    patience: {dist: exponential, mean: \(Self.number(mean.estimate))}   # \(patience.abandoned) gave up, \(patience.censored) censored")
                } else {
                    lines.append("    # no patience: none of \(patience.censored) messages was abandoned")
                }
            }
            if let followUp = kind.followUp, followUp.followed > 0, let delay = followUp.delay {
                lines.append("    follow_up:   # \(followUp.followed) of \(followUp.answered) answers got a further message")
                lines.append("      probability: \(Self.number(min(followUp.probability.estimate, 0.999)))")
                lines.append("      delay: \(Self.distribution(delay))")
                if let handling = followUp.handling { lines.append("      handling: \(Self.distribution(handling))") }
            }
        }
        lines.append("")
        if let cv = busyDays.cv {
            lines.append("# Busy days: daily totals vary more than Poisson (p = \(Self.number(busyDays.pValue))); cv \(Self.number(cv.estimate)) [\(Self.number(cv.lower)), \(Self.number(cv.upper))].")
            lines.append("busy_days: {cv: \(Self.number(cv.estimate))}")
        } else {
            lines.append("# Busy days: none (daily totals not over-dispersed: p = \(Self.number(busyDays.pValue)), moment estimate cv \(Self.number(busyDays.cvEstimate))).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func distribution(_ fit: DurationFit) -> String {
        if fit.empirical {
            return "{dist: empirical, values: [" + fit.quantiles.map(number).joined(separator: ", ") + "]}"
        }
        switch fit.best {
        case .exponential: return "{dist: exponential, mean: \(number(fit.mean.estimate))}"
        case .gamma: return "{dist: gamma, mean: \(number(fit.mean.estimate)), sd: \(number(fit.sd.estimate))}"
        case .lognormal: return "{dist: lognormal, mean: \(number(fit.mean.estimate)), sd: \(number(fit.sd.estimate))}"
        }
    }

    static func verdict(_ fit: DurationFit) -> String {
        fit.empirical ? "no family fits (bootstrap p = \(number(fit.pValue))): the sample's quantiles"
            : "\(fit.best.rawValue) by AIC, KS bootstrap p = \(number(fit.pValue))"
    }

    /// Six significant digits, no exponent for webcare-sized numbers.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        if x == 0 { return "0" }
        let digits = max(0, 5 - Int(Foundation.log10(abs(x)).rounded(.down)))
        var text = String(format: "%.\(min(digits, 9))f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Shares rounded to 6 decimals that sum to exactly 1 (the largest takes the remainder).
    static func roundedShares(_ shares: [Double]) -> [String] {
        var micro = shares.map { Int(($0 * 1_000_000).rounded()) }
        if let largest = micro.indices.max(by: { micro[$0] < micro[$1] }) {
            micro[largest] += 1_000_000 - micro.reduce(0, +)
        }
        return micro.map { value in
            let text = String(format: "%.6f", Double(value) / 1_000_000)
            var trimmed = text
            while trimmed.hasSuffix("0") { trimmed.removeLast() }
            return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
        }
    }

    /// A YAML scalar in double quotes.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
