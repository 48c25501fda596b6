import Stochastics
import WebcareModel

extension HTMLReport {
    /// The measures of the key findings table, in order.
    public static let keyMetrics: [Metric] = [.waitMean, .waitP90, .serviceLevel, .abandonShare, .backlogAtOpening,
                                       .queueMean, .utilization, .officerHoursPerWeek, .messagesPerWeek]

    /// A measure in plain words.
    func label(_ metric: Metric) -> String {
        switch metric {
        case .waitMean: "Average wait for a first answer (minutes)"
        case .waitP90: "9 in 10 answered messages waited at most (minutes)"
        case .serviceLevel: "Answered within \(targetText)"
        case .abandonShare: "Gave up waiting"
        case .backlogAtOpening: "Messages waiting when the team comes on duty"
        case .queueMean: "Messages waiting, on average"
        case .utilization: "Share of officer time spent on messages"
        case .officerHoursPerWeek: "Officer hours per week (overtime included)"
        case .messagesPerWeek: "Messages per week"
        default: metric.rawValue
        }
    }

    /// The service-level target, e.g. "60 minutes", or "the target" when scenarios differ.
    var targetText: String {
        let targets = Set(summaries.map(\.definitions.serviceLevelTargetMin))
        guard targets.count == 1, let target = targets.first else { return "the target (see definitions)" }
        return "\(target.formatted) minutes"
    }

    /// Key figures: the table of key measures and, for a comparison, the table of differences
    /// against the baseline.
    func findingsSection() -> String {
        var out = "<section id=\"findings\">\n<h2>Key figures</h2>\n<table class=\"keep\">\n<thead><tr><th>Measure</th>"
        for index in summaries.indices { out += "<th>\(swatchName(index))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for metric in Self.keyMetrics {
            out += "<tr><td>\(HTMLText.escape(label(metric)))</td>"
            out += summaries.map { Self.estimateCell($0[metric], metric.style) }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n<p class=\"note\">- : not defined, e.g. no messages waiting at opening when the "
        out += "team is never off duty.</p>\n"
        if input.isComparison { out += differencesTable() }
        return out + "</section>\n"
    }

    /// The differences table: one column per later scenario, starred where significant.
    func differencesTable() -> String {
        var out = "<h3>Differences against the baseline, \(HTMLText.escape(summaries[0].scenario))</h3>\n"
        out += "<p class=\"note\">Each scenario minus the baseline, on the same simulated messages, with its 95% interval; "
        out += "<span class=\"mark\">*</span> marks a significant difference (the interval excludes zero). "
        out += "Shares differ in percentage points (pp).</p>\n"
        out += "<table class=\"keep\">\n<thead><tr><th>Measure</th>"
        for index in summaries.indices.dropFirst() { out += "<th>\(swatchName(index))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for metric in Self.keyMetrics {
            out += "<tr><td>\(HTMLText.escape(label(metric)))</td>"
            out += input.differences.map { Self.differenceCell($0[metric], metric.style) }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Each scenario in plain words, with its messages per hour of the week against the
    /// officers on duty.
    func scenariosSection() -> String {
        var out = "<section id=\"scenarios\">\n<h2>The scenarios</h2>\n"
        out += "<p class=\"note\">Described from the results: who is on duty when, and how many messages come in.</p>\n"
        for (index, summary) in summaries.enumerated() {
            let profile = ScenarioProfile(summary)
            out += "<div class=\"keep\">\n<h3>\(swatchName(index))\(index == 0 && input.isComparison ? " (baseline)" : "")</h3>\n"
            out += "<p>\(HTMLText.escape(profile.sentence))</p>\n"
            if !summary.definitions.team.isEmpty {
                out += "<p>The team: \(HTMLText.escape(summary.definitions.team)).</p>\n"
            }
            out += arrivalsChart(summary, color: index) + "</div>\n"
        }
        return out + "</section>\n"
    }

    /// Every headline measure with its name as in the results files and its definition, for analysts.
    func allMeasuresSection() -> String {
        let definitions = summaries[0].definitions.metrics
        var out = "<section id=\"all-measures\">\n<h2>All measures</h2>\n"
        out += "<p class=\"note\">Every headline measure under its name in summary.json and comparison.json, "
        out += "with its definition.</p>\n<table>\n<thead><tr><th>Measure</th>"
        for index in summaries.indices { out += "<th>\(swatchName(index))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for metric in Metric.allCases {
            let definition = definitions[metric.rawValue] ?? metric.definition
            out += "<tr><td><code>\(HTMLText.escape(metric.rawValue))</code><span class=\"def\">\(HTMLText.escape(definition))</span></td>"
            out += summaries.map { Self.estimateCell($0[metric], metric.style) }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
