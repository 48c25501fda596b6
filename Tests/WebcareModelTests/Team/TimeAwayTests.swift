import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// The team's time-away settings (`TimeAway`: monitoring, call-outs) as the estimates before a
/// run use them: `Team.timeAway` lists exactly the settings that are on, in their order, and
/// the capacity, the work estimate and the description come out bit for bit as the formulas
/// written out term by term, for each combination of settings on and off.
@Suite struct TimeAwayTests {
    static let monitoring = Monitoring(share: 0.1, blockMinutes: 15)
    static let callOuts = CallOuts(perHour: 0.05, duration: .exponential(mean: 60), inHand: .handOver(keepWork: false))

    /// The scenario of `LongRunCapacityTests` with the settings given.
    static func scenario(monitoring: Monitoring?, callOuts: CallOuts?) throws -> Scenario {
        var scenario = try ScenarioLoader.parse(yaml: LongRunCapacityTests.scenario(messagesPerHour: 3), file: "capacity.yaml")
        scenario.team.monitoring = monitoring
        scenario.team.callOuts = callOuts
        return scenario
    }

    static let combinations: [(Monitoring?, CallOuts?)] = [(nil, nil), (monitoring, nil), (nil, callOuts), (monitoring, callOuts)]

    @Test func theListHoldsTheSettingsThatAreOnInOrder() throws {
        for (monitoring, callOuts) in Self.combinations {
            let team = try Self.scenario(monitoring: monitoring, callOuts: callOuts).team
            let listed = team.timeAway.map(\.description)
            #expect(listed == [monitoring?.description, callOuts?.description].compactMap { $0 })
            #expect(team.timeAway.count == (monitoring == nil ? 0 : 1) + (callOuts == nil ? 0 : 1))
        }
    }

    /// Capacity: (minutes − breaks) × (1 − share), then ÷ (1 + r·D/60), plus the on-call window's
    /// 3,360 minutes, × 1.6 ÷ 60; a setting that is off leaves its factor out.
    @Test func capacityIsTheFormulaBitForBit() throws {
        for (monitoring, callOuts) in Self.combinations {
            let scenario = try Self.scenario(monitoring: monitoring, callOuts: callOuts)
            var minutes = Double(2 * 7 * 12 * 60 - 2 * 7 * 30)
            if let monitoring { minutes *= 1 - monitoring.share }
            if let callOuts { minutes /= 1 + callOuts.perHour * callOuts.duration.mean / Clock.hour }
            minutes += Double(7 * 8 * 60)
            #expect(LongRunCapacity(scenario).capacityHoursPerWeek == minutes * 1.6 / Clock.hour)
        }
    }

    /// Officer events per officer-hour: 2 per monitoring cycle of block + gap minutes (15 + 135),
    /// then 2 per call-out; the shifts' own: 2 per shift-day and 2 per break.
    @Test func workEstimateEventsAreTheFormulaBitForBit() throws {
        for (monitoring, callOuts) in Self.combinations {
            let scenario = try Self.scenario(monitoring: monitoring, callOuts: callOuts)
            let estimate = WorkEstimate(scenario)
            var perHour = 0.0
            if let monitoring { perHour += 2 * Clock.hour / (monitoring.blockMinutes + monitoring.meanGapMinutes) }
            if let callOuts { perHour += 2 * callOuts.perHour }
            let shiftEvents = Double(2 * 7 * (2 + 2 * 1))
            let expected = 3 * estimate.messagesPerReplication + 1 * (2 * 7 * 12 * perHour + shiftEvents)
            #expect(estimate.eventsPerReplication == expected)
        }
    }

    @Test func theDescriptionNamesEachSettingOnceInOrder() throws {
        let team = try Self.scenario(monitoring: Self.monitoring, callOuts: Self.callOuts).team
        let text = team.description
        let monitoringText = "monitoring takes 10% of free time in blocks of 15 minutes"
        let callOutsText = "street call-outs at 0.05 per officer-hour, averaging 60 minutes, handing the work in hand over"
        #expect(text.components(separatedBy: monitoringText).count == 2)
        #expect(text.components(separatedBy: callOutsText).count == 2)
        #expect(text.contains(monitoringText + "; " + callOutsText))
        let off = try Self.scenario(monitoring: nil, callOuts: nil).team.description
        #expect(!off.contains("monitoring") && !off.contains("call-outs"))
    }
}
