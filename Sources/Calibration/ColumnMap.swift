import Foundation

/// Which column (0-based) holds each field: `--map` first, then the `--profile`'s name, then the
/// field's own name (case and surrounding spaces ignored in every match).
struct ColumnMap {
    private var index: [ExportField: Int] = [:]
    let header: [String]

    init(header: [String], options: ExportOptions, file: String) throws(ExportError) {
        self.header = header
        func key(_ name: String) -> String { name.trimmingCharacters(in: .whitespaces).lowercased() }
        var position: [String: Int] = [:]
        for (i, name) in header.enumerated() where position[key(name)] == nil { position[key(name)] = i }
        let found = header.map { "\"\($0)\"" }.joined(separator: ", ")
        for field in ExportField.allCases {
            if let column = options.map[field] {
                guard let i = position[key(column)] else {
                    throw ExportError(file: file, row: 1, column: 0,
                                      message: "--map \(field.rawValue)=\(column): no column \"\(column)\"; the columns are \(found)")
                }
                index[field] = i
            } else if let name = options.profile?.columns[field], let i = position[key(name)] {
                index[field] = i
            } else if let i = position[field.rawValue] {
                index[field] = i
            }
        }
        for field in ExportField.required where index[field] == nil {
            throw ExportError(file: file, row: 1, column: 0,
                              message: "no column for \(field.rawValue); the columns are \(found); name it with --map \(field.rawValue)=COLUMN")
        }
        if index[.respondedAt] == nil && index[.closedAt] == nil && index[.startedAt] != nil {
            throw ExportError(file: file, row: 1, column: index[.startedAt]! + 1,
                              message: "started_at without responded_at or closed_at: handling times need an end; map one with --map responded_at=COLUMN")
        }
    }

    subscript(field: ExportField) -> Int? { index[field] }

    /// How an error names the column of `field`.
    func describe(_ field: ExportField) -> String {
        guard let i = index[field] else { return field.rawValue }
        return header[i] == field.rawValue ? field.rawValue : "\(field.rawValue) (column \"\(header[i])\")"
    }
}
