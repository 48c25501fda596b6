import Testing
import SimKernel

/// A handler with `timers` timers (an officer's next completion, say) of which at most one is
/// pending each: every event may move a random timer (earlier or later), cancel it, or leave it,
/// and adds 0–2 plain events. With `lanes`, a timer lives in its own lane and is replaced or
/// cancelled there; without, every timer event goes into the heap with a version number and a
/// superseded one is skipped when it comes out (lazy cancellation), as an engine without lanes
/// does. The handled, live events must be the same, in the same order, at the same times.
struct TimerMixer: EventHandler {
    static let timers = 11
    var random: SplitMix64
    let lanes: Bool
    /// The live version of each timer (a heap event of an older one is stale), and whether it
    /// has a live event pending.
    var version = [Int](repeating: 0, count: timers)
    var armed = [Bool](repeating: false, count: timers)
    var log: [(time: Double, payload: Int)] = []
    var next = 0
    /// Live events pending (stale heap copies excluded).
    var pending = 0
    var reportsOK = true

    /// A timer's payload: its index and version; plain events are negative.
    static func payload(timer: Int, version: Int) -> Int { timer * 1_000_000 + version }

    mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
        if payload >= 0 && payload % 1_000_000 != version[payload / 1_000_000] { return }  // stale
        log.append((time, payload))
        pending -= 1
        if payload >= 0 { armed[payload / 1_000_000] = false }
        if lanes && calendar.count != pending { reportsOK = false }
        guard log.count < 40_000 else { return }
        for _ in 0..<random.below(3) {
            let timer = random.below(Self.timers)
            version[timer] += 1
            if armed[timer] { pending -= 1 }
            if random.below(4) == 0 {
                if lanes { calendar.cancel(lane: timer) }
                armed[timer] = false
            } else {
                let event = Self.payload(timer: timer, version: version[timer])
                let at = time + Double(random.below(16)) / 4
                if lanes {
                    calendar.schedule(event, at: at, priority: 3, lane: timer)
                } else {
                    calendar.schedule(event, at: at, priority: 3)
                }
                armed[timer] = true
                pending += 1
            }
        }
        for _ in 0..<random.below(3) {
            next += 1
            calendar.schedule(-next, at: time + Double(random.below(32)) / 8, priority: UInt8(random.below(6)))
            pending += 1
        }
    }

    /// Runs a mixer from every timer armed at times 0, 1, 2 to `horizon`.
    /// With `firstGroup`, the timers below it form a lane group of their own.
    static func run(lanes: Bool, horizon: Double, firstGroup: Int? = nil) -> TimerMixer {
        var calendar = EventCalendar<Int>(lanes: lanes ? timers : 0, firstGroup: lanes ? firstGroup : nil)
        var mixer = TimerMixer(random: SplitMix64(state: 2018), lanes: lanes)
        for timer in 0..<timers {
            let event = payload(timer: timer, version: 0)
            if lanes {
                calendar.schedule(event, at: Double(timer % 3), priority: 3, lane: timer)
            } else {
                calendar.schedule(event, at: Double(timer % 3), priority: 3)
            }
        }
        mixer.armed = [Bool](repeating: true, count: timers)
        mixer.pending = timers
        _ = RunLoop.run(&mixer, calendar: &calendar, until: horizon)
        return mixer
    }
}

@Suite("EventCalendar lanes: replacing and cancelling")
struct LaneReplacementTests {
    /// A timer moved or cancelled in its lane gives exactly the events of versioned timers in
    /// the heap with the superseded ones skipped, with the lanes in one group or split in two
    /// anywhere (an empty group included).
    @Test("replaced and cancelled lane events match lazily cancelled heap events")
    func sameAsLazyCancellation() {
        for horizon in [Double.infinity, 900] {
            let heapOnly = TimerMixer.run(lanes: false, horizon: horizon)
            for firstGroup in [nil, 0, 1, 4, TimerMixer.timers] {
            let withLanes = TimerMixer.run(lanes: true, horizon: horizon, firstGroup: firstGroup)
            #expect(withLanes.reportsOK)
            #expect(withLanes.log.count > 2_000)
            #expect(withLanes.log.contains { $0.payload >= 0 } && withLanes.log.contains { $0.payload < 0 })
            #expect(withLanes.log.map(\.payload) == heapOnly.log.map(\.payload))
            #expect(withLanes.log.map(\.time) == heapOnly.log.map(\.time))
            }
        }
    }

    @Test("a replaced event is gone, a cancelled lane is empty, the spent lane takes its successor")
    func replaceAndCancel() {
        var calendar = EventCalendar<Int>(lanes: 3)
        calendar.schedule(1, at: 5, priority: 3, lane: 0)
        calendar.schedule(2, at: 4, priority: 3, lane: 1)
        calendar.schedule(3, at: 9, priority: 3, lane: 0)  // replaces payload 1
        calendar.schedule(4, at: 1, priority: 3, lane: 2)
        calendar.cancel(lane: 2)
        #expect(calendar.count == 2 && calendar.nextTime == 4)
        #expect(calendar.next()?.payload == 2)
        #expect(calendar.next()?.payload == 3)
        #expect(calendar.next() == nil && calendar.isEmpty)

        struct Chain: EventHandler {
            var seen: [Int] = []
            var countsWhileHandling: [Int] = []
            mutating func handle(_ payload: Int, at time: Double, calendar: inout EventCalendar<Int>) {
                seen.append(payload)
                countsWhileHandling.append(calendar.count)
                if payload < 3 { calendar.schedule(payload + 1, at: time + 1, priority: 3, lane: 0) }
            }
        }
        calendar.schedule(0, at: 10, priority: 3, lane: 0)
        calendar.schedule(10, at: 10.5, priority: 3, lane: 1)
        var chain = Chain()
        #expect(RunLoop.run(&chain, calendar: &calendar, until: 20) == 5)
        #expect(chain.seen == [0, 10, 1, 2, 3])
        #expect(chain.countsWhileHandling == [1, 1, 0, 0, 0])
        #expect(calendar.isEmpty)
    }
}
