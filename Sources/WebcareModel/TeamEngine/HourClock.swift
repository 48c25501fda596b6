/// The hour a time (minutes) falls in, `Int(t / 60)`, and its hour of the week, remembered with
/// the exact range of times of that hour, so that the events of one hour need no division.
///
/// Invariant: for every t in `[start, end)`, `Int(t / 60) == absolute` and `absolute % 168 ==
/// ofWeek` (the bounds are found as the smallest times whose quotient reaches the hour; the
/// division is monotone, so the quotients in between are the hour's).
public struct HourClock {
    private var start = 0.0
    private var end = -1.0
    private var absolute = 0
    private var ofWeek = 0

    public init() {}

    /// `Int(time / 60)` and that hour's hour of the week, for a time t ≥ 0: the same values as
    /// the division.
    @inline(__always)
    public mutating func hour(of time: Double) -> (absolute: Int, ofWeek: Int) {
        if time >= start && time < end { return (absolute, ofWeek) }
        return enter(time)
    }

    @inline(never)
    private mutating func enter(_ time: Double) -> (absolute: Int, ofWeek: Int) {
        absolute = Int(time / Clock.hour)
        ofWeek = absolute % Clock.hoursPerWeek
        start = Self.firstTime(ofHour: absolute)
        end = Self.firstTime(ofHour: absolute + 1)
        return (absolute, ofWeek)
    }

    /// The smallest time t ≥ 0 with t / 60 ≥ hour.
    public static func firstTime(ofHour hour: Int) -> Double {
        let target = Double(hour)
        var t = target * Clock.hour
        while t > 0 && t.nextDown / Clock.hour >= target { t = t.nextDown }
        while t / Clock.hour < target { t = t.nextUp }
        return t
    }
}
