import Testing
import SimKernel

/// Records what it is handed.
struct Recorder: EventHandler {
    var seen: [(time: Double, payload: Int)] = []
    mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
        seen.append((time, payload))
    }
}

/// A counter process: every event counts one and schedules the next one `gap` later.
struct Ticker: EventHandler {
    let gap: Double
    var ticks = 0
    var times: [Double] = []
    mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
        ticks += 1
        times.append(time)
        calendar.schedule(payload + 1, at: time + gap, priority: 0)
    }
}

/// A period change (priority 0) and an arrival (priority 1) at the same time: the handler
/// schedules a follow-up at the current time, which must still be handled before later events.
struct SameTimeFollowUp: EventHandler {
    var log: [Int] = []
    mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
        log.append(payload)
        if payload == 1 { calendar.schedule(10, at: time, priority: 0) }
    }
}

@Suite("RunLoop")
struct RunLoopTests {
    @Test("stops before the horizon: an event exactly at the horizon is not handled")
    func horizonExclusive() {
        var calendar = EventCalendar<Int>()
        for (payload, time) in [(1, 1.0), (2, 5), (3, 10), (4, 11), (5, 9.999)] {
            calendar.schedule(payload, at: time, priority: 0)
        }
        var recorder = Recorder()
        let handled = RunLoop.run(&recorder, calendar: &calendar, until: 10)
        #expect(handled == 3)
        #expect(recorder.seen.map(\.payload) == [1, 2, 5])
        #expect(recorder.seen.map(\.time) == [1, 5, 9.999])
    }

    @Test("an empty calendar handles nothing")
    func emptyCalendar() {
        var calendar = EventCalendar<Int>()
        var recorder = Recorder()
        #expect(RunLoop.run(&recorder, calendar: &calendar, until: 100) == 0)
        #expect(recorder.seen.isEmpty)
    }

    @Test("a process that schedules its own next event runs until the horizon")
    func counterProcess() {
        var calendar = EventCalendar<Int>()
        calendar.schedule(0, at: 0, priority: 0)
        var ticker = Ticker(gap: 1.5)
        let handled = RunLoop.run(&ticker, calendar: &calendar, until: 1_500)
        // ticks at 0, 1.5, …, 1498.5: exactly 1000 before the horizon (1500 itself is excluded)
        #expect(handled == 1000)
        #expect(ticker.ticks == 1000)
        #expect(ticker.times.first == 0 && ticker.times.last == 1498.5)
        #expect(zip(ticker.times, ticker.times.dropFirst()).allSatisfy { $1 - $0 == 1.5 })
    }

    @Test("events scheduled at the current time are handled in priority order before later ones")
    func sameTimeFollowUp() {
        var calendar = EventCalendar<Int>()
        calendar.schedule(1, at: 5, priority: 1)
        calendar.schedule(2, at: 5, priority: 1)
        calendar.schedule(3, at: 6, priority: 0)
        var handler = SameTimeFollowUp()
        #expect(RunLoop.run(&handler, calendar: &calendar, until: 100) == 4)
        // 10 was scheduled at time 5 with priority 0 while 2 (priority 1) was pending
        #expect(handler.log == [1, 10, 2, 3])
    }
}
