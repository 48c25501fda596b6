import Foundation
import Reports
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The report's first page (issue 16): the question, the answer with the figures that carry it,
/// the goals and the warnings, before everything else.
@Suite struct FirstPageTests {
    static func page(_ input: ReportInput) -> String { HTMLReport(input, toolVersion: "9.9.9").render() }

    /// The HTML between `<section id="NAME">` and its `</section>`.
    static func section(_ html: String, _ name: String) throws -> String {
        let start = try #require(html.range(of: "<section id=\"\(name)\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// "84.2% [82.0%, 86.3%]" written out from the estimate, independently of the report's helper.
    static func figure(_ estimate: Estimate, _ style: NumberStyle) throws -> String {
        let mean = try #require(estimate.mean), low = try #require(estimate.ci95Low), high = try #require(estimate.ci95High)
        return "\(style.format(mean)) [\(style.format(low)), \(style.format(high))]"
    }

    @Test("the answer comes first, then the key figures, the week maps and the appendix")
    func order() throws {
        let html = Self.page(ReportInput(ReportFixtures.comparison))
        let positions = try ["answer", "findings", "week", "appendix", "scenarios", "definitions", "all-measures"].map { name in
            try #require(html.range(of: "<section id=\"\(name)\">")).lowerBound
        }
        #expect(positions == positions.sorted())
        let header = try #require(html.range(of: "</header>"))
        let firstSection = try #require(html.range(of: "<section"))
        #expect(header.upperBound <= firstSection.lowerBound && html[header.upperBound..<firstSection.lowerBound]
            .trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "nothing between the header and the answer")
        #expect(!html.contains("by hour of the day"), "no hour-of-day lines that blend open and closed days")
    }

    @Test("a comparison's answer gives both service levels, the difference, both waits and officer hours, with intervals")
    func comparisonAnswer() throws {
        let result = ReportFixtures.comparison
        let answer = try Self.section(Self.page(ReportInput(result)), "answer")
        let (base, other, difference) = (result.summaries[0], result.summaries[1], result.differences[0])
        #expect(answer.contains("<h2>The question</h2>") && answer.contains("<h2>The answer</h2>"))
        #expect(answer.contains("with More officers &amp; earlier instead of &lt;script&gt;"))
        for text in [try Self.figure(other[.serviceLevel], .share), try Self.figure(base[.serviceLevel], .share),
                     try Self.figure(other[.waitMean], .minutes), try Self.figure(base[.waitMean], .minutes),
                     try Self.figure(other[.officerHoursPerWeek], .hours), try Self.figure(base[.officerHoursPerWeek], .hours)] {
            #expect(answer.contains(text), "the answer lacks \(text)")
        }
        let change = try #require(difference[.serviceLevel].mean)
        #expect(answer.contains(String(format: "+%.1f pp", change * 100)), "the service level rises with three officers")
        #expect(answer.components(separatedBy: "<p class=\"answer\">").count - 1 == 1, "one paragraph per scenario compared")
    }

    @Test("the slowest hour of the baseline is named with its wait, and the same hour's wait of the other scenario")
    func slowestHour() throws {
        var result = ReportFixtures.comparison
        for index in 0..<2 {
            result.summaries[index].byHourOfWeek = (0..<168).map { hour in
                let wait = hour == 140 ? 500.0 - Double(index) * 400 : Double(hour % 24)
                return HourRow(hourOfWeek: hour, metrics: ["wait_mean_min": Estimate(mean: wait, ci95Low: nil, ci95High: nil),
                                                            "arrivals": Estimate(mean: 1, ci95Low: nil, ci95High: nil),
                                                            "officers": Estimate(mean: 1, ci95Low: nil, ci95High: nil)])
            }
        }
        let answer = try Self.section(Self.page(ReportInput(result)), "answer")
        #expect(HourNames.name(140) == "Sat 20-21")
        #expect(answer.contains("At the baseline&#39;s slowest hour, Sat 20-21, the average wait falls from 500.0 to 100.0 minutes."))
    }

    @Test("no goals: the first page says how to state them; with goals their verdicts are on it")
    func goals() throws {
        let plain = try Self.section(Self.page(ReportInput(ReportFixtures.comparison)), "answer")
        #expect(plain.contains("No goals are stated") && !plain.contains("<section id=\"goals\">"))
        var summary = ReportFixtures.comparison.summaries[1]
        summary.goals = summary.evaluate(Goals([Goal(metric: .serviceLevel, comparison: .atLeast, value: 0.8)]))
        let html = Self.page(ReportInput(summaries: [summary]))
        let answer = try #require(html.range(of: "<section id=\"answer\">"))
        let goals = try #require(html.range(of: "<section id=\"goals\">"))
        let findings = try #require(html.range(of: "<section id=\"findings\">"))
        #expect(answer.upperBound < goals.lowerBound && goals.upperBound < findings.lowerBound)
        let status = try #require(summary.goals?.goals.first?.status.rawValue)
        #expect(html.contains("<td class=\"text\"><strong>\(status)</strong>"))
    }
}
