import WebcareModel

extension HTMLReport {
    /// Fewer replications than this make the 95% intervals rest on too few runs.
    static let fewReplications = 10
    /// Fewer counted days than this per replication see each hour of the week under four times.
    static let shortHorizonDays = 28.0

    /// The warnings of scenario `index`: those in its results file (e.g. demand above capacity),
    /// then the report's own: inputs the scenario file calls assumptions, few replications, a
    /// short horizon.
    func warnings(_ index: Int) -> [SummaryWarning] {
        let summary = summaries[index]
        var out = summary.allWarnings
        if let description = summary.description, description.lowercased().contains("assum") {
            out.append(SummaryWarning(code: "assumptions", text: "the scenario file calls its figures assumptions (its description "
                + "is quoted above): replace them with the team's own (webcare-sim fit reads a message export) before deciding"))
        }
        if summary.replications < Self.fewReplications {
            out.append(SummaryWarning(code: "few_replications", text: "only \(summary.replications) replications: the intervals rest on "
                + "few runs and are wide; run at least \(Self.fewReplications) (--replications) before deciding"))
        }
        if summary.definitions.horizonDays < Self.shortHorizonDays {
            out.append(SummaryWarning(code: "short_horizon", text: "only \(summary.definitions.horizonDays.formatted) days are counted "
                + "per replication: the figures describe those days (how the run starts included), not the long run"))
        }
        return out
    }

    /// The first page's warnings, one line each: a warning shared by several scenarios is said
    /// once, naming them all.
    var warningLines: [String] {
        var order: [SummaryWarning] = []
        var names: [SummaryWarning: [String]] = [:]
        for index in summaries.indices {
            for warning in warnings(index) {
                if names[warning] == nil { order.append(warning) }
                names[warning, default: []].append(summaries[index].scenario)
            }
        }
        return order.map { warning in
            let who = names[warning] ?? []
            return (who.count == summaries.count && who.count > 1 ? "All scenarios" : who.joined(separator: "; ")) + ": " + warning.text
        }
    }
}
