/// A table that fits a width: when the whole table is wider, the columns after the first
/// `leftColumns` are wrapped into blocks, each repeating the left columns (headers wrapped at
/// spaces when a column would otherwise not fit); when not even one such column fits beside the
/// left columns, each row is printed as its left cells and then its other cells, one per line.
/// Every cell is printed whole in every layout.
extension TextGrid {
    /// The table at most `width` characters wide (except a cell or heading wider than the width
    /// alone); `nil` is the wide layout (`text`), and a table that fits is exactly `text`.
    func text(width: Int?) -> String {
        let full = text
        guard let width, !Self.fits(full, width) else { return full }
        let columns = headers.count
        let left = min(leftColumns, columns)
        let cells = bodyWidths
        let whole = zip(headers.map(\.count), cells).map { max($0, $1) }
        let narrow = zip(headers.map(Self.longestWord), cells).map { max($0, $1) }
        let data = Array(left..<columns)
        guard !data.isEmpty else { return full }
        let layouts = [whole, narrow].compactMap { widths in
            let room = width - (0..<left).reduce(0) { $0 + widths[$1] + 2 }
            return Self.pack(data, widths: widths, room: room).map { (widths, $0) }
        }
        if let (widths, blocks) = layouts.min(by: { $0.1.count < $1.1.count }) {
            return blocks.map { block in
                let chosen = Array(0..<left) + block
                return subgrid(chosen).render(widths: chosen.map { widths[$0] })
            }.joined(separator: "\n")
        }
        return records()
    }

    /// True when every line of `text` is at most `width` characters.
    static func fits(_ text: String, _ width: Int) -> Bool {
        text.split(separator: "\n").allSatisfy { $0.count <= width }
    }

    /// `columns` in blocks of at most `room` characters (two spaces between columns), in order;
    /// nil when one column alone is wider.
    static func pack(_ columns: [Int], widths: [Int], room: Int) -> [[Int]]? {
        guard columns.allSatisfy({ widths[$0] <= room }) else { return nil }
        var blocks: [[Int]] = []
        var used = 0
        for column in columns {
            if let last = blocks.indices.last, used + 2 + widths[column] <= room {
                blocks[last].append(column)
                used += 2 + widths[column]
            } else {
                blocks.append([column])
                used = widths[column]
            }
        }
        return blocks
    }

    /// The table of `columns` only, in that order.
    func subgrid(_ columns: [Int]) -> TextGrid {
        let rows: [Row] = body.map { row in
            switch row {
            case .cells(let cells): .cells(columns.map { $0 < cells.count ? cells[$0] : "" })
            case .heading(let title): .heading(title)
            }
        }
        return TextGrid(headers: columns.map { headers[$0] }, body: rows, leftColumns: min(leftColumns, columns.count))
    }

    /// Each row as its left cells on one line, then each other cell on a line of its own after
    /// its header: for widths too narrow for even one column beside the labels.
    func records() -> String {
        var out = ""
        for (index, row) in body.enumerated() {
            switch row {
            case .heading(let title):
                out += (index == 0 ? "" : "\n") + title + "\n"
            case .cells(let cells):
                var label = cells.prefix(leftColumns).joined(separator: "  ")
                while label.hasSuffix(" ") { label.removeLast() }
                out += label + "\n"
                for (i, cell) in cells.enumerated().dropFirst(leftColumns) where !cell.isEmpty {
                    out += "    " + (i < headers.count ? headers[i] + ": " : "") + cell + "\n"
                }
            }
        }
        return out
    }

    /// The longest run of characters without a space in `text`.
    static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map(\.count).max() ?? 0
    }

    /// `text` in lines of at most `width` characters, broken at spaces (a longer word is cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            while word.count > width, width > 0 {
                if !line.isEmpty { lines.append(line) }
                line = ""
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
