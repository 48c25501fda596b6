import Testing
import SimKernel

/// A small deterministic generator for test inputs (SplitMix64); the kernel itself has no
/// randomness.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// A payload that remembers the order in which it was scheduled.
struct Tag: BitwiseCopyable, Equatable {
    var index: Int
    var priority: UInt8
}

@Suite("EventCalendar")
struct EventCalendarTests {
    /// Random times (with many ties, times on a coarse grid) and random priorities: events come
    /// out sorted by time, then priority, then scheduling order, and none is lost.
    @Test("events come out in (time, priority, insertion) order for random insertion")
    func randomInsertion() {
        var random = SplitMix64(state: 2018)
        var calendar = EventCalendar<Tag>()
        var scheduled: [(time: Double, tag: Tag)] = []
        for i in 0..<5_000 {
            let time = Double(random.below(500)) * 0.25
            let tag = Tag(index: i, priority: UInt8(random.below(4)))
            calendar.schedule(tag, at: time, priority: tag.priority)
            scheduled.append((time, tag))
        }
        #expect(calendar.count == 5_000)
        var popped: [(time: Double, tag: Tag)] = []
        while let event = calendar.next() {
            #expect(event.priority == event.payload.priority)
            popped.append((event.time, event.payload))
        }
        #expect(calendar.isEmpty)
        let expected = scheduled.sorted {
            ($0.time, $0.tag.priority, $0.tag.index) < ($1.time, $1.tag.priority, $1.tag.index)
        }
        #expect(popped.map(\.tag) == expected.map(\.tag))
        #expect(popped.map(\.time) == expected.map(\.time))
    }

    /// 1000 events at one time with mixed priorities: a stable sort by priority.
    @Test("equal times come out by priority, then in scheduling order")
    func stableAtEqualTimes() {
        var random = SplitMix64(state: 7)
        var calendar = EventCalendar<Tag>(capacity: 4)  // forces growth
        var tags: [Tag] = []
        for i in 0..<1000 {
            let tag = Tag(index: i, priority: [0, 1, 2, 5, 255][random.below(5)])
            tags.append(tag)
            calendar.schedule(tag, at: 60, priority: tag.priority)
        }
        var order: [Tag] = []
        while let event = calendar.next() { order.append(event.payload) }
        // stable by construction: priority, then index
        let expected = tags.sorted { ($0.priority, $0.index) < ($1.priority, $1.index) }
        #expect(order == expected)
    }

    /// Scheduling while popping (as a simulation does): the order still holds, including events
    /// added at the current time.
    @Test("interleaved scheduling and popping keeps the order")
    func interleaved() {
        var random = SplitMix64(state: 99)
        var calendar = EventCalendar<Int>()
        var now = 0.0, lastPriority: UInt8 = 0, index = 0
        for _ in 0..<20 { calendar.schedule(index, at: Double(random.below(10)), priority: 1); index += 1 }
        var handled = 0
        while let event = calendar.next() {
            #expect(event.time > now || (event.time == now && event.priority >= lastPriority))
            now = event.time
            lastPriority = event.priority
            handled += 1
            if index < 3_000 {
                for _ in 0..<random.below(3) {
                    // sometimes at the current time with the same or a later priority
                    let delay = random.below(4) == 0 ? 0 : Double(random.below(100)) / 7
                    calendar.schedule(index, at: now + delay, priority: delay == 0 ? lastPriority : UInt8(random.below(3)))
                    index += 1
                }
            }
        }
        #expect(handled == index)
    }

    @Test("nextTime, count and isEmpty describe the pending events")
    func accessors() {
        var calendar = EventCalendar<Int>()
        #expect(calendar.isEmpty && calendar.count == 0 && calendar.nextTime == nil && calendar.next() == nil)
        calendar.schedule(1, at: 30, priority: 0)
        calendar.schedule(2, at: 10, priority: 9)
        calendar.schedule(3, at: 20, priority: 0)
        #expect(calendar.nextTime == 10)
        #expect(calendar.count == 3)
        #expect(calendar.next()?.payload == 2)
        #expect(calendar.nextTime == 20)
        #expect(calendar.count == 2 && !calendar.isEmpty)
    }

    @Test("a later time wins over a lower priority number")
    func timeBeforePriority() {
        var calendar = EventCalendar<Int>()
        calendar.schedule(1, at: 5.000001, priority: 0)
        calendar.schedule(2, at: 5, priority: 255)
        #expect(calendar.next()?.payload == 2)
        #expect(calendar.next()?.payload == 1)
    }
}
