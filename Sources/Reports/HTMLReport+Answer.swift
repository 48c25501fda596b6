import Stochastics
import WebcareModel

extension HTMLReport {
    /// The first page, for management: the question, the answer with the figures that carry it,
    /// whether each goal is met, and what to read with care.
    func answerSection() -> String {
        var out = "<section id=\"answer\">\n<h2>The question</h2>\n<p class=\"question\">\(HTMLText.escape(question))</p>\n"
        let described = summaries.indices.filter { summaries[$0].description?.isEmpty == false }
        if !described.isEmpty {
            out += "<ul class=\"described\">\n"
            for index in described {
                out += "<li>\(swatchName(index)): \(HTMLText.escape(summaries[index].description ?? ""))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h2>The answer</h2>\n"
        out += answerParagraphs.map { "<p class=\"answer\">\(HTMLText.escape($0))</p>\n" }.joined()
        out += goalsSection()
        if summaries.allSatisfy({ $0.goals == nil }) {
            out += "<p class=\"note\">No goals are stated: add <code>goals:</code> to a scenario file (or <code>--target</code>) "
            out += "to have each judged met or missed here.</p>\n"
        }
        let warnings = warningLines
        if !warnings.isEmpty {
            out += "<div class=\"warnings\">\n<h3>Read with care</h3>\n<ul>\n"
            out += warnings.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n</div>\n"
        }
        out += "<p class=\"note\">\(HTMLText.escape(readingGuide))</p>\n"
        return out + "</section>\n"
    }

    /// What the run or comparison asks, in one sentence.
    var question: String {
        let names = summaries.map(\.scenario)
        if input.isComparison {
            let others = names.dropFirst().joined(separator: "; ")
            return "What changes for citizens and for the team with \(others) instead of \(names[0]) (the baseline)? "
                + "All are simulated on the same messages, so the differences come from the choices alone."
        }
        if names.count == 1 { return "How fast does \(names[0]) answer citizens' messages, and at what cost in officer hours?" }
        return "How fast do these \(names.count) scenarios answer citizens' messages, and at what cost in officer hours? "
            + "They were run separately, so their differences are not tested."
    }

    /// The answer: for a comparison a paragraph per scenario against the baseline, otherwise a
    /// paragraph per scenario; each gives the service level, the average wait, the officer hours
    /// and the slowest hour of the week, with their 95% intervals.
    var answerParagraphs: [String] {
        guard input.isComparison else { return summaries.map(standalone) }
        return summaries.indices.dropFirst().map { against($0) }
    }

    /// A figure with its interval, e.g. "84.2% [82.0%, 86.3%]".
    static func withInterval(_ estimate: Estimate, _ style: NumberStyle) -> String {
        guard let mean = estimate.mean else { return "-" }
        guard let low = estimate.ci95Low, let high = estimate.ci95High else { return style.format(mean) }
        return "\(style.format(mean)) [\(style.format(low)), \(style.format(high))]"
    }

    /// The hour of the week with the longest average wait among those with messages, or nil.
    static func slowestHour(_ summary: Summary) -> Int? {
        let waits = summary.hourOfWeek(.waitMean), arrivals = summary.hourOfWeek(.arrivalsPerWeek)
        return (0..<168).filter { (arrivals[$0].mean ?? 0) > 0 && waits[$0].mean != nil }
            .max { (waits[$0].mean ?? 0, $1) < (waits[$1].mean ?? 0, $0) }
    }

    func standalone(_ summary: Summary) -> String {
        let minutes = summary.definitions.serviceLevelTargetMin.formatted
        var text = "\(summary.scenario): \(Self.withInterval(summary[.serviceLevel], .share)) of messages are answered within "
        text += "\(minutes) minutes and the average wait is \(Self.withInterval(summary[.waitMean], .minutes)) minutes; "
        text += "\(Self.withInterval(summary[.abandonShare], .share)) give up waiting, with "
        text += "\(Self.withInterval(summary[.officerHoursPerWeek], .hours)) officer hours a week."
        if let hour = Self.slowestHour(summary), let wait = summary.hourOfWeek(.waitMean)[hour].mean {
            text += " The slowest hour is \(HourNames.name(hour)), with an average wait of \(NumberStyle.minutes.format(wait)) minutes"
            text += Self.closedHours(summary)[hour] ? " (no officer on duty then)." : "."
        }
        return text
    }

    /// Scenario `index` against the baseline.
    func against(_ index: Int) -> String {
        let (base, other, difference) = (summaries[0], summaries[index], input.differences[index - 1])
        let minutes = other.definitions.serviceLevelTargetMin.formatted
        let change = difference[.serviceLevel]
        var text = "With \(other.scenario), \(Self.withInterval(other[.serviceLevel], .share)) of messages are answered within "
        text += "\(minutes) minutes instead of \(Self.withInterval(base[.serviceLevel], .share)) "
        text += "(\(ReportNumbers.difference(change, .share)), \(change.significant ? "a significant change" : "not a significant change")); "
        text += "the average wait is \(Self.withInterval(other[.waitMean], .minutes)) instead of "
        text += "\(Self.withInterval(base[.waitMean], .minutes)) minutes, for \(Self.withInterval(other[.officerHoursPerWeek], .hours)) "
        text += "officer hours a week instead of \(Self.withInterval(base[.officerHoursPerWeek], .hours))."
        if let hour = Self.slowestHour(base), let from = base.hourOfWeek(.waitMean)[hour].mean {
            text += " At the baseline's slowest hour, \(HourNames.name(hour)), the average wait "
            if let to = other.hourOfWeek(.waitMean)[hour].mean {
                let (old, new) = (NumberStyle.minutes.format(from), NumberStyle.minutes.format(to))
                text += old == new ? "stays at \(old) minutes." : "\(to < from ? "falls" : "rises") from \(old) to \(new) minutes."
            } else {
                text += "of \(NumberStyle.minutes.format(from)) minutes has no counterpart (no messages answered then)."
            }
        }
        return text
    }
}
