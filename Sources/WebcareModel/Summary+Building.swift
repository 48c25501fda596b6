import Stochastics

extension Summary {
    /// Builds a scenario's summary from its columns of estimates, laid out by `layout`.
    init(scenario: Scenario, replications: Int, layout: MetricLayout, estimates: [Estimate],
         conservation: Conservation, stopping: Stopping?, performance: Performance) {
        func group(_ index: (GroupMetric) -> Int) -> [String: Estimate] {
            Dictionary(uniqueKeysWithValues: GroupMetric.allCases.map { ($0.rawValue, estimates[index($0)]) })
        }
        self.init(
            scenario: scenario.name,
            seed: scenario.run.seed,
            replications: replications,
            definitions: Definitions(scenario: scenario),
            metrics: Dictionary(uniqueKeysWithValues: Metric.allCases.map { ($0.rawValue, estimates[layout.index($0)]) }),
            byHourOfWeek: (0..<Clock.hoursPerWeek).map { hour in
                HourRow(hourOfWeek: hour, metrics: Dictionary(uniqueKeysWithValues: HourMetric.allCases.map {
                    ($0.rawValue, estimates[layout.index(hour: hour, $0)])
                }))
            },
            byChannel: scenario.channels.enumerated().map { channel, info in
                GroupRow(name: info.name, metrics: group { layout.index(channel: channel, $0) })
            },
            byKind: scenario.kinds.enumerated().map { kind, info in
                GroupRow(name: info.name, metrics: group { layout.index(kind: kind, $0) })
            },
            bySite: scenario.team.sites.enumerated().map { site, info in
                GroupRow(name: info.name, metrics: group { layout.index(site: site, $0) })
            },
            byThread: ["first messages", "follow-ups"].enumerated().map { thread, name in
                GroupRow(name: name, metrics: group { layout.index(thread: thread, $0) })
            },
            conservation: conservation,
            waitDistribution: WaitPoint.grid.enumerated().map { point, minutes in
                WaitPoint(minutes: minutes, answeredWithin: estimates[layout.index(waitPoint: point)])
            },
            stopping: stopping,
            provenance: nil,
            performance: performance,
            warnings: [LongRunCapacity(scenario).warning].compactMap { $0 })
        description = scenario.description
    }
}
