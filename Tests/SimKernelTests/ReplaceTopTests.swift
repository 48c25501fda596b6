import Testing
import SimKernel

/// A handler that schedules 0, 1 or 2 events per event, sometimes at the current time, and
/// checks what the calendar reports while the event is being handled (the event in hand sits
/// at the top of the heap, replaced by the first event scheduled).
struct Brancher: EventHandler {
    var random: SplitMix64
    var log: [(time: Double, payload: Int)] = []
    var next = 1
    var pending = 1
    var reportsOK = true

    mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
        log.append((time, payload))
        pending -= 1
        if calendar.count != pending { reportsOK = false }
        if let upcoming = calendar.nextTime, upcoming < time { reportsOK = false }
        guard next < 20_000 else { return }
        for _ in 0..<random.below(3) {
            let delay = random.below(5) == 0 ? 0 : Double(random.below(1_000)) / 16
            calendar.schedule(next, at: time + delay, priority: UInt8(random.below(3)))
            next += 1
            pending += 1
        }
    }
}

@Suite("EventCalendar replace-top")
struct ReplaceTopTests {
    /// The run loop's events come out exactly as a plain sorted list of (time, priority,
    /// scheduling order) says, whether the handler schedules nothing, one or two events.
    @Test("events come out in (time, priority, scheduling order) order")
    func orderMatchesSortedReference() {
        var calendar = EventCalendar<Int>()
        calendar.schedule(0, at: 0, priority: 1)
        var handler = Brancher(random: SplitMix64(state: 42))
        _ = RunLoop.run(&handler, calendar: &calendar, until: .infinity)
        #expect(handler.reportsOK)
        #expect(calendar.isEmpty)
        // Replay: a naive calendar (linear search for the least key) with the same handler.
        var reference = Brancher(random: SplitMix64(state: 42))
        var naive: [(time: Double, priority: UInt8, sequence: Int, payload: Int)] = [(0, 1, 0, 0)]
        var sequence = 1
        while let index = naive.indices.min(by: {
            (naive[$0].time, naive[$0].priority, naive[$0].sequence) < (naive[$1].time, naive[$1].priority, naive[$1].sequence)
        }) {
            let event = naive.remove(at: index)
            var scratch = EventCalendar<Int>()
            reference.handle(event.payload, at: event.time, calendar: &scratch)
            while let new = scratch.next() {
                naive.append((new.time, new.priority, sequence, new.payload))
                sequence += 1
            }
        }
        #expect(handler.log.map(\.payload) == reference.log.map(\.payload))
        #expect(handler.log.map(\.time) == reference.log.map(\.time))
        #expect(handler.log.count == 20_000 || handler.log.count == reference.log.count)
    }

    @Test("an event at the horizon is not handled and stays pending")
    func horizonEventStays() {
        var calendar = EventCalendar<Int>()
        calendar.schedule(1, at: 5, priority: 0)
        calendar.schedule(2, at: 10, priority: 0)
        var handler = Brancher(random: SplitMix64(state: 1), next: 20_000)
        #expect(RunLoop.run(&handler, calendar: &calendar, until: 10) == 1)
        #expect(calendar.count == 1 && calendar.nextTime == 10)
        #expect(calendar.next()?.payload == 2)
    }

    @Test("negative, zero and signed-zero times keep the order of the times")
    func signedTimes() {
        var calendar = EventCalendar<Int>()
        let times: [Double] = [3, -0.0, -2.5, 0.0, -1e300, 1e300, 0.5, -0.0, .infinity, -.infinity]
        for (i, t) in times.enumerated() { calendar.schedule(i, at: t, priority: 0) }
        var out: [Int] = []
        while let event = calendar.next() {
            out.append(event.payload)
            #expect(event.time == times[event.payload])
        }
        let expected = times.indices.sorted { (times[$0], $0) < (times[$1], $1) }
        #expect(out == expected)
    }
}
