import Foundation
import Stochastics
import Testing
import WebcareModel

/// Invariants and exact values of the team engine: conservation, the officer-time account,
/// breaks, urgent messages arriving off duty, the starting backlog, shift-end rules,
/// determinism.
@Suite struct TeamInvariantTests {
    /// Every feature at once: three sites with overflow, concurrency with slowdown, breaks,
    /// monitoring, call-outs handing over, hand-over at shift end, urgent kinds, follow-ups,
    /// busy days, on-call, a starting backlog.
    static var everything: Scenario {
        let team = Team(
            sites: [Site(name: "emmen"), Site(name: "assen"), Site(name: "hoogeveen")],
            regions: [Region(name: "a", share: 0.5, site: 0), Region(name: "b", share: 0.3, site: 1), Region(name: "c", share: 0.2, site: 2)],
            routing: .overflow(afterMinutes: 20), concurrency: Concurrency(conversations: 3, throughput: [1, 1.7, 2.3]),
            shiftEnd: .handOver(keepWork: true), monitoring: Monitoring(share: 0.1, blockMinutes: 15),
            callOuts: CallOuts(perHour: 0.05, duration: .exponential(mean: 60), inHand: .handOver(keepWork: false)),
            urgentThresholdMinutes: 15, busyDaysCV: 0.25,
            onCall: OnCall(days: Set(Weekday.allCases), startMinute: 22 * 60, endMinute: 14 * 60, delay: .deterministic(value: 30),
                           callOnUrgent: true, backlogThreshold: 25),
            startingBacklog: [BacklogEntry(channel: 0, kind: 1, count: 12)])
        let kinds = [
            TeamFixtures.kind("urgent", share: 0.03, priority: 1, handling: .lognormal(mean: 10, sd: 5), urgent: true),
            TeamFixtures.kind("question", share: 0.97, priority: 2, handling: .lognormal(mean: 8, sd: 6), patience: .exponential(mean: 180),
                              followUp: FollowUp(probability: 0.3, delay: .exponential(mean: 30), handling: .exponential(mean: 4))),
        ]
        let pause = [ShiftBreak(windowStart: 17 * 60, windowEnd: 20 * 60, minutes: 30)]
        let shifts = [TeamFixtures.daily("emmen", from: 14, to: 22, officers: 2, site: 0, breaks: pause),
                      TeamFixtures.daily("assen", from: 14, to: 22, officers: 1, site: 1, breaks: pause),
                      TeamFixtures.daily("hoogeveen", from: 16, to: 22, officers: 1, site: 2)]
        let rates = (0..<Clock.hoursPerWeek).map { hour in [1, 1, 0.5, 0.5, 0.5, 1, 2, 3, 4, 5, 5, 5, 5, 5, 6, 6, 6, 7, 8, 9, 9, 7, 4, 2][hour % 24] }
        return TeamFixtures.scenario(perHour: 0, kinds: kinds, shifts: shifts, team: team, days: 21, warmupDays: 0,
                                     replications: 6, ratesByHour: rates)
    }

    @Test func everythingConservesMessagesAndOfficerTime() throws {
        for replication in 0..<4 {
            let statistics = try #require(TeamFixtures.statistics(Self.everything, replication: replication))
            let total = statistics.total
            #expect(total.arrivals == total.answered + total.abandoned + statistics.waitingAtEnd)
            #expect(statistics.byThread[0].arrivals + statistics.byThread[1].arrivals == total.arrivals)
            #expect(statistics.bySite.map(\.arrivals).reduce(0, +) == total.arrivals)
            let time = statistics.totalTime, minutes = statistics.team.officerMinutes
            let onShift = [Officer.State.handling, .idle, .onBreak, .monitoring, .calledOut].map { minutes[$0.rawValue] }.reduce(0, +)
            #expect(abs(onShift - time.dutyArea) <= 1e-9 * time.dutyArea)
            #expect(abs(minutes.reduce(0, +) - time.paidArea) <= 1e-9 * time.paidArea)
            #expect(minutes[Officer.State.overtime.rawValue] == 0, "hand-over at shift end leaves no overtime")
            #expect(statistics.team.handedOver > 0 && statistics.team.callOuts > 0 && statistics.team.onCallCalls > 0)
            #expect(statistics.byThread[1].arrivals > 0 && statistics.team.urgent > 0)
            #expect(statistics.team.urgentOffDutyLate <= statistics.team.urgentLate)
            #expect(statistics.team.slotArea <= statistics.team.slotCapacityArea)
        }
    }

    /// Little's law on the sample path: the area under the number waiting equals the waits,
    /// with those still waiting counted to the end (warm-up 0, so nothing is cut at its start).
    @Test func littlesLawHoldsOnTheSamplePath() throws {
        let statistics = try #require(TeamFixtures.statistics(Self.everything, replication: 1))
        let waits = statistics.total.waitSum + statistics.total.abandonedWaitSum + statistics.censoredWaitSum
        #expect(abs(statistics.totalTime.queueArea - waits) <= 1e-9 * waits)
    }

    /// Same scenario and seed: the same summary on 1 and 2 threads.
    @Test func resultsDoNotDependOnThreads() throws {
        var one = try Experiment.run(Self.everything, threads: 1)
        var two = try Experiment.run(Self.everything, threads: 2)
        one.performance = two.performance
        two.provenance = one.provenance
        #expect(one == two)
    }

    /// With nothing to answer, every officer takes each break in full: officers × days × minutes.
    @Test func breaksAreTakenInFull() throws {
        let silent = [Double](repeating: 0, count: Clock.hoursPerWeek)
        let breaks = [ShiftBreak(windowStart: 12 * 60, windowEnd: 12 * 60 + 30, minutes: 30),
                      ShiftBreak(windowStart: 17 * 60, windowEnd: 21 * 60, minutes: 45)]
        let scenario = TeamFixtures.scenario(perHour: 0, kinds: [TeamFixtures.kind()],
                                             shifts: [TeamFixtures.daily("day", from: 9, to: 22, officers: 3, breaks: breaks)],
                                             days: 14, warmupDays: 0, ratesByHour: silent)
        let statistics = try #require(TeamFixtures.statistics(scenario))
        let minutes = statistics.team.officerMinutes
        let breakTime = 3.0 * 14 * 75, idle = 3.0 * 14 * (13 * 60 - 75)
        #expect(abs(minutes[Officer.State.onBreak.rawValue] - breakTime) <= 1e-9 * breakTime)
        #expect(abs(minutes[Officer.State.idle.rawValue] - idle) <= 1e-9 * idle)
    }

    /// Urgent messages that arrive at least the threshold before the opening all wait past it;
    /// those that arrive while a large team is on duty are answered at once.
    @Test func urgentMessagesOffDutyAreLate() throws {
        var team = Team()
        team.urgentThresholdMinutes = 15
        let night = (0..<Clock.hoursPerWeek).map { [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].contains($0 % 24) ? 0.5 : 0 }
        let day = (0..<Clock.hoursPerWeek).map { (15..<21).contains($0 % 24) ? 0.5 : 0 }
        let urgent = [TeamFixtures.kind("urgent", handling: .deterministic(value: 1), urgent: true)]
        let shifts = [TeamFixtures.daily("late", from: 14, to: 22, officers: 40)]
        let offDuty = try #require(TeamFixtures.statistics(
            TeamFixtures.scenario(perHour: 0, kinds: urgent, shifts: shifts, team: team, ratesByHour: night)))
        #expect(offDuty.team.urgent > 20)
        #expect(offDuty.team.urgentOffDuty == offDuty.team.urgent)
        #expect(offDuty.team.urgentLate == offDuty.team.urgent)
        #expect(offDuty.team.urgentOffDutyLate == offDuty.team.urgent)
        let onDuty = try #require(TeamFixtures.statistics(
            TeamFixtures.scenario(perHour: 0, kinds: urgent, shifts: shifts, team: team, ratesByHour: day)))
        #expect(onDuty.team.urgent > 20)
        #expect(onDuty.team.urgentOffDuty == 0 && onDuty.team.urgentLate == 0 && onDuty.team.urgentWaitSum == 0)
    }

    /// A backlog of n messages of fixed handling h before c officers, nothing else arriving:
    /// message i (0-based) starts at ⌊i/c⌋·h.
    @Test func startingBacklogDrainsInBatches() throws {
        var team = Team()
        team.startingBacklog = [BacklogEntry(channel: 0, kind: 0, count: 23)]
        let silent = [Double](repeating: 0, count: Clock.hoursPerWeek)
        let scenario = TeamFixtures.scenario(perHour: 0, kinds: [TeamFixtures.kind(handling: .deterministic(value: 7))],
                                             shifts: [TeamFixtures.allDay(4)], team: team, days: 2, warmupDays: 0, ratesByHour: silent)
        let statistics = try #require(TeamFixtures.statistics(scenario))
        let exact = (0..<23).map { Double($0 / 4) * 7 }.reduce(0, +)
        #expect(statistics.total.arrivals == 23 && statistics.total.answered == 23)
        #expect(abs(statistics.total.waitSum - exact) <= 1e-9 * exact)
    }

    /// One shift handing over to the next at the same minute is not an opening: with 09-14 and
    /// 14-22 shifts the team opens once a day, at 09:00.
    @Test func backToBackShiftsOpenOnceADay() throws {
        let shifts = [TeamFixtures.daily("morning", from: 9, to: 14, officers: 2),
                      TeamFixtures.daily("late", from: 14, to: 22, officers: 3)]
        let scenario = TeamFixtures.scenario(perHour: 5, kinds: [TeamFixtures.kind(handling: .exponential(mean: 5))],
                                             shifts: shifts, days: 28, warmupDays: 2)
        let statistics = try #require(TeamFixtures.statistics(scenario))
        #expect(statistics.openings == 28)
    }

    /// The shift-end rules: under finish, officers work overtime and nothing is handed over;
    /// under hand-over, no overtime; both conserve messages and see the same demand.
    @Test func shiftEndRules() throws {
        var finish = Self.everything
        finish.team.shiftEnd = .finish
        finish.team.callOuts = nil
        var handOver = finish
        handOver.team.shiftEnd = .handOver(keepWork: false)
        let a = try #require(TeamFixtures.statistics(finish)), b = try #require(TeamFixtures.statistics(handOver))
        #expect(a.team.officerMinutes[Officer.State.overtime.rawValue] > 0 && a.team.handedOver == 0)
        #expect(b.team.officerMinutes[Officer.State.overtime.rawValue] == 0 && b.team.handedOver > 0)
        #expect(a.byThread[0].arrivals == b.byThread[0].arrivals)
        for s in [a, b] { #expect(s.total.arrivals == s.total.answered + s.total.abandoned + s.waitingAtEnd) }
    }
}
