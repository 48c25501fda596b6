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

    var text: String {
        let columns = headers.count
        var widths = headers.map(\.count)
        for case .cells(let row) in body {
            for (i, cell) in row.enumerated() where i < columns { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, (i < columns ? widths[i] : cell.count) - cell.count))
                return i < leftColumns ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var out = line(headers) + "\n"
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
