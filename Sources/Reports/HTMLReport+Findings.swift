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

    /// Key findings: a sentence per scenario, the table of key figures and, for a comparison,
    /// the table of differences against the baseline.
    func findingsSection() -> String {
        var out = "<section id=\"findings\">\n<h2>Key findings</h2>\n<ul class=\"findings\">\n"
        for summary in summaries { out += "<li>\(HTMLText.escape(finding(summary)))</li>\n" }
        out += "</ul>\n<table class=\"keep\">\n<thead><tr><th>Measure</th>"
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

    /// One scenario's headline in a sentence.
    func finding(_ summary: Summary) -> String {
        func figure(_ metric: Metric) -> String {
            let estimate = summary[metric]
            guard let mean = estimate.mean else { return "-" }
            var text = metric.style.format(mean)
            if let low = estimate.ci95Low, let high = estimate.ci95High {
                text += " [\(metric.style.format(low)), \(metric.style.format(high))]"
            }
            return text
        }
        var text = "\(summary.scenario): a message waits on average \(figure(.waitMean)) minutes for a first answer; "
        text += "9 in 10 answered messages waited at most \(figure(.waitP90)) minutes; "
        text += "\(figure(.serviceLevel)) are answered within \(summary.definitions.serviceLevelTargetMin.formatted) minutes; "
        text += "\(figure(.abandonShare)) give up waiting."
        return text
    }

    /// Each scenario in plain words, with its messages per hour of the week against the
    /// officers on duty.
    func scenariosSection() -> String {
        var out = "<section id=\"scenarios\">\n<h2>The scenarios</h2>\n"
        out += "<p class=\"note\">Described from the results: who is on duty when, and how many messages come in.</p>\n"
        for (index, summary) in summaries.enumerated() {
            let profile = ScenarioProfile(summary)
            out += "<h3>\(swatchName(index))\(index == 0 && input.isComparison ? " (baseline)" : "")</h3>\n"
            out += "<p>\(HTMLText.escape(profile.sentence))</p>\n"
            if !summary.definitions.team.isEmpty {
                out += "<p>The team: \(HTMLText.escape(summary.definitions.team)).</p>\n"
            }
            out += arrivalsChart(summary, color: index)
        }
        return out + "</section>\n"
    }

    /// Every headline measure with its name as in the results files, for analysts.
    func allMeasuresSection() -> String {
        var out = "<section id=\"all-measures\">\n<h2>All measures</h2>\n"
        out += "<p class=\"note\">Every headline measure under its name in summary.json and comparison.json; "
        out += "the definitions are listed above.</p>\n<table>\n<thead><tr><th>Measure</th>"
        for index in summaries.indices { out += "<th>\(swatchName(index))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for metric in Metric.allCases {
            out += "<tr><td><code>\(HTMLText.escape(metric.rawValue))</code></td>"
            out += summaries.map { Self.estimateCell($0[metric], metric.style) }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
