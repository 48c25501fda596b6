import Foundation
import WebcareModel

/// The notebook export for analysts: `NAME.ipynb` (nbformat 4.5, fixed cell ids, no outputs)
/// with `NAME.csv` (the tidy results, see `TidyResults`) and `NAME.json` (scenarios,
/// definitions, provenance) next to it. The notebook loads both with pandas and draws the
/// report's views with matplotlib. Scenario strings travel only as data in the CSV and JSON,
/// never in the notebook's cells. The same input gives the same bytes.
public enum NotebookExport {
    /// The three files' contents.
    public struct Files: Equatable {
        public let notebook: Data
        public let csv: Data
        public let metadata: Data
    }

    /// The scenarios, definitions and provenance, as `NAME.json`.
    struct Metadata: Encodable {
        struct Scenario: Encodable {
            let index: Int
            let name: String
            let seed: UInt64
            let replications: Int
            let definitions: Definitions
            let provenance: Provenance?
            let stopping: Stopping?
        }

        let generator: String
        let scenarios: [Scenario]
        /// The index of the baseline scenario, for a comparison.
        let baseline: Int?
        let differenceDefinition: String?

        enum CodingKeys: String, CodingKey {
            case generator, scenarios, baseline
            case differenceDefinition = "difference_definition"
        }
    }

    /// The files for a notebook whose data files are named `stem`.csv and `stem`.json.
    public static func files(_ input: ReportInput, stem: String, toolVersion: String) throws -> Files {
        let metadata = Metadata(
            generator: "webcare-sim \(toolVersion) export-notebook",
            scenarios: input.summaries.enumerated().map { index, summary in
                Metadata.Scenario(index: index, name: summary.scenario, seed: summary.seed, replications: summary.replications,
                                  definitions: summary.definitions, provenance: summary.provenance, stopping: summary.stopping)
            },
            baseline: input.isComparison ? 0 : nil,
            differenceDefinition: input.differenceDefinition)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var metadataJSON = try encoder.encode(metadata)
        metadataJSON.append(0x0A)
        let notebook = Notebook(cells: try cells(csvFile: stem + ".csv", jsonFile: stem + ".json"))
        return Files(notebook: try notebook.json(), csv: Data(TidyResults.csv(input).utf8), metadata: metadataJSON)
    }

    /// The files for `notebook` (a path ending in .ipynb) with their contents, in the order
    /// `NAME.csv`, `NAME.json`, `NAME.ipynb`; the command writes them as one set.
    public static func targets(_ input: ReportInput, notebook: URL, toolVersion: String) throws -> [(url: URL, data: Data)] {
        let base = notebook.deletingPathExtension()
        let files = try files(input, stem: base.lastPathComponent, toolVersion: toolVersion)
        return [(base.appendingPathExtension("csv"), files.csv), (base.appendingPathExtension("json"), files.metadata),
                (notebook, files.notebook)]
    }

    /// `text` as a Python string literal (a JSON string is one).
    static func pythonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
