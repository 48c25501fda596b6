import Foundation
import Reports
import Stochastics
import Testing
import WebcareModel

/// The hour-of-week heat maps (issue 16): 7 × 24 cells per scenario and measure, each holding its
/// hour's value, closed hours hatched, the difference against the baseline per hour.
@Suite struct WeekHeatMapTests {
    /// A copy of the fixture's summary `index` with known hour values: service level h/167 in
    /// hour h (undefined in hour 5), average wait `waitShift` + h minutes, no officer on duty
    /// before 09:00.
    static func known(_ index: Int, waitShift: Double) -> Summary {
        var summary = ReportFixtures.comparison.summaries[index]
        summary.byHourOfWeek = (0..<168).map { hour in
            HourRow(hourOfWeek: hour, metrics: [
                "service_level": Estimate(mean: hour == 5 ? nil : Double(hour) / 167, ci95Low: nil, ci95High: nil),
                "wait_mean_min": Estimate(mean: waitShift + Double(hour), ci95Low: nil, ci95High: nil),
                "officers": Estimate(mean: hour % 24 < 9 ? 0 : 2, ci95Low: nil, ci95High: nil),
                "arrivals": Estimate(mean: 1, ci95Low: nil, ci95High: nil),
            ])
        }
        return summary
    }

    /// The cells of the heat map `id`: (class, text) in hour-of-week order.
    static func cells(_ html: String, _ id: String) throws -> [(String, String)] {
        let start = try #require(html.range(of: "<figure class=\"heat\" id=\"\(id)\">"))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        let figure = String(html[start.upperBound..<end.lowerBound])
        let table = String(figure[..<(try #require(figure.range(of: "</table>"))).lowerBound])
        return table.components(separatedBy: "<td class=\"").dropFirst().map { cell in
            let classes = String(cell.prefix { $0 != "\"" })
            let text = cell.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "</td").first ?? ""
            return (classes, text)
        }
    }

    static func html() -> String {
        var result = ReportFixtures.comparison
        result.summaries = [known(0, waitShift: 100), known(1, waitShift: 0)]
        return HTMLReport(ReportInput(result), toolVersion: "9.9.9").render()
    }

    @Test("a service-level map per scenario: 168 cells in hour-of-week order, each its hour's whole percent")
    func serviceLevelCells() throws {
        let html = Self.html()
        for index in 0..<2 {
            let cells = try Self.cells(html, "heat-sl-\(index)")
            #expect(cells.count == 168)
            for hour in 0..<168 {
                let expected = hour == 5 ? "–" : String(Int((Double(hour) / 167 * 100).rounded()))
                #expect(cells[hour].1 == expected, "hour \(hour)")
                #expect(cells[hour].0.split(separator: " ").contains("x") == (hour % 24 < 9), "hour \(hour) closed mark")
            }
        }
    }

    @Test("the wait map writes minutes compactly; the change map holds the per-hour difference against the baseline")
    func waitAndChangeCells() throws {
        let html = Self.html()
        let waits = try Self.cells(html, "heat-wait-0")
        #expect(waits.count == 168)
        #expect(waits[0].1 == "100" && waits[167].1 == "267")
        let changes = try Self.cells(html, "heat-wait-change-1")
        #expect(changes.count == 168 && changes.allSatisfy { $0.1 == "-100" }, "every hour 100 minutes shorter")
        let levels = try Self.cells(html, "heat-sl-change-1")
        #expect(levels.count == 168 && levels[5].1 == "–" && levels.enumerated().allSatisfy { $0.offset == 5 || $0.element.1 == "0" })
        #expect(!html.contains("id=\"heat-sl-change-0\""), "no change map of the baseline against itself")
    }

    @Test("each cell's tooltip names the hour and its estimate; closed hours say so")
    func tooltips() throws {
        let html = Self.html()
        #expect(html.contains("title=\"Mon 00-01: 0.0% answered within 60 minutes; no officer on duty\""))
        #expect(html.contains("title=\"Sun 23-24: 100.0% answered within 60 minutes\""))
        #expect(html.contains("title=\"Mon 05-06: no messages answered; no officer on duty\""))
    }

    @Test("the colour scale: viridis from worst to best, white for no change, a legend from worse to better")
    func scale() throws {
        let html = Self.html()
        let cells = html.components(separatedBy: "<td class=\"c\" style=\"background-color:")
        #expect(cells.count > 1)
        #expect(html.contains("<td class=\"c x\" style=\"background-color:#440154;color:#fff\" title=\"Mon 00-01"), "0% is the darkest")
        #expect(html.contains("background-color:#fde725;color:#000\" title=\"Sun 23-24: 100.0%"))
        #expect(html.contains("<span class=\"end\">worse</span>") && html.contains("<span class=\"end\">better</span>"))
        let change = try #require(html.range(of: "id=\"heat-sl-change-1\""))
        #expect(html[change.upperBound...].contains("background-color:#f7f7f7"), "no change is white")
    }
}
