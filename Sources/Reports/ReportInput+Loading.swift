import Foundation
import WebcareModel

extension ReportInput {
    /// Reads results files: one `comparison.json` (an `ExperimentResult`) gives a comparison
    /// with differences; `summary.json` files (or several files of any kind) give their
    /// summaries side by side without differences.
    public static func load(paths: [String]) throws(ResultFileError) -> ReportInput {
        var summaries: [Summary] = []
        var comparisons: [ExperimentResult] = []
        for path in paths {
            let data = try contents(of: path)
            let document = try decode(data, file: path)
            switch document {
            case .comparison(let result):
                comparisons.append(result)
                summaries += result.summaries
            case .summaries(let decoded):
                summaries += decoded
            }
            try checkSize(summaries, file: path)
        }
        return paths.count == 1 && comparisons.count == 1 ? ReportInput(comparisons[0]) : ReportInput(summaries: summaries)
    }

    /// The largest results file read (64 MiB), the most summaries and the longest name shown.
    static let largestFile = 64 * 1_024 * 1_024
    static let mostSummaries = 256
    static let longestName = 200

    /// The bytes of a results file: a regular file of at most `largestFile`.
    private static func contents(of path: String) throws(ResultFileError) -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ResultFileError(file: path, message: "cannot read the file: \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ResultFileError(file: path, message: "cannot read the file: it is not a regular file")
        }
        guard status.st_size <= largestFile else {
            throw ResultFileError(file: path, message: "cannot read the file: it has \(status.st_size) bytes; expected at most \(largestFile)")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ResultFileError(file: path, message: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// Refuses more than `mostSummaries` summaries and names longer than `longestName`, which
    /// every output repeats (a 1 MB name made a notebook's CSV 1.28 GB).
    private static func checkSize(_ summaries: [Summary], file: String) throws(ResultFileError) {
        guard summaries.count <= mostSummaries else {
            throw ResultFileError(file: file, message: "\(summaries.count) scenarios; expected at most \(mostSummaries)")
        }
        for summary in summaries {
            let names = [summary.scenario] + (summary.byChannel + summary.byKind + summary.bySite + summary.byThread).map(\.name)
            if let long = names.first(where: { $0.count > longestName }) {
                throw ResultFileError(file: file, message: "a name of \(long.count) characters; expected at most \(longestName)")
            }
        }
    }

    /// A decoded results document.
    enum Document {
        case comparison(ExperimentResult)
        case summaries([Summary])
    }

    /// Decodes a comparison, a summary or an array of summaries; results written before the
    /// response-time distribution existed are read with an empty one.
    static func decode(_ data: Data, file: String) throws(ResultFileError) -> Document {
        if let document = try? attempt(data) { return document }
        if let patched = withWaitDistribution(data), let document = try? attempt(patched) { return document }
        let detail: String
        do {
            if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], object["summaries"] != nil {
                _ = try JSONDecoder().decode(ExperimentResult.self, from: data)
            } else {
                _ = try JSONDecoder().decode(Summary.self, from: data)
            }
            detail = "unknown layout"
        } catch let error as DecodingError {
            detail = describe(error)
        } catch {
            detail = "\(error)"
        }
        throw ResultFileError(file: file, message: "not a webcare-sim result (summary.json or comparison.json): \(detail)")
    }

    private static func attempt(_ data: Data) throws -> Document {
        let decoder = JSONDecoder()
        if let result = try? decoder.decode(ExperimentResult.self, from: data) { return .comparison(result) }
        if let summary = try? decoder.decode(Summary.self, from: data) { return .summaries([summary]) }
        return .summaries(try decoder.decode([Summary].self, from: data))
    }

    /// The document with `"wait_distribution": []` added to every summary that lacks it, or
    /// nil when none lacks it or the data is not a JSON object or array.
    private static func withWaitDistribution(_ data: Data) -> Data? {
        guard let root = try? JSONSerialization.jsonObject(with: data) else { return nil }
        var changed = false
        func patch(_ summary: Any) -> Any {
            guard var object = summary as? [String: Any], object["by_hour_of_week"] != nil,
                  object["wait_distribution"] == nil else { return summary }
            object["wait_distribution"] = [Any]()
            changed = true
            return object
        }
        let patched: Any
        if var object = root as? [String: Any], let list = object["summaries"] as? [Any] {
            object["summaries"] = list.map(patch)
            patched = object
        } else if let list = root as? [Any] {
            patched = list.map(patch)
        } else {
            patched = patch(root)
        }
        guard changed else { return nil }
        return try? JSONSerialization.data(withJSONObject: patched)
    }

    /// A decoding error in one phrase, naming the field.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "missing field \(parent.isEmpty ? "" : parent + ".")\(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context).isEmpty ? "the document" : path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
