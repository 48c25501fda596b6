import WebcareModel

/// A 7 × 24 heat map of one hour measure over the week, as an HTML table inside a figure: a row
/// per day (Monday first), a column per hour of the day (the hour the messages arrived), each
/// cell coloured on `scale` with its value written in it and its full estimate in a title
/// tooltip. Hours when no officer is on duty are hatched; undefined hours (no messages, or none
/// answered) are grey with "–".
struct WeekHeatMap {
    let id: String
    /// The caption's text, already escaped HTML (it may hold a colour swatch).
    let captionHTML: String
    /// 168 values, Monday 00:00-01:00 first; nil when undefined.
    let values: [Double?]
    /// 168 plain-text descriptions of the cell, shown as its tooltip after the hour's name.
    let details: [String]
    /// 168 flags: no officer on duty in that hour.
    let closed: [Bool]
    let scale: HeatScale
    /// The short text written in a cell.
    let cellText: (Double) -> String
    /// The text of a legend swatch.
    let legendText: (Double) -> String

    static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// The figure: caption, table and legend.
    func render() -> String {
        precondition(values.count == 168 && details.count == 168 && closed.count == 168, "a value per hour of the week")
        var out = "<figure class=\"heat\" id=\"\(id)\">\n<figcaption>\(captionHTML)</figcaption>\n"
        out += "<table class=\"heat\">\n<thead><tr><th scope=\"col\"><span class=\"sr\">day</span></th>"
        out += (0..<24).map { "<th scope=\"col\">\($0 < 10 ? "0" : "")\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (day, name) in Self.dayNames.enumerated() {
            out += "<tr><th scope=\"row\">\(name)</th>"
            for hour in 0..<24 { out += cell(day * 24 + hour) }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n" + legend() + "</figure>\n"
    }

    /// One hour's cell.
    func cell(_ index: Int) -> String {
        let title = HTMLText.escape(HourNames.name(index) + ": " + details[index] + (closed[index] ? "; no officer on duty" : ""))
        let hatch = closed[index] ? " x" : ""
        guard let value = values[index], value.isFinite else {
            return "<td class=\"c u\(hatch)\" title=\"\(title)\">–</td>"
        }
        return "<td class=\"c\(hatch)\" style=\"background-color:\(scale.fill(value));color:\(scale.ink(value))\" "
            + "title=\"\(title)\">\(HTMLText.escape(cellText(value)))</td>"
    }

    /// The colour legend, worst to best, with the marks for closed and undefined hours.
    func legend() -> String {
        var out = "<p class=\"heat-legend\"><span class=\"end\">worse</span>"
        for value in scale.legendValues {
            out += "<span class=\"sw\" style=\"background-color:\(scale.fill(value));color:\(scale.ink(value))\">"
            out += "\(HTMLText.escape(legendText(value)))</span>"
        }
        out += "<span class=\"end\">better</span><span class=\"sw x\">&#160;</span> no officer on duty "
        return out + "<span class=\"sw u\">–</span> no messages answered</p>\n"
    }
}
