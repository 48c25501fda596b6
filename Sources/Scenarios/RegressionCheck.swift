import Foundation
import WebcareModel

/// The regression check of model results against the committed baseline (`results/`).
/// `check` re-runs the shipped scenarios (every `*.yaml` directly in the scenarios folder) or
/// those named, each with the seed and replications recorded in the baseline's manifest, and
/// compares every number; `update` re-runs them with their own seed and replications and
/// rewrites the baseline deliberately, reporting what changed against the old one.
public struct RegressionCheck {
    /// A failure that is neither a bad baseline nor a bad scenario file.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A scenario to run: its name (the file name without `.yaml`) and its file.
    public struct Target: Sendable, Equatable {
        public let name: String
        public let file: String
    }

    public let runner: any ScenarioRunner
    /// Where the shipped scenarios are, e.g. `scenarios/`.
    public let scenariosFolder: String
    /// Where the baseline is, e.g. `results/`.
    public let baselineFolder: String

    public init(runner: any ScenarioRunner, scenariosFolder: String = "scenarios", baselineFolder: String = "results") {
        self.runner = runner
        self.scenariosFolder = scenariosFolder
        self.baselineFolder = baselineFolder
    }

    /// Compares the scenarios (all shipped ones when `named` is empty) with the baseline.
    /// Throws `BaselineError` when the baseline is missing or unreadable or has no entry for a
    /// scenario, `ScenarioError` for a bad scenario file, `Failure` when a run fails.
    public func check(named: [String] = []) throws -> CheckReport {
        let baseline = try Baseline.read(from: baselineFolder)
        let manifestPath = Baseline.path(baselineFolder, Baseline.manifestFile)
        let targets = try self.targets(named: named)
        let loaded = try load(targets)
        let missing = targets.filter { baseline.manifest.entry($0.name) == nil }.map(\.file)
        guard missing.isEmpty else {
            throw BaselineError(file: manifestPath, reason: "it has no baseline for \(missing.joined(separator: ", ")); "
                + "add one deliberately with `make results` (webcare-sim check --update)")
        }
        var comparisons: [ScenarioComparison] = []
        if named.isEmpty {
            for entry in baseline.manifest.scenarios where !targets.contains(where: { $0.name == entry.name }) {
                comparisons.append(ScenarioComparison(name: entry.name, problem:
                    "\(entry.file) is gone but \(baselineFolder) still holds its baseline; re-baseline with `make results`"))
            }
        }
        for (target, scenario, data) in loaded {
            guard let entry = baseline.manifest.entry(target.name), let old = baseline.summaries[target.name] else { continue }
            var notes: [String] = []
            let sha256 = ResultsManifest.sha256(data)
            if sha256 != entry.sha256 {
                notes.append("\(target.file) changed since the baseline (its sha256 differs)")
            }
            if scenario.run.seed != entry.seed || scenario.run.replications != entry.replications {
                notes.append("the file asks for seed \(scenario.run.seed) and \(scenario.run.replications) replications; "
                    + "the check uses the baseline's seed \(entry.seed) and \(entry.replications) replications")
            }
            let events = WorkEstimate(scenario).eventsPerReplication * Double(entry.replications)
            guard events <= WorkEstimate.Limits.eventsInAll else {
                throw BaselineError(file: manifestPath, reason: "the entry \(entry.name) asks for \(entry.replications) replications, about \(ScenarioLoader.about(events)) events; expected at most \(ScenarioLoader.about(WorkEstimate.Limits.eventsInAll))")
            }
            let new = try run(scenario, replications: entry.replications, seed: entry.seed, target: target, sha256: sha256)
            comparisons.append(ScenarioComparison(name: target.name, baseline: old, new: new, notes: notes))
        }
        return CheckReport(baselineFolder: baselineFolder, scenarios: comparisons.sorted { $0.name < $1.name },
                           notes: versionNotes(baseline.manifest))
    }

    /// Re-runs the scenarios (all shipped ones when `named` is empty) with their own seed and
    /// replications and rewrites their results and the manifest, the folder as one; with no
    /// names, the baselines of scenarios whose file is gone are removed. The report compares
    /// with the old baseline where there was one. Nothing is written when a new run breaks the
    /// conservation invariant (that throws `Failure`).
    public func update(named: [String] = []) throws -> CheckReport {
        var notes: [String] = []
        var old: Baseline?
        if Baseline.exists(in: baselineFolder) {
            do {
                old = try Baseline.read(from: baselineFolder)
            } catch {
                notes.append("the old baseline could not be read (\(error.description)); writing a new one")
            }
        }
        var entries: [ResultsManifest.Entry] = []
        var summaries: [String: Summary] = [:]
        var comparisons: [ScenarioComparison] = []
        var added: [String] = []
        for (target, scenario, data) in try load(try targets(named: named)) {
            let entry = ResultsManifest.Entry(name: target.name, file: target.file, sha256: ResultsManifest.sha256(data),
                                              seed: scenario.run.seed, replications: scenario.run.replications)
            let new = try run(scenario, replications: entry.replications, seed: entry.seed, target: target,
                              sha256: entry.sha256)
            if let broken = ScenarioComparison.audit(new.conservation, of: "the new run") {
                throw Failure(description: "\(target.file): not re-baselined: \(broken)")
            }
            entries.append(entry)
            summaries[target.name] = new
            if let before = old?.summaries[target.name] {
                comparisons.append(ScenarioComparison(name: target.name, baseline: before, new: new))
            } else {
                added.append(target.name)
            }
        }
        let kept = named.isEmpty ? [] : (old?.manifest.scenarios ?? []).filter { summaries[$0.name] == nil }
        let removed = named.isEmpty ? (old?.manifest.scenarios ?? []).filter { summaries[$0.name] == nil } : []
        let baseline = Baseline(folder: baselineFolder, manifest: ResultsManifest(scenarios: entries + kept), summaries: summaries)
        try baseline.write(removing: removed)
        if let old { notes += versionNotes(old.manifest) }
        return CheckReport(baselineFolder: baselineFolder, scenarios: comparisons.sorted { $0.name < $1.name },
                           added: added, removed: removed.map(\.name), notes: notes, wroteBaseline: true)
    }

    /// The scenarios named (a file path, or a name looked up in the scenarios folder), or every
    /// `*.yaml` directly in the scenarios folder, sorted by name.
    public func targets(named: [String]) throws -> [Target] {
        if !named.isEmpty {
            return named.map { argument in
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return Target(name: URL(fileURLWithPath: argument).deletingPathExtension().lastPathComponent, file: argument)
                }
                return Target(name: argument, file: Baseline.path(scenariosFolder, argument + ".yaml"))
            }
        }
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: scenariosFolder)
        } catch {
            throw Failure(description: "\(scenariosFolder):1:1: cannot list the shipped scenarios: \(error.localizedDescription)")
        }
        return files.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { file in
            let path = Baseline.path(scenariosFolder, file)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return Target(name: String(file.dropLast(".yaml".count)), file: path)
        }
    }

    /// Loads every target before anything runs, so a bad file stops the check at once.
    private func load(_ targets: [Target]) throws -> [(Target, Scenario, Data)] {
        try targets.map { target in
            let scenario = try ScenarioLoader.load(path: target.file)
            guard let data = FileManager.default.contents(atPath: target.file) else {
                throw Failure(description: "\(target.file):1:1: cannot read the file")
            }
            return (target, scenario, data)
        }
    }

    /// Runs one scenario and returns its summary in committed form, with its provenance.
    private func run(_ scenario: Scenario, replications: Int, seed: UInt64, target: Target, sha256: String) throws -> Summary {
        var summary: Summary
        do {
            summary = try runner.run(scenario, replications: replications, seed: seed)
        } catch {
            throw Failure(description: "\(target.file): the run failed: \(error)")
        }
        summary.provenance = Provenance(scenarioFile: target.file, scenarioSHA256: sha256, toolVersion: ToolVersion.current)
        return try Baseline.committed(summary)
    }

    /// A note when the baseline was written by another version of the tool.
    private func versionNotes(_ manifest: ResultsManifest) -> [String] {
        manifest.toolVersion == ToolVersion.current ? []
            : ["the baseline was written by webcare-sim \(manifest.toolVersion); this is \(ToolVersion.current)"]
    }
}
