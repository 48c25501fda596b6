import Testing
import SimKernel

/// A handler with three "channels" whose next event waits in a lane (at most one pending per
/// channel, rescheduled when it is handled, often at a tied time) and other events in the heap
/// (0, 1 or 2 per event, sometimes at the current time, priorities below and above the lanes').
/// With `lanes` false it schedules the same events into the heap only; with `reschedules` it
/// gives a lane its next event with `rescheduleSpentLane` (the payload kept).
struct LaneMixer: EventHandler {
    var random: SplitMix64
    let lanes: Bool
    var reschedules = false
    var log: [(time: Double, payload: Int)] = []
    var next = 3
    var pending = 3
    var reportsOK = true

    mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
        log.append((time, payload))
        pending -= 1
        if calendar.count != pending { reportsOK = false }
        if let upcoming = calendar.nextTime, upcoming < time { reportsOK = false }
        guard next < 30_000 else { return }
        if payload < 3 {  // a lane event: its channel's next one, on a coarse grid (ties)
            let delay = Double(random.below(8)) / 4
            if lanes && reschedules {
                calendar.rescheduleSpentLane(at: time + delay, priority: 2)
            } else if lanes {
                calendar.schedule(payload, at: time + delay, priority: 2, lane: payload)
            } else {
                calendar.schedule(payload, at: time + delay, priority: 2)
            }
            pending += 1
        }
        for _ in 0..<random.below(3) {
            let delay = random.below(4) == 0 ? 0 : Double(random.below(64)) / 8
            calendar.schedule(next, at: time + delay, priority: UInt8(random.below(4)))
            next += 1
            pending += 1
        }
    }
}

@Suite("EventCalendar lanes")
struct LaneTests {
    /// Events in lanes come out exactly where they would come out of the heap: by time, then
    /// priority, then scheduling order, interleaved with the heap's events; so do lane events
    /// rescheduled with their payload kept.
    @Test("lane events keep the order of the heap")
    func sameOrderAsHeap() {
        func run(lanes: Bool, reschedules: Bool = false, horizon: Double) -> LaneMixer {
            var calendar = EventCalendar<Int>(lanes: lanes ? 3 : 0)
            for channel in 0..<3 {
                if lanes {
                    calendar.schedule(channel, at: 0, priority: 2, lane: channel)
                } else {
                    calendar.schedule(channel, at: 0, priority: 2)
                }
            }
            var handler = LaneMixer(random: SplitMix64(state: 7), lanes: lanes, reschedules: reschedules)
            let handled = RunLoop.run(&handler, calendar: &calendar, until: horizon)
            #expect(handled == handler.log.count)
            return handler
        }
        for horizon in [Double.infinity, 500] {
            let withLanes = run(lanes: true, horizon: horizon)
            let heapOnly = run(lanes: false, horizon: horizon)
            let rescheduled = run(lanes: true, reschedules: true, horizon: horizon)
            #expect(withLanes.reportsOK && heapOnly.reportsOK && rescheduled.reportsOK)
            #expect(withLanes.log.count > 1_000)
            #expect(withLanes.log.map(\.payload) == heapOnly.log.map(\.payload))
            #expect(withLanes.log.map(\.time) == heapOnly.log.map(\.time))
            #expect(rescheduled.log.map(\.payload) == heapOnly.log.map(\.payload))
            #expect(rescheduled.log.map(\.time) == heapOnly.log.map(\.time))
        }
    }

    @Test("next() and nextTime see the lanes; a lane event at the horizon stays pending")
    func nextAndHorizon() {
        var calendar = EventCalendar<Int>(lanes: 2)
        calendar.schedule(10, at: 5, priority: 4, lane: 1)
        calendar.schedule(20, at: 5, priority: 2)
        calendar.schedule(30, at: 3, priority: 4, lane: 0)
        #expect(calendar.count == 3 && calendar.nextTime == 3)
        #expect(calendar.next()?.payload == 30)
        #expect(calendar.next()?.payload == 20)
        calendar.schedule(40, at: 7, priority: 4, lane: 0)
        #expect(calendar.count == 2 && calendar.nextTime == 5)
        let event = calendar.next()
        #expect(event?.payload == 10 && event?.time == 5 && event?.priority == 4)
        struct Counter: EventHandler {
            var seen: [Int] = []
            mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
                seen.append(payload)
            }
        }
        var counter = Counter()
        #expect(RunLoop.run(&counter, calendar: &calendar, until: 7) == 0)
        #expect(calendar.count == 1 && calendar.nextTime == 7)
        #expect(RunLoop.run(&counter, calendar: &calendar, until: 8) == 1)
        #expect(counter.seen == [40] && calendar.isEmpty && calendar.next() == nil)
    }
}
