import Calibration
import Foundation
import Scenarios

/// The files of a fit, made in full in memory first and then written through `OutputTarget`, as
/// run's --out is: `demand.yaml` and `fit.json` as one folder that replaces --out whole (a folder
/// of ours, or a new one), then the report beside its target and renamed into place. Targets are
/// checked before anything is written: a foreign folder, a file where the folder belongs, a
/// device or a FIFO is refused.
struct FitOutputs {
    let out: String
    let folder: [(name: String, data: Data)]
    let report: (path: String, data: Data)?

    init(fit: DemandFit, out: String, report: String?) throws(ExportError) {
        self.out = out
        var folder: [(String, Data)] = [("demand.yaml", Data(fit.yaml().utf8))]
        do {
            folder.append(("fit.json", try fit.json()))
        } catch {
            throw ExportError(file: out, row: 0, column: 0, message: "cannot encode fit.json: \(error)")
        }
        self.folder = folder
        self.report = report.map { ($0, Data(FitReport(fit).html().utf8)) }
        do {
            try OutputTarget.checkFolder(out)
            if let report { try OutputTarget.checkFile(report) }
        } catch {
            throw ExportError(file: error.path, row: 0, column: 0, message: error.reason)
        }
    }

    func write() throws(ExportError) {
        var path = out
        do {
            try OutputTarget.writeFolder(out) { root in
                for file in folder { try file.data.write(to: root.appendingPathComponent(file.name)) }
            }
            if let report {
                path = report.path
                try OutputTarget.writeFile(report.data, to: report.path)
            }
        } catch let error as OutputTarget.Refused {
            throw ExportError(file: error.path, row: 0, column: 0, message: error.reason)
        } catch {
            throw ExportError(file: path, row: 0, column: 0, message: "cannot write: \(error.localizedDescription)")
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
