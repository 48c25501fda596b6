import Foundation
import WebcareModel

extension ReportInput {
    /// The `warnings` of a summary's JSON, as its results file would hold them; none when the
    /// summary writes no such field.
    static func warnings(of summary: Summary) -> [ReportWarning] {
        guard let data = try? JSONEncoder().encode(summary) else { return [] }
        return (try? warnings(in: data, file: ""))?.first ?? []
    }

    /// The `warnings` of each summary in a results document (a comparison, a summary or an array
    /// of summaries), in order; a summary without the field has none. A `warnings` field that is
    /// not a list of `{code, text}` is refused with the field named.
    static func warnings(in data: Data, file: String) throws(ResultFileError) -> [[ReportWarning]] {
        struct Warned: Decodable { var warnings: [ReportWarning]? }
        struct Comparison: Decodable { var summaries: [Warned] }
        let decoder = JSONDecoder()
        do {
            let root = try JSONSerialization.jsonObject(with: data)
            if let object = root as? [String: Any], object["summaries"] is [Any] {
                return try decoder.decode(Comparison.self, from: data).summaries.map { $0.warnings ?? [] }
            }
            if root is [Any] { return try decoder.decode([Warned].self, from: data).map { $0.warnings ?? [] } }
            return [try decoder.decode(Warned.self, from: data).warnings ?? []]
        } catch let error as DecodingError {
            throw ResultFileError(file: file, message: "not a webcare-sim result (summary.json or comparison.json): \(describe(error))")
        } catch {
            throw ResultFileError(file: file, message: "not a webcare-sim result (summary.json or comparison.json): not valid JSON")
        }
    }
}
