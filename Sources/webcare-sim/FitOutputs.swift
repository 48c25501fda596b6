import Calibration
import Foundation

/// The files of a fit, made in full in memory first and then written: each to a temporary file
/// beside its target and renamed into place, after checking that no target is a folder, device
/// or FIFO (a rename would replace it).
struct FitOutputs {
    let files: [(url: URL, data: Data)]

    init(fit: DemandFit, out: String, report: String?) throws(ExportError) {
        let folder = URL(fileURLWithPath: out)
        var files: [(URL, Data)] = [(folder.appendingPathComponent("demand.yaml"), Data(fit.yaml().utf8))]
        do {
            files.append((folder.appendingPathComponent("fit.json"), try fit.json()))
        } catch {
            throw ExportError(file: out, row: 0, column: 0, message: "cannot encode fit.json: \(error)")
        }
        if let report { files.append((URL(fileURLWithPath: report), Data(FitReport(fit).html().utf8))) }
        self.files = files
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            throw ExportError(file: out, row: 0, column: 0, message: "exists and is not a folder; expected a folder for --out")
        }
        for (url, _) in files { try Self.checkTarget(url) }
    }

    /// A target must be absent or a regular file.
    static func checkTarget(_ url: URL) throws(ExportError) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw ExportError(file: url.path, row: 0, column: 0, message: "exists and is not a regular file; will not replace it")
        }
    }

    func write() throws(ExportError) {
        for (url, data) in files {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .atomic)
            } catch {
                throw ExportError(file: url.path, row: 0, column: 0, message: "cannot write: \(error.localizedDescription)")
            }
        }
    }
}

/// What `fit` prints: the data used and skipped, and the fitted demand in brief.
enum FitSummary {
    static func text(_ fit: DemandFit, out: String) -> String {
        let data = fit.data
        var lines = ["fit: \(data.rows) rows read, \(data.messages) used (\(data.firstMessages) first messages, \(data.followUps) follow-ups)"]
        for (reason, count) in data.skipped.sorted(by: { $0.key < $1.key }) { lines.append("  skipped \(count): \(reason)") }
        if data.onExcludedDays > 0 {
            lines.append("  \(data.onExcludedDays) first messages on excluded days: in the durations, not in the rates")
        }
        lines.append("days: \(data.days) included" + (data.replications > 1 ? " (over \(data.replications) replications)" : "")
                     + (data.period.count == 2 ? ", \(data.period[0]) to \(data.period[1])" : "")
                     + ", \(data.excludedDays.count) excluded" + (data.excludedDays.isEmpty ? "" : ": " + data.excludedDays.map { "\($0.date) \($0.reason)" }.joined(separator: ", ")))
        lines.append("times: \(data.timeZone) (\(data.timeZoneReason))" + (data.repeatedHourTimes > 0 ? "; \(data.repeatedHourTimes) times in a repeated fall-back hour read as its first occurrence" : ""))
        for channel in fit.channels {
            let perWeek = channel.rates.reduce(0) { $0 + $1.estimate }
            lines.append("channel \(channel.channel): \(String(format: "%.1f", perWeek)) first messages a week; model \(channel.chosen.rawValue) (AIC week \(String(format: "%.1f", channel.test.aicWeek)), day \(String(format: "%.1f", channel.test.aicDay)); LR p = \(String(format: "%.3g", channel.test.pValue)))")
        }
        if let cv = fit.busyDays.cv {
            lines.append("busy days: cv \(String(format: "%.3f [%.3f, %.3f]", cv.estimate, cv.lower, cv.upper)) (over-dispersion p = \(String(format: "%.3g", fit.busyDays.pValue)))")
        } else {
            lines.append("busy days: none (p = \(String(format: "%.3g", fit.busyDays.pValue)))")
        }
        for kind in fit.kinds {
            var text = "kind \(kind.name): share \(String(format: "%.4f [%.4f, %.4f]", kind.share.estimate, kind.share.lower, kind.share.upper))"
            if let h = kind.handling { text += "; handling \(h.empirical ? "empirical" : h.best.rawValue) mean \(String(format: "%.2f", h.mean.estimate)) min" }
            if let mean = kind.patience?.mean { text += "; patience mean \(String(format: "%.1f [%.1f, %.1f]", mean.estimate, mean.lower, mean.upper)) min" }
            if let f = kind.followUp { text += "; follow-up p \(String(format: "%.3f", f.probability.estimate))" }
            lines.append(text)
        }
        lines.append(contentsOf: data.notes.map { "note: \($0)" })
        lines.append("wrote \(out)/demand.yaml and \(out)/fit.json")
        return lines.joined(separator: "\n") + "\n"
    }
}
