import Stochastics
import WebcareModel

extension HTMLReport {
    /// The urgent threshold in words, e.g. "15 minutes"; when scenarios differ, each one's.
    var urgentThresholdText: String {
        let thresholds = summaries.map(\.definitions.urgentThresholdMin)
        guard let first = thresholds.first, thresholds.allSatisfy({ $0 == first }) else {
            return "the scenario's threshold (" + summaries.map { "\($0.definitions.urgentThresholdMin.formatted) minutes in \($0.scenario)" }
                .joined(separator: "; ") + ")"
        }
        return "\(first.formatted) minutes"
    }

    /// The urgent measures in plain words, in the order of the urgent section.
    var urgentMeasures: [(Metric, String)] { labelled(Metric.rows(of: [.urgent])) }

    /// The measures with their rows' names (`MetricFacts.label`), the urgent threshold in words.
    func labelled(_ metrics: [Metric]) -> [(Metric, String)] {
        metrics.map { metric in
            let label = metric.facts.label ?? metric.rawValue
            return (metric, label.replacingOccurrences(of: MetricFacts.urgentThresholdMark, with: urgentThresholdText))
        }
    }

    /// The groups of rows of the officer-time table, in order (the urgent table is `.urgent`).
    static let officerTimeGroups: [MetricFacts.Group] = [.paidTime, .onShift, .offShift, .officerShares, .teamEvents]

    /// The officer states of the officer-time chart, in stacking order: the measure, its name
    /// in the legend and its row in the table.
    static let officerStates: [(Metric, String, String)] = Metric.rows(of: MetricFacts.Group.allCases.filter(\.isOfficerState))
        .map { ($0, $0.facts.legend ?? $0.rawValue, $0.facts.label ?? $0.rawValue) }

    /// A table of measures (rows) by scenario (columns) and, for a comparison, the table of
    /// their differences against the baseline, starred where significant.
    func measureTables(_ measures: [(Metric, String)]) -> String {
        var out = "<table class=\"keep\">\n<thead><tr><th>Measure</th>"
        for index in summaries.indices { out += "<th>\(swatchName(index))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (metric, label) in measures {
            out += "<tr><td>\(HTMLText.escape(label))</td>"
            out += summaries.map { Self.estimateCell($0[metric], metric.style) }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        guard input.isComparison else { return out }
        out += "<table class=\"keep\">\n<thead><tr><th>Difference against the baseline</th>"
        for index in summaries.indices.dropFirst() { out += "<th>\(swatchName(index))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (metric, label) in measures {
            out += "<tr><td>\(HTMLText.escape(label))</td>"
            out += input.differences.map { Self.differenceCell($0[metric], metric.style) }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The urgent messages: how many, how long they waited, how many waited past the urgent
    /// threshold and how many of those arrived while no one was on duty, each with its 95%
    /// interval (and, for a comparison, the differences); then the kinds named "urgent".
    func urgentSection() -> String {
        var out = "<section id=\"urgent\">\n<h2>Urgent messages</h2>\n"
        guard summaries.contains(where: { !MetricSection.isNil($0[.urgentPerWeek]) }) else {
            return out + "<p>None of these scenarios has urgent messages, so there is nothing to show here.</p>\n</section>\n"
        }
        out += "<p class=\"note\">Urgent messages must be passed on to the control room (112) at once. An urgent message "
        out += "counts as late when it waited longer than \(HTMLText.escape(urgentThresholdText)) for an officer "
        out += "(answered, given up or still waiting). Counts are per week; each figure is the mean with its 95% interval.</p>\n"
        out += measureTables(urgentMeasures)
        let rows = summaries.enumerated().flatMap { index, summary in
            ReportInput.urgentKinds(of: summary).map { (index, $0) }
        }
        guard !rows.isEmpty else { return out + "</section>\n" }
        out += "<h3>By urgent message kind</h3>\n"
        out += "<table class=\"keep\">\n<thead><tr><th>Scenario</th><th class=\"text\">Kind</th><th>Messages per week</th>"
        out += "<th>Average wait (minutes)</th><th>9 in 10 waited at most (minutes)</th><th>Answered within the target</th>"
        out += "<th>Gave up</th></tr></thead>\n<tbody>\n"
        for (index, row) in rows {
            out += "<tr><td>\(swatchName(index))</td><td class=\"text\">\(HTMLText.escape(row.name))</td>"
            for metric in GroupMetric.allCases { out += Self.estimateCell(row[metric], metric.style) }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// Officer time: a stacked bar per scenario of the hours per week in each state, its legend,
    /// and the numbers with their intervals (states used by no scenario left out of the table).
    func officerTimeSection() -> String {
        var out = "<section id=\"officer-time\">\n<h2>Officer time</h2>\n"
        out += "<p class=\"note\">Where the officers' hours go, per week: on shift handling messages, free with nothing to "
        out += "answer, on a break, monitoring social media, called out to the street; overtime after a shift ended; and the "
        out += "on-call officer's hours outside the shifts.</p>\n"
        let bars = summaries.map { summary in
            StackedBarChart.Bar(label: summary.scenario, segments: Self.officerStates.map { summary[$0.0].mean })
        }
        let chart = StackedBarChart(bars: bars, axisTitle: "officer hours per week", total: { NumberStyle.hours.format($0) + " h" },
                                    summary: "officer hours per week by state, one bar per scenario")
        let used = Self.officerStates.enumerated().filter { MetricSection.shows($0.element.0, in: summaries) }
        out += "<figure id=\"officer-time-chart\">\n<figcaption>Officer hours per week by state</figcaption>\n\(chart.render())\n"
        out += "<ul class=\"legend\">"
        for (index, state) in used {
            out += "<li><span class=\"swatch\" style=\"background:\(StackedBarChart.color(index))\"></span>\(HTMLText.escape(state.1))</li>"
        }
        out += "</ul>\n</figure>\n"
        let rows = Metric.rows(of: Self.officerTimeGroups).filter { MetricSection.shows($0, in: summaries) }
        out += measureTables(labelled(rows))
        let omitted = Self.officerStates.filter { !MetricSection.shows($0.0, in: summaries) }.map(\.1)
        if !omitted.isEmpty {
            out += "<p class=\"note\">Not used in these scenarios (zero hours in every one): \(HTMLText.escape(omitted.joined(separator: ", "))).</p>\n"
        }
        return out + "</section>\n"
    }

    /// The measures by site (when a scenario has more than one site) and for first messages and
    /// follow-ups (when a scenario has follow-ups); nothing otherwise.
    func groupsSection() -> String {
        let sites = MetricSection.hasSites(summaries), threads = MetricSection.hasFollowUps(summaries)
        guard sites || threads else { return "" }
        var out = "<section id=\"groups\">\n<h2>By site and by thread</h2>\n"
        if sites {
            out += "<h3>By site</h3>\n<p class=\"note\">Messages counted at the site of the region they come from.</p>\n"
            out += groupTable("Site", \.bySite)
        }
        if threads {
            out += "<h3>First messages and follow-ups</h3>\n<p class=\"note\">A follow-up is a citizen's reply to an answer.</p>\n"
            out += groupTable("Thread", \.byThread)
        }
        return out + "</section>\n"
    }

    /// One row per scenario and group, the group measures with their intervals.
    func groupTable(_ title: String, _ rows: KeyPath<Summary, [GroupRow]>) -> String {
        var out = "<table class=\"keep\">\n<thead><tr><th>Scenario</th><th class=\"text\">\(HTMLText.escape(title))</th>"
        out += "<th>Messages per week</th><th>Average wait (minutes)</th><th>9 in 10 waited at most (minutes)</th>"
        out += "<th>Answered within the target</th><th>Gave up</th></tr></thead>\n<tbody>\n"
        for (index, summary) in summaries.enumerated() {
            for row in summary[keyPath: rows] {
                out += "<tr><td>\(swatchName(index))</td><td class=\"text\">\(HTMLText.escape(row.name))</td>"
                for metric in GroupMetric.allCases { out += Self.estimateCell(row[metric], metric.style) }
                out += "</tr>\n"
            }
        }
        return out + "</tbody>\n</table>\n"
    }
}
