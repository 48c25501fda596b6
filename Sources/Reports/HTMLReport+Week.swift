import Stochastics
import WebcareModel

extension HTMLReport {
    /// Hours of the week in which no officer of `summary` is on duty (officers on duty ≈ 0).
    static func closedHours(_ summary: Summary) -> [Bool] {
        summary.hourOfWeek(.officers).map { ($0.mean ?? 0) <= 1e-9 }
    }

    /// The hour-of-week heat maps: for each scenario its service level and its average wait per
    /// hour of the week and, for a comparison, each scenario's change against the baseline. The
    /// maps of one measure share one colour scale, so their colours compare.
    func weekSection() -> String {
        var out = "<section id=\"week\">\n<h2>Hour by hour over the week</h2>\n"
        out += "<p class=\"note\">A row per day, a column per hour of the day the messages arrived (21 = 21:00–22:00); "
        out += "each cell is the mean over the replications, its 95% interval in the cell's tooltip. Hatched cells: no officer "
        out += "on duty in that hour, so its messages wait for the next opening.</p>\n"
        out += "<h3>Service level: share answered within \(HTMLText.escape(targetText)) (%)</h3>\n"
        for index in summaries.indices { out += serviceLevelMap(index) }
        if input.isComparison {
            for index in summaries.indices.dropFirst() { out += changeMap(index, .serviceLevel) }
        }
        out += "<h3>Average wait for a first answer (minutes)</h3>\n"
        let high = max(summaries.compactMap { $0.hourOfWeek(.waitMean).compactMap(\.mean).max() }.max() ?? 0,
                       summaries.map(\.definitions.serviceLevelTargetMin).max() ?? 0)
        for index in summaries.indices { out += waitMap(index, scale: HeatScale(kind: .minutes(high: high))) }
        if input.isComparison {
            for index in summaries.indices.dropFirst() { out += changeMap(index, .waitMean) }
        }
        return out + "</section>\n"
    }

    /// The full estimate of an hour, e.g. "84.2% [82.0%, 86.3%]", or "no messages answered".
    static func hourDetail(_ estimate: Estimate, _ style: NumberStyle) -> String {
        guard let mean = estimate.mean else { return "no messages answered" }
        var text = style.format(mean)
        if let low = estimate.ci95Low, let high = estimate.ci95High { text += " [\(style.format(low)), \(style.format(high))]" }
        return text
    }

    func serviceLevelMap(_ index: Int) -> String {
        let hours = summaries[index].hourOfWeek(.serviceLevel)
        let target = summaries[index].definitions.serviceLevelTargetMin.formatted
        return WeekHeatMap(
            id: "heat-sl-\(index)", captionHTML: swatchName(index) + " – service level by hour of the week (%)",
            values: hours.map(\.mean), details: hours.map { Self.hourDetail($0, .share) + ($0.mean == nil ? "" : " answered within \(target) minutes") },
            closed: Self.closedHours(summaries[index]), scale: HeatScale(kind: .share),
            cellText: WeekHeatMap.percent, legendText: { WeekHeatMap.percent($0) + "%" }).render()
    }

    func waitMap(_ index: Int, scale: HeatScale) -> String {
        let hours = summaries[index].hourOfWeek(.waitMean)
        return WeekHeatMap(
            id: "heat-wait-\(index)", captionHTML: swatchName(index) + " – average wait by hour of the week (minutes)",
            values: hours.map(\.mean), details: hours.map { Self.hourDetail($0, .minutes) + ($0.mean == nil ? "" : " minutes on average") },
            closed: Self.closedHours(summaries[index]), scale: scale,
            cellText: WeekHeatMap.minutes, legendText: WeekHeatMap.minutes).render()
    }

    /// Scenario `index` minus the baseline per hour of the week: the difference of the two
    /// means (equal to the mean of the paired differences when both are defined in every
    /// replication). Shares change in percentage points.
    func changeMap(_ index: Int, _ metric: HourMetric) -> String {
        let share = metric == .serviceLevel
        let changes = Self.changes(summaries[index], against: summaries[0], metric)
        let bound = max(share ? 0.05 : 5, summaries.indices.dropFirst()
            .flatMap { Self.changes(summaries[$0], against: summaries[0], metric) }.compactMap { $0.map(abs) }.max() ?? 0)
        let base = summaries[0].hourOfWeek(metric), other = summaries[index].hourOfWeek(metric)
        let style: NumberStyle = share ? .share : .minutes
        let details = (0..<168).map { hour -> String in
            guard let change = changes[hour] else { return "not defined in one of the two" }
            return "\(WeekHeatMap.change(change, share: share))\(share ? " pp" : " minutes") (\(style.format(other[hour].mean ?? 0)) "
                + "instead of \(style.format(base[hour].mean ?? 0)))"
        }
        let what = share ? "service level (percentage points)" : "average wait (minutes)"
        return WeekHeatMap(
            id: "heat-\(share ? "sl" : "wait")-change-\(index)",
            captionHTML: swatchName(index) + " minus the baseline – change in \(what)",
            values: changes, details: details, closed: Self.closedHours(summaries[index]),
            scale: HeatScale(kind: .difference(bound: bound, higherIsBetter: share)),
            cellText: { WeekHeatMap.change($0, share: share) },
            legendText: { WeekHeatMap.change($0, share: share) }).render()
    }

    /// The per-hour difference of the means of `metric`, nil where either is undefined.
    static func changes(_ summary: Summary, against baseline: Summary, _ metric: HourMetric) -> [Double?] {
        zip(summary.hourOfWeek(metric), baseline.hourOfWeek(metric)).map { other, base in
            guard let a = other.mean, let b = base.mean else { return nil }
            return a - b
        }
    }
}
