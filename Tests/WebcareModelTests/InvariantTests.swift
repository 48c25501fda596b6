import Foundation
import Scenarios
import Stochastics
import Testing
import WebcareModel

/// Exact sample-path properties of every replication of a time-varying webcare scenario.
@Suite struct InvariantTests {
    /// Every counted message is answered, abandoned or still waiting at the end; the groups
    /// (hours, channels, kinds) add up to the total.
    @Test(arguments: 0..<4)
    func conservationOfMessages(replication: Int) throws {
        let scenario = try Fixtures.load(Fixtures.evening())
        let stats = try #require(Experiment.statistics(of: scenario, replication: replication))
        let t = stats.total
        #expect(t.arrivals > 1_000)
        #expect(t.abandoned > 0)
        #expect(t.arrivals == t.answered + t.abandoned + stats.waitingAtEnd)
        for groups in [stats.byHour, stats.byChannel, stats.byKind] {
            #expect(groups.reduce(0) { $0 + $1.arrivals } == t.arrivals)
            #expect(groups.reduce(0) { $0 + $1.answered } == t.answered)
            #expect(groups.reduce(0) { $0 + $1.abandoned } == t.abandoned)
        }
    }

    /// Little's law on the sample path: with counting from time 0 (the system starts empty),
    /// the time-integral of the number waiting equals the sum of all waits (answered,
    /// abandoned until they left, and still waiting up to the end), so
    /// queue_mean = arrival rate × mean wait over all arrivals, up to rounding.
    @Test(arguments: 0..<3)
    func littlesLawHoldsOnTheSamplePath(replication: Int) throws {
        let scenario = try Fixtures.load(Fixtures.evening(warmupDays: 0, weeks: 4))
        let stats = try #require(Experiment.statistics(of: scenario, replication: replication))
        let time = stats.totalTime
        #expect(time.minutes == scenario.run.endMinutes)
        let waits = stats.total.waitSum + stats.total.abandonedWaitSum + stats.censoredWaitSum
        #expect(abs(time.queueArea - waits) <= 1e-9 * waits)
        let arrivalRate = Double(stats.total.arrivals) / time.minutes
        let queueMean = time.queueArea / time.minutes
        let waitAllArrivals = waits / Double(stats.total.arrivals)
        #expect(abs(queueMean - arrivalRate * waitAllArrivals) <= 1e-9 * queueMean)
    }

    /// Officers on duty by hour are exactly the roster; paid hours are the roster's hours
    /// plus overtime, and overtime arises only where a shift ends.
    @Test func rosterAndOfficerHours() throws {
        let scenario = try Fixtures.load(Fixtures.evening())
        let stats = try #require(Experiment.statistics(of: scenario, replication: 0))
        let level = scenario.roster.levelByMinute
        for hour in 0..<Clock.hoursPerWeek {
            let integrals = stats.time[hour]
            let scheduled = Double(level[hour * 60])
            #expect(abs(integrals.dutyArea / integrals.minutes - scheduled) < 1e-9)
            #expect(integrals.paidArea >= integrals.dutyArea)
            let shiftEnds = level[hour * 60] < level[(hour * 60 + 10_080 - 1) % 10_080]
            if !shiftEnds { #expect(abs(integrals.paidArea - integrals.dutyArea) < 1e-6, "overtime in hour \(hour)") }
        }
        let time = stats.totalTime
        let weeks = time.minutes / Clock.week
        #expect(abs(time.dutyArea / 60 / weeks - scenario.roster.scheduledHoursPerWeek) < 1e-6)
        #expect(time.paidArea > time.dutyArea)
    }

    /// A message that arrives while no one is on duty waits for the next opening: every
    /// message arriving in hour h of a closed period waits at least from the end of that hour
    /// to 14:00, so the hour's mean wait is at least that long.
    @Test func overnightMessagesWaitForTheOpening() throws {
        let scenario = try Fixtures.load(Fixtures.evening())
        let stats = try #require(Experiment.statistics(of: scenario, replication: 1))
        var checked = 0
        for hour in 0..<Clock.hoursPerWeek {
            let hourOfDay = hour % 24
            guard hourOfDay >= 22 || hourOfDay < 13, stats.byHour[hour].answered > 0 else { continue }
            let hoursToOpening = hourOfDay >= 22 ? 24 - hourOfDay - 1 + 14 : 14 - hourOfDay - 1
            let minimum = Double(hoursToOpening) * 60
            let meanWait = stats.byHour[hour].waitSum / Double(stats.byHour[hour].answered)
            #expect(meanWait >= minimum, "hour \(hour): mean wait \(meanWait) < \(minimum)")
            #expect(stats.byHour[hour].answeredAtOnce == 0)
            checked += 1
        }
        #expect(checked > 100)
        #expect(stats.openings == 7 * 6)
    }

    /// Same scenario and seed ⇒ the same JSON, byte for byte, on 1 and 2 threads.
    @Test func resultsDoNotDependOnThreads() throws {
        let scenario = try Fixtures.load(Fixtures.evening(replications: 5))
        var one = try Experiment.run(scenario, threads: 1)
        var two = try Experiment.run(scenario, threads: 2)
        #expect(one.performance.events == two.performance.events)
        #expect(one.conservation.holds && one.conservation.arrived > 1_000)
        #expect(one.conservation == two.conservation)
        one.performance = Performance(events: 0, wallS: 0, threads: 0)
        two.performance = one.performance
        #expect(try ResultWriter.json(one) == ResultWriter.json(two))
        let other = try Experiment.run(scenario, seed: 8, threads: 2)
        #expect(other[.waitMean] != one[.waitMean])
    }
}
