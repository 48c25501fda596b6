import Testing
import WebcareModel

/// The engine's hour clock gives exactly the division's hour for every time, however close to
/// an hour boundary, in whatever order the times come.
@Suite struct HourClockTests {
    /// Each hour's first time is the smallest whose quotient reaches the hour, for the hours of
    /// ten years of runs.
    @Test func firstTimesAreExact() {
        for hour in 1..<(3_650 * 24) {
            let t = HourClock.firstTime(ofHour: hour)
            #expect(Int(t / Clock.hour) == hour && Int(t.nextDown / Clock.hour) == hour - 1, "hour \(hour)")
        }
    }

    /// Times on and a few units in the last place either side of hour boundaries, and times in
    /// between, in increasing and in scrambled order.
    @Test func hoursMatchTheDivision() {
        var times: [Double] = []
        for hour in stride(from: 0, to: 2 * 365 * 24, by: 7) {
            var up = Double(hour) * Clock.hour, down = up
            for _ in 0..<4 {
                times += [up, down]
                up = up.nextUp
                down = down.nextDown
            }
            times.append((Double(hour) + 0.5) * Clock.hour)
        }
        times = times.filter { $0 >= 0 }.sorted()
        var scrambled = times
        var state: UInt64 = 7
        for i in scrambled.indices.reversed() {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            scrambled.swapAt(i, Int(state >> 33) % (i + 1))
        }
        for order in [times, scrambled] {
            var clock = HourClock()
            for t in order {
                let hour = clock.hour(of: t), exact = Int(t / Clock.hour)
                #expect(hour.absolute == exact && hour.ofWeek == exact % Clock.hoursPerWeek, "t = \(t)")
            }
        }
    }
}
