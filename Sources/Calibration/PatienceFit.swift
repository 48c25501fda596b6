import CGSL

/// Patience (minutes a citizen waits before giving up) from censored records: an abandoned
/// message shows its patience (an event at its wait); an answered one shows only that patience
/// exceeded its wait (censored there), and so does one still waiting when the export ends. The
/// exponential maximum-likelihood rate is abandonments / total observed waiting time, with the
/// Garwood interval of that count over that time; the mean is its inverse. The mean wait of the
/// abandoned alone is kept for comparison: it is biased low (the patient ones were answered).
public struct PatienceFit: Codable, Sendable {
    public let abandoned: Int
    public let censored: Int
    /// Total observed waiting time, minutes.
    public let observedMinutes: Double
    /// Mean patience, minutes, with its 95% interval; nil when no one gave up.
    public let mean: Interval?
    /// The biased mean of the abandoned messages' waits alone (minutes).
    public let abandonedOnlyMean: Double?
    /// Kaplan–Meier survival S(t) at the event times (at most 200 steps kept, evenly spaced).
    public let kaplanMeier: [KaplanMeierStep]

    /// One step of the Kaplan–Meier curve.
    public struct KaplanMeierStep: Codable, Sendable {
        public let minutes: Double
        public let survival: Double
    }

    /// Present when there were more than `WaitSample.limit` waits: the Kaplan–Meier curve is that
    /// of a reservoir sample of this many (the counts, the total and the mean are exact).
    public let kaplanMeierSample: Int?

    /// `waits` (minutes) with `gaveUp` true for an abandonment, false for a censored wait.
    public init(waits: [(minutes: Double, gaveUp: Bool)]) {
        var sample = WaitSample(seed: DurationFit.reservoirSeed)
        for wait in waits { sample.add(minutes: wait.minutes, gaveUp: wait.gaveUp) }
        self.init(sample)
    }

    /// The fit of a stream's waits (see `WaitSample`).
    public init(_ sample: WaitSample) {
        abandoned = sample.abandoned
        censored = sample.count - abandoned
        observedMinutes = sample.observedMinutes
        if abandoned > 0 {
            let rate = Interval.garwood(count: Double(abandoned), exposure: observedMinutes)
            mean = Interval(1 / rate.estimate, 1 / rate.upper, rate.lower > 0 ? 1 / rate.lower : .infinity)
            abandonedOnlyMean = sample.abandonedMinutes / Double(abandoned)
        } else {
            mean = nil
            abandonedOnlyMean = nil
        }
        kaplanMeier = Self.kaplanMeier(sample.waits)
        kaplanMeierSample = sample.isSampled ? sample.waits.count : nil
    }

    /// The product-limit estimate; at equal times events go before censorings.
    static func kaplanMeier(_ waits: [(minutes: Double, gaveUp: Bool)]) -> [KaplanMeierStep] {
        let sorted = waits.sorted { $0.minutes < $1.minutes || ($0.minutes == $1.minutes && $0.gaveUp && !$1.gaveUp) }
        var atRisk = Double(sorted.count), survival = 1.0
        var steps: [KaplanMeierStep] = [KaplanMeierStep(minutes: 0, survival: 1)]
        var i = 0
        while i < sorted.count {
            let t = sorted[i].minutes
            var deaths = 0.0, leaving = 0.0
            while i < sorted.count && sorted[i].minutes == t {
                if sorted[i].gaveUp { deaths += 1 }
                leaving += 1
                i += 1
            }
            if deaths > 0 {
                survival *= 1 - deaths / atRisk
                steps.append(KaplanMeierStep(minutes: t, survival: survival))
            }
            atRisk -= leaving
        }
        guard steps.count > 200 else { return steps }
        let stride = Double(steps.count - 1) / 199
        return (0..<200).map { steps[Int((Double($0) * stride).rounded())] }
    }
}
