import Foundation

/// `fit.json`: every fitted parameter with its 95% interval and the data behind it.
extension DemandFit {
    struct Document: Encodable {
        let data: DataSummary
        let exposureHoursByHourOfWeek: [Double]
        let channels: [ChannelDocument]
        let busyDays: BusyDayFit
        let kinds: [KindDocument]
        let definitions: [String: String]
    }

    struct ChannelDocument: Encodable {
        let name: String
        let model: String
        let poolingTest: RateFit.PoolingTest
        let countsByHourOfWeek: [Double]
        let ratesPerHour: [Interval]
    }

    struct KindDocument: Encodable {
        let name: String
        let firstMessages: Int
        let share: Interval
        let handling: DurationFit?
        let patience: PatienceFit?
        let followUp: FollowUpFit?
    }

    public func json() throws -> Data {
        let document = Document(
            data: data, exposureHoursByHourOfWeek: exposure.hours,
            channels: channels.map { ChannelDocument(name: $0.channel, model: $0.chosen.rawValue, poolingTest: $0.test,
                                                     countsByHourOfWeek: $0.counts, ratesPerHour: $0.rates) },
            busyDays: busyDays,
            kinds: kinds.map { KindDocument(name: $0.name, firstMessages: $0.count, share: $0.share, handling: $0.handling,
                                            patience: $0.patience, followUp: $0.followUp) },
            definitions: Self.definitions)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(document)
    }

    static let definitions = [
        "rates": "first messages per real hour of exposure, per local hour of the week (Monday 00:00-01:00 first); 95% exact Poisson (Garwood) intervals from GSL's gamma quantiles, widened by phi = 1 + cv^2 * rate when busy days are found",
        "exposure": "real hours of the included days carrying each local hour-of-week label: the spring-forward hour has 0 on its day, the fall-back hour 2",
        "busy_days": "gamma day factor cv by weekday-corrected moments; over-dispersion p-value and cv interval by parametric bootstrap",
        "handling": "minutes from started_at to responded_at (closed_at with --handling closed or without responded_at), first messages; ML fits compared by AIC, KS distance, parametric-bootstrap p-value",
        "patience": "censored exponential: abandonments / total observed waiting minutes (answered waits censored at the start); Garwood interval; abandoned_only_mean is biased low, for comparison",
        "follow_up": "probability that an answered message is followed by another of its conversation (Clopper-Pearson); delay from the answer to it, minutes",
    ]
}
