import Foundation

/// A Jupyter notebook in nbformat 4.5: markdown and code cells with fixed ids, no outputs, a
/// Python 3 kernel. Its JSON has sorted keys and fixed layout, so the same cells give the
/// same bytes.
struct Notebook: Encodable {
    /// One cell; `source` is its text.
    struct Cell: Encodable {
        enum Kind: String { case markdown, code }

        /// Fixed id (nbformat 4.5: 1-64 characters of letters, digits, '-' and '_').
        let id: String
        let kind: Kind
        let source: String

        static func markdown(_ id: String, _ source: String) -> Cell { Cell(id: id, kind: .markdown, source: source) }
        static func code(_ id: String, _ source: String) -> Cell { Cell(id: id, kind: .code, source: source) }

        enum CodingKeys: String, CodingKey {
            case id, metadata, source, outputs
            case cellType = "cell_type"
            case executionCount = "execution_count"
        }

        /// The source as nbformat writes it: a list of lines, each but the last ending in "\n".
        var lines: [String] {
            var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) + "\n" }
            if let last = lines.popLast() { lines.append(String(last.dropLast())) }
            return lines.filter { !$0.isEmpty }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind.rawValue, forKey: .cellType)
            try container.encode(id, forKey: .id)
            try container.encode([String: String](), forKey: .metadata)
            try container.encode(lines, forKey: .source)
            if kind == .code {
                try container.encodeNil(forKey: .executionCount)
                try container.encode([String](), forKey: .outputs)
            }
        }
    }

    /// The notebook-level metadata: the kernel and language.
    struct Metadata: Encodable {
        struct Kernel: Encodable {
            let displayName = "Python 3"
            let language = "python"
            let name = "python3"

            enum CodingKeys: String, CodingKey {
                case language, name
                case displayName = "display_name"
            }
        }

        struct Language: Encodable {
            let name = "python"
        }

        let kernelspec = Kernel()
        let languageInfo = Language()

        enum CodingKeys: String, CodingKey {
            case kernelspec
            case languageInfo = "language_info"
        }
    }

    let cells: [Cell]
    let metadata = Metadata()
    let nbformat = 4
    let nbformatMinor = 5

    enum CodingKeys: String, CodingKey {
        case cells, metadata, nbformat
        case nbformatMinor = "nbformat_minor"
    }

    /// The .ipynb file: pretty-printed JSON with sorted keys and a final newline.
    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
