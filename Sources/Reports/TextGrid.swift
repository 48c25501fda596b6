/// A plain-text table with aligned columns: the first `leftColumns` columns left-aligned, the
/// others right-aligned, a rule under the header. A heading row (`Row.heading`) is printed as
/// it is, on its own line after a blank line, and does not widen the columns.
struct TextGrid {
    /// One line of the table body.
    enum Row {
        case cells([String])
        case heading(String)
    }

    let headers: [String]
    let body: [Row]
    var leftColumns = 1

    init(headers: [String], rows: [[String]], leftColumns: Int = 1) {
        self.headers = headers
        self.body = rows.map { .cells($0) }
        self.leftColumns = leftColumns
    }

    init(headers: [String], body: [Row], leftColumns: Int = 1) {
        self.headers = headers
        self.body = body
        self.leftColumns = leftColumns
    }

    /// The table in its wide layout: each column as wide as its widest cell or header.
    var text: String { render(widths: zip(headers.map(\.count), bodyWidths).map { max($0, $1) }) }

    /// The widest body cell of each column.
    var bodyWidths: [Int] {
        var widths = Array(repeating: 0, count: headers.count)
        for case .cells(let row) in body {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        return widths
    }

    /// The table with columns `widths` wide; a header wider than its column is wrapped at
    /// spaces onto further header lines.
    func render(widths: [Int]) -> String {
        let columns = headers.count
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, (i < columns ? widths[i] : cell.count) - cell.count))
                return i < leftColumns ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        let wrapped = zip(headers, widths).map { $0.count <= $1 ? [$0] : Self.wrap($0, width: $1) }
        var out = ""
        for k in 0..<(wrapped.map(\.count).max() ?? 1) {
            out += line(wrapped.map { k < $0.count ? $0[k] : "" }) + "\n"
        }
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (index, row) in body.enumerated() {
            switch row {
            case .cells(let cells):
                var text = line(cells)
                while text.hasSuffix(" ") { text.removeLast() }
                out += text + "\n"
            case .heading(let title):
                out += (index == 0 ? "" : "\n") + title + "\n"
            }
        }
        return out
    }
}
