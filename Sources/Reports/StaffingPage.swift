/// The report page of a staffing (`staff --report`) or roster (`roster --report`) result: one
/// self-contained HTML page (inline CSS, no JavaScript, nothing fetched) with the headline
/// lines, an optional table (e.g. the current roster beside the new one) and 7 × 24 grids of the
/// week, each cell shaded by a value in [0, 1]. Every string is escaped; the same input gives
/// the same bytes.
public struct StaffingPage: Sendable {
    /// One 7 × 24 grid: a text per hour of the week (Monday 00:00-01:00 first) and a shade in
    /// [0, 1] (nil: no shade, e.g. an hour that does not count).
    public struct Grid: Sendable {
        public var title: String
        public var note: String
        public var cells: [String]
        public var shades: [Double?]

        public init(title: String, note: String, cells: [String], shades: [Double?]) {
            precondition(cells.count == 168 && shades.count == 168, "a cell and a shade per hour of the week")
            self.title = title
            self.note = note
            self.cells = cells
            self.shades = shades
        }
    }

    public var title: String
    public var subtitle: String
    public var lines: [String]
    /// Header and rows of a plain table (the first column left-aligned); empty: none.
    public var headers: [String]
    public var rows: [[String]]
    public var grids: [Grid]
    public var definitions: [String]

    public init(title: String, subtitle: String, lines: [String], headers: [String] = [], rows: [[String]] = [],
                grids: [Grid], definitions: [String]) {
        self.title = title
        self.subtitle = subtitle
        self.lines = lines
        self.headers = headers
        self.rows = rows
        self.grids = grids
        self.definitions = definitions
    }

    /// The whole page.
    public func render(toolVersion: String) -> String {
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"generator\" content=\"webcare-sim \(HTMLText.escape(toolVersion))\">\n"
        page += "<title>\(HTMLText.escape(title)): \(HTMLText.escape(subtitle))</title>\n"
        page += "<style>\n\(ReportStyle.css)\n\(Self.gridStyle)\n</style>\n</head>\n<body>\n<main>\n"
        page += "<header>\n<h1>\(HTMLText.escape(title))</h1>\n<p class=\"subtitle\">\(HTMLText.escape(subtitle))</p>\n</header>\n"
        page += "<section id=\"findings\">\n<h2>Key findings</h2>\n<ul class=\"findings\">\n"
        page += lines.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
        if !headers.isEmpty {
            page += "<table class=\"keep\">\n<thead><tr>" + headers.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            page += rows.map { "<tr>" + $0.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n" }.joined()
            page += "</tbody>\n</table>\n"
        }
        page += "</section>\n"
        for grid in grids { page += Self.grid(grid) }
        page += "<section id=\"definitions\">\n<h2>Definitions</h2>\n"
        page += definitions.map { "<p class=\"note\">\(HTMLText.escape($0))</p>\n" }.joined() + "</section>\n"
        page += "<footer>Written by webcare-sim \(HTMLText.escape(toolVersion)); no JavaScript, nothing loaded from the network.</footer>\n"
        return page + "</main>\n</body>\n</html>\n"
    }

    /// One grid as a table: a row per day, a column per hour, cells shaded blue by their value.
    static func grid(_ grid: Grid) -> String {
        var out = "<figure class=\"keep\">\n<figcaption>\(HTMLText.escape(grid.title))<span class=\"note\">\(HTMLText.escape(grid.note))</span></figcaption>\n"
        out += "<table class=\"week\">\n<thead><tr><th></th>"
        out += (0..<24).map { "<th>\($0 < 10 ? "0" : "")\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (day, name) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated() {
            out += "<tr><th>\(name)</th>"
            for hour in 0..<24 {
                let index = day * 24 + hour
                let shade = grid.shades[index].map { " style=\"background:rgba(0,114,178,\(Self.alpha($0)))\"" } ?? ""
                out += "<td\(shade)>\(HTMLText.escape(grid.cells[index]))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</figure>\n"
    }

    /// The shade's opacity, 0.05 ... 0.65, with two decimals.
    static func alpha(_ value: Double) -> String {
        let clamped = min(1, max(0, value.isFinite ? value : 0))
        let hundredths = Int((5 + clamped * 60).rounded())
        return "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
    }

    static let gridStyle = """
        table.week { table-layout: fixed; font-size: 11.5px; }
        table.week th, table.week td { padding: 3px 2px; text-align: center; border: 1px solid #e3e6ea; }
        """
}
