import Foundation
import Reports
import Stochastics
import Testing
import WebcareModel

/// The team measures in the outputs: the urgent section's figures, officer time, rows of
/// unused features left out (and used ones kept), groups by site and thread, escaping.
@Suite("Team measures in the reports")
struct TeamReportTests {
    static func estimate(_ mean: Double?, _ low: Double?, _ high: Double?) -> Estimate {
        Estimate(mean: mean, ci95Low: low, ci95High: high)
    }

    /// The measures every table shows, even when zero or undefined everywhere.
    static let core: Set<Metric> = [
        .messagesPerWeek, .pWait, .waitMean, .waitAllMean, .waitP50, .waitP90, .waitP95, .waitMax, .serviceLevel,
        .abandonShare, .queueMean, .queueMax, .backlogAtOpening, .utilization, .officerHoursPerWeek, .overtimeHoursPerWeek,
    ]

    /// A fixture summary with fixed urgent and officer-time figures (threshold 20 minutes).
    static func summary(_ index: Int, _ values: [Metric: Estimate]) -> Summary {
        var summary = ReportFixtures.comparison.summaries[index]
        summary.definitions.urgentThresholdMin = 20
        for metric in Metric.allCases where !Self.core.contains(metric) {
            summary.metrics[metric.rawValue] = estimate(0, 0, 0)
        }
        summary.metrics[Metric.urgentWaitMean.rawValue] = estimate(nil, nil, nil)
        summary.metrics[Metric.urgentWaitMax.rawValue] = estimate(nil, nil, nil)
        for (metric, value) in values { summary.metrics[metric.rawValue] = value }
        return summary
    }

    static let urgentFigures: [Metric: Estimate] = [
        .urgentPerWeek: estimate(12.4, 11.2, 13.6),
        .urgentWaitMean: estimate(7.31, 6.02, 8.64),
        .urgentWaitMax: estimate(96.3, 80.1, 112.7),
        .urgentLatePerWeek: estimate(3.4, 2.1, 4.7),
        .urgentOffDutyPerWeek: estimate(2.2, 1.6, 2.8),
        .urgentOffDutyLatePerWeek: estimate(1.9, 1.3, 2.5),
        .handlingHoursPerWeek: estimate(61.2, 60.8, 61.6),
        .idleHoursPerWeek: estimate(40.3, 39.9, 40.7),
        .breakHoursPerWeek: estimate(0, 0, 0),
    ]

    func page(_ input: ReportInput) -> String { HTMLReport(input, toolVersion: "9.9.9").render() }

    @Test("scenarios with different shift-end rules each state their own, in the table and the report")
    func shiftEndRulePerScenario() {
        var finish = ReportFixtures.comparison.summaries[0], handOver = ReportFixtures.comparison.summaries[1]
        finish.definitions.shiftEndRule = ShiftEndRule.finish.description
        handOver.definitions.shiftEndRule = ShiftEndRule.handOver(keepWork: true).description
        let text = SummaryTable.render([finish, handOver])
        #expect(text.contains("Shift end (\(finish.scenario)): \(ShiftEndRule.finish.description)."))
        #expect(text.contains("Shift end (\(handOver.scenario)): \(ShiftEndRule.handOver(keepWork: true).description)."))
        let html = page(ReportInput(summaries: [finish, handOver]))
        #expect(html.contains(HTMLText.escape(ShiftEndRule.handOver(keepWork: true).description)))
        #expect(html.contains(HTMLText.escape(ShiftEndRule.finish.description)))
        #expect(SummaryTable.render([finish, finish]).contains("Shift end: \(ShiftEndRule.finish.description).\n"))
    }

    @Test("the urgent section shows a summary's urgent figures, the threshold, and no 'not measured'")
    func urgentFigures() {
        let html = page(ReportInput(summaries: [Self.summary(1, Self.urgentFigures)]))
        let urgent = html.components(separatedBy: "<section id=\"urgent\">")[1].components(separatedBy: "</section>")[0]
        #expect(urgent.contains("<h2>Urgent messages</h2>"))
        #expect(urgent.contains("counts as late when it waited longer than 20 minutes"))
        let rows = [
            "<tr><td>Urgent messages per week</td><td><span class=\"m\">12.4</span><span class=\"ci\">[11.2, 13.6]</span></td></tr>",
            "<tr><td>Average wait of an answered urgent message (minutes)</td><td><span class=\"m\">7.31</span><span class=\"ci\">[6.02, 8.64]</span></td></tr>",
            "<tr><td>Longest wait of an answered urgent message (minutes)</td><td><span class=\"m\">96.3</span><span class=\"ci\">[80.1, 112.7]</span></td></tr>",
            "<tr><td>Waited longer than 20 minutes (per week)</td><td><span class=\"m\">3.40</span><span class=\"ci\">[2.10, 4.70]</span></td></tr>",
            "<tr><td>Arrived while no one was on duty (per week)</td><td><span class=\"m\">2.20</span><span class=\"ci\">[1.60, 2.80]</span></td></tr>",
            "<tr><td>Waited longer than 20 minutes and arrived while no one was on duty (per week)</td><td><span class=\"m\">1.90</span><span class=\"ci\">[1.30, 2.50]</span></td></tr>",
        ]
        for row in rows { #expect(urgent.contains(row), "missing \(row)") }
        #expect(!html.contains("not measured"))
        #expect(html.contains("an urgent message that waits longer than 20 minutes counts as late"))
    }

    @Test("a comparison's urgent section shows the differences, starred where significant")
    func urgentDifferences() {
        var result = ReportFixtures.comparison
        result.summaries = [Self.summary(0, Self.urgentFigures), Self.summary(1, Self.urgentFigures)]
        result.differences[0].metrics[Metric.urgentLatePerWeek.rawValue] = Difference(Self.estimate(-2.5, -3.1, -1.9))
        result.differences[0].metrics[Metric.urgentWaitMean.rawValue] = Difference(Self.estimate(0.4, -0.2, 1.0))
        let html = page(ReportInput(result))
        let urgent = html.components(separatedBy: "<section id=\"urgent\">")[1].components(separatedBy: "</section>")[0]
        #expect(urgent.contains("<th>Difference against the baseline</th>"))
        #expect(urgent.contains("<tr><td>Waited longer than 20 minutes (per week)</td><td class=\"sig\"><span class=\"m\">-2.50</span> "
            + "<span class=\"mark\" title=\"significant\">*</span><span class=\"ci\">[-3.10, -1.90]</span></td></tr>"))
        #expect(urgent.contains("<tr><td>Average wait of an answered urgent message (minutes)</td><td class=\"ns\"><span class=\"m\">+0.40</span>"
            + "<span class=\"ci\">[-0.20, 1.00]</span></td></tr>"))
    }

    @Test("no urgent messages anywhere: the section says so, the terminal leaves the urgent rows out")
    func noUrgent() {
        let summaries = [Self.summary(0, [:]), Self.summary(1, [:])]
        let html = page(ReportInput(summaries: summaries))
        #expect(html.contains("<h2>Urgent messages</h2>\n<p>None of these scenarios has urgent messages"))
        let text = SummaryTable.render(summaries)
        #expect(!text.contains("urgent messages (late"))
        #expect(!text.contains("  urgent_"))
        #expect(text.contains("Not shown (zero or undefined in every scenario): "))
    }

    @Test("terminal: rows of unused features are left out, rows non-zero in any scenario are kept, under headings")
    func omittedRows() {
        var used = Self.urgentFigures
        used[.onCallHoursPerWeek] = Self.estimate(0, 0, 0)
        used[.urgentOffDutyLatePerWeek] = Self.estimate(0, 0, 0)
        let baseline = Self.summary(0, used)
        used[.breakHoursPerWeek] = Self.estimate(4.5, 4.1, 4.9)
        used[.callOutsPerWeek] = Self.estimate(0.3, 0.1, 0.5)
        let variant = Self.summary(1, used)
        for text in [SummaryTable.render([baseline, variant]), SummaryTable.render([variant, baseline])] {
            let rows = text.split(separator: "\n").map(String.init)
            func row(_ metric: Metric) -> String? { rows.first { $0.hasPrefix("  \(metric.rawValue) ") } }
            #expect(row(.onCallHoursPerWeek) == nil)
            #expect(row(.onCallCallsPerWeek) == nil)
            #expect(row(.monitoringHoursPerWeek) == nil)
            #expect(row(.breakHoursPerWeek)?.contains("4.5 [4.1, 4.9]") == true)
            #expect(row(.breakHoursPerWeek)?.contains("0.0 [0.0, 0.0]") == true)
            #expect(row(.callOutsPerWeek)?.contains("0.30 [0.10, 0.50]") == true)
            #expect(row(.urgentLatePerWeek)?.contains("3.40 [2.10, 4.70]") == true)
            // zero late off duty, but urgent messages did arrive off duty: the good news is shown
            #expect(row(.urgentOffDutyLatePerWeek)?.contains("0.00 [0.00, 0.00]") == true)
            for metric in Metric.allCases where Self.core.contains(metric) { #expect(row(metric) != nil, "\(metric)") }
            for heading in ["messages & waits", "urgent messages (late: waited > 20 min)",
                            "officer time (hours per week by state, utilization, shrinkage)", "team events (per week)"] {
                #expect(rows.contains(heading), "missing heading \(heading)")
            }
            #expect(text.contains("Not shown (zero or undefined in every scenario): "))
            #expect(text.contains("on_call_hours_per_week"))
            #expect(text.contains("Service level: ") && text.contains("Shift end: ") && text.contains("Warm-up "))
        }
        var result = ReportFixtures.comparison
        result.summaries = [baseline, variant]
        let comparison = ComparisonTable.render(result).split(separator: "\n").map(String.init)
        #expect(comparison.contains { $0.hasPrefix("  break_hours_per_week ") })
        #expect(!comparison.contains { $0.hasPrefix("  on_call_hours_per_week ") })
        #expect(comparison.contains("urgent messages (late: waited > 20 min)"))
    }

    @Test("officer time: a stacked bar per scenario, a legend and a table of the states in use")
    func officerTime() {
        var figures = Self.urgentFigures
        figures[.monitoringHoursPerWeek] = Self.estimate(8.24, 8.0, 8.5)
        let html = page(ReportInput(summaries: [Self.summary(0, figures), Self.summary(1, figures)]))
        let section = html.components(separatedBy: "<section id=\"officer-time\">")[1].components(separatedBy: "</section>")[0]
        #expect(section.contains("<h2>Officer time</h2>"))
        #expect(section.contains("<svg class=\"chart\""))
        #expect(section.contains("<tr><td>Hours monitoring social media</td><td><span class=\"m\">8.2</span><span class=\"ci\">[8.0, 8.5]</span></td>"))
        #expect(section.contains("<tr><td>Hours handling messages</td><td><span class=\"m\">61.2</span>"))
        #expect(section.contains("monitoring</li>"))
        #expect(!section.contains("Hours of the on-call officer") && !section.contains("Hours on a break"))
        #expect(section.contains("Not used in these scenarios (zero hours in every one): break, called out"))
        #expect(section.components(separatedBy: "fill=\"\("#56B4E9")\"").count - 1 == 2)
    }

    @Test("sites and follow-ups: tables only when a scenario has several sites or follow-ups; names escaped")
    func groupsAndEscaping() {
        var summary = Self.summary(0, Self.urgentFigures)
        let plain = [summary]
        #expect(!page(ReportInput(summaries: plain)).contains("<section id=\"groups\">"))
        #expect(!SummaryTable.render(plain).contains("site (of the message's region)"))
        let row = summary.byKind[0]
        summary.bySite = [GroupRow(name: "Emmen <b>", metrics: row.metrics), GroupRow(name: "Assen & co", metrics: row.metrics)]
        summary.byThread = [GroupRow(name: "first messages", metrics: row.metrics),
                            GroupRow(name: "follow-ups", metrics: ["messages_per_week": Self.estimate(40, 38, 42)])]
        summary.definitions.team = "sites <i>emmen</i> & assen work from one pooled queue"
        let html = page(ReportInput(summaries: [summary]))
        #expect(html.contains("<section id=\"groups\">"))
        #expect(html.contains("Emmen &lt;b&gt;") && html.contains("Assen &amp; co"))
        #expect(!html.contains("Emmen <b>"))
        #expect(html.contains("<p>The team: sites &lt;i&gt;emmen&lt;/i&gt; &amp; assen work from one pooled queue.</p>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let text = SummaryTable.render([summary])
        #expect(text.contains("site (of the message's region)"))
        #expect(text.contains("Emmen <b>"))
        #expect(text.contains("follow-ups") && text.contains("40.0 [38.0, 42.0]"))
    }
}
