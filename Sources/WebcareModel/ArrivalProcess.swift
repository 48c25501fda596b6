import Stochastics

/// The arrival stream of one channel: a Poisson process whose rate is constant within each hour
/// of the week. The next arrival is found by inverting the integrated rate: an Exp(1) amount of
/// "rate mass" is spent hour by hour, so an hour's arrivals are Poisson with exactly that hour's
/// mean however short its peak (never "next gap from the current rate", which skips peaks).
public struct ArrivalProcess: Sendable {
    /// Messages per minute in each hour of the week.
    @usableFromInline let ratePerMinute: [Double]
    /// True when no hour of the week has a positive rate.
    public let isSilent: Bool

    public init(channel: Channel) {
        ratePerMinute = channel.hourlyRates.map { $0 / Clock.hour }
        isSilent = !ratePerMinute.contains { $0 > 0 }
    }

    /// The first arrival after `time` (minutes), or nil when the channel never has messages.
    @inlinable public func next(after time: Double, stream: RandomStream) -> Double? {
        guard !isSilent else { return nil }
        return ratePerMinute.withUnsafeBufferPointer { rates in
            let hour = Int(time / Clock.hour)
            return Self.next(after: time, hour: hour, hourOfWeek: hour % Clock.hoursPerWeek, ratePerMinute: rates.baseAddress!, stream: stream)
        }
    }

    /// The first arrival after `time` (minutes), `hour` being `Int(time / 60)` and `hourOfWeek`
    /// `hour % 168`, for the 168 rates (per minute) at `ratePerMinute`, of which at least one is
    /// positive: the engine's allocation-free form.
    @inlinable @inline(__always)
    static func next(after time: Double, hour: Int, hourOfWeek: Int, ratePerMinute: UnsafePointer<Double>, stream: RandomStream) -> Double {
        var mass = stream.exponential(mean: 1)
        var t = time
        var hour = hour, hourOfWeek = hourOfWeek
        while true {
            let rate = ratePerMinute[hourOfWeek]
            let hourEnd = Double(hour + 1) * Clock.hour
            if rate > 0 {
                let gap = mass / rate
                if t + gap < hourEnd { return t + gap }
                mass -= rate * (hourEnd - t)
            }
            t = hourEnd
            hour += 1
            hourOfWeek = hourOfWeek == Clock.hoursPerWeek - 1 ? 0 : hourOfWeek + 1
        }
    }

    /// As `next(after:hour:ratePerMinute:stream:)`, with every rate of day `d` (counted from the
    /// start of the run) multiplied by `dayFactor[d]` (busy days). With all factors 1 it gives
    /// exactly the same times.
    @inlinable @inline(__always)
    static func next(after time: Double, hour: Int, ratePerMinute: UnsafePointer<Double>,
                     dayFactor: UnsafePointer<Double>, stream: RandomStream) -> Double {
        var mass = stream.exponential(mean: 1)
        var t = time
        var hour = hour
        while true {
            let rate = ratePerMinute[hour % Clock.hoursPerWeek] * dayFactor[hour / 24]
            let hourEnd = Double(hour + 1) * Clock.hour
            if rate > 0 {
                let gap = mass / rate
                if t + gap < hourEnd { return t + gap }
                mass -= rate * (hourEnd - t)
            }
            t = hourEnd
            hour += 1
        }
    }
}
