import Foundation
import Testing

/// `run --trace` and `fit` together, through the binary: a trace changes no result and does not
/// depend on the thread count; a scenario with known demand, traced and fitted, gives intervals
/// that cover the truth as often as 95% intervals should, and the refitted scenario (`base:
/// demand.yaml` plus the same roster) gives the same waits and service level within the intervals.
@Suite struct TraceRoundTripTests {
    static let shape = [1.0, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3.5, 4.0, 4.0, 4.0, 4.0, 4.5, 4.5, 5.0, 5.5, 6.0, 7.0, 7.5, 7.0, 5.0, 2.5]
    static let factors = [1.0, 1.0, 1.0, 1.0, 1.05, 1.10, 0.90]
    static let perDay = ["facebook": 60.0, "twitter": 30.0]

    /// The true rate of `channel` in hour `i` of the week (the loader's formula).
    static func rate(_ channel: String, _ i: Int) -> Double {
        perDay[channel]! * factors[i / 24] * shape[i % 24] / shape.reduce(0, +)
    }

    static let roster = """
    run: {horizon_weeks: 8, warmup_days: 7, replications: 10, seed: 5}
    service_level: {target_minutes: 60}
    shifts:
      - {name: day, days: daily, start: "08:00", end: "22:00", officers: 2}
      - {name: night, days: daily, start: "22:00", end: "08:00", officers: 1}
    """

    static let demand = """
    channels:
      - {name: facebook, messages_per_day: 60, hour_shape: \(shape), weekday_factors: \(factors)}
      - {name: twitter, messages_per_day: 30, hour_shape: \(shape), weekday_factors: \(factors)}
    kinds:
      - name: question
        share: 0.7
        handling: {dist: lognormal, mean: 8, sd: 6}
        patience: {dist: exponential, mean: 120}
        follow_up: {probability: 0.2, delay: {dist: exponential, mean: 45}, handling: {dist: lognormal, mean: 4, sd: 3}}
      - name: tip
        share: 0.3
        handling: {dist: lognormal, mean: 15, sd: 10}
    busy_days: {cv: 0.2}
    """

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func summary(_ folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        object["performance"] = nil
        object["provenance"] = nil
        return object
    }

    static func metric(_ summary: [String: Any], _ name: String) -> (mean: Double, low: Double, high: Double) {
        let m = (summary["metrics"] as? [String: Any])?[name] as? [String: Double] ?? [:]
        return (m["mean"] ?? .nan, m["ci95_low"] ?? .nan, m["ci95_high"] ?? .nan)
    }

    @Test func traceChangesNoResultWithOrWithoutTeamKeys() throws {
        let folder = try FitBinary.temporaryDirectory()
        let team = try Self.write("name: known\n" + Self.roster + "\n" + Self.demand, "known.yaml", in: folder)
        let plain = try Self.write("""
            name: plain
            run: {horizon_days: 10, warmup_days: 1, replications: 4, seed: 2}
            service_level: {target_minutes: 5}
            channels: [{name: chat, messages_per_hour: 30}]
            kinds: [{name: q, share: 1, handling: {dist: exponential, mean: 9}, patience: {dist: exponential, mean: 10}}]
            shifts: [{name: all, days: daily, start: "00:00", end: "24:00", officers: 5}]
            """, "plain.yaml", in: folder)
        for scenario in [team, plain] {
            let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
            let traces = [folder.appendingPathComponent("t1.csv"), folder.appendingPathComponent("t2.csv")]
            let first = try FitBinary.run(["run", scenario, "--out", a.path, "--threads", "1", "--trace", traces[0].path])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(try FitBinary.run(["run", scenario, "--out", b.path, "--threads", "2"]).status == 0)
            #expect(try FitBinary.run(["run", scenario, "--out", b.path, "--threads", "2", "--trace", traces[1].path]).status == 0)
            #expect(NSDictionary(dictionary: try Self.summary(a)).isEqual(to: try Self.summary(b)))
            #expect(try Data(contentsOf: traces[0]) == Data(contentsOf: traces[1]))
            // One row per counted message: the summary's arrivals, every replication. The mean
            // over replications of messages per week, times weeks and replications, is their
            // whole total up to floating-point rounding, so the row count is the nearest integer.
            let rows = try String(contentsOf: traces[0], encoding: .utf8).split(separator: "\n").count - 1
            let perWeek = Self.metric(try Self.summary(a), "messages_per_week").mean
            let weeks = scenario == team ? 8.0 : 10.0 / 7, replications = scenario == team ? 10.0 : 4.0
            #expect(abs(Double(rows) - perWeek * weeks * replications) < 0.5)
        }
    }

    @Test func compareWritesOneTracePerScenario() throws {
        let folder = try FitBinary.temporaryDirectory()
        let a = try Self.write("name: a\n" + Self.roster + "\n" + Self.demand, "a.yaml", in: folder)
        let b = try Self.write("name: b\n" + Self.roster.replacingOccurrences(of: "officers: 2", with: "officers: 3") + "\n" + Self.demand,
                               "b.yaml", in: folder)
        let trace = folder.appendingPathComponent("t.csv")
        let outcome = try FitBinary.run(["compare", a, b, "--set", "run.horizon_weeks=1", "--replications", "2", "--trace", trace.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        for stem in ["a", "b"] {
            let text = try String(contentsOf: folder.appendingPathComponent("t-\(stem).csv"), encoding: .utf8)
            #expect(text.hasPrefix("message_id,received_at,channel,conversation_id,kind,started_at,responded_at,closed_at,abandoned_at,officer,site,replication,thread,wait_min\n"))
        }
        #expect(!FileManager.default.fileExists(atPath: trace.path))
        // Common random numbers: the same first messages arrive in both traces.
        func firsts(_ stem: String) throws -> [Substring] {
            try String(contentsOf: folder.appendingPathComponent("t-\(stem).csv"), encoding: .utf8).split(separator: "\n")
                .filter { $0.contains(",first,") }.map { $0.split(separator: ",")[1] }
        }
        #expect(try Set(firsts("a")) == Set(firsts("b")))
    }

    @Test(.tags(.statistical), .enabled(if: Tag.slowSuitesEnabled, "WEBCARE_FAST_TESTS is set"))
    func roundTripCoversTheTruth() throws {
        let folder = try FitBinary.temporaryDirectory()
        let scenario = try Self.write("name: known\n" + Self.roster + "\n" + Self.demand, "known.yaml", in: folder)
        let trace = folder.appendingPathComponent("trace.csv"), fitted = folder.appendingPathComponent("fitted")
        let original = folder.appendingPathComponent("original"), refit = folder.appendingPathComponent("refit")
        #expect(try FitBinary.run(["run", scenario, "--out", original.path, "--trace", trace.path]).status == 0)
        let fit = try FitBinary.run(["fit", trace.path, "--out", fitted.path, "--pool", "week"])
        #expect(fit.status == 0, "\(fit.stderr)")
        let json = try FitBinary.fitJSON(fitted)

        // Rates: 2 channels × 168 hours; 30 or more misses of 336 95% intervals has chance
        // P(Bin(336, 0.05) >= 30) = 0.001 (the busy days' shared day factors are in the intervals' φ).
        var misses = 0, cells = 0
        for channel in json["channels"] as? [[String: Any]] ?? [] {
            let name = channel["name"] as? String ?? ""
            for (i, interval) in (channel["rates_per_hour"] as? [[String: Double]] ?? []).enumerated() {
                cells += 1
                let truth = Self.rate(name, i)
                if !(interval["lower"]! <= truth && truth <= interval["upper"]!) { misses += 1 }
            }
        }
        #expect(cells == 336)
        #expect(misses < 30, "\(misses) of 336 rate intervals miss the truth")

        // Eight scalar parameters, each a 95% interval: 3 or more misses has chance
        // P(Bin(8, 0.05) >= 3) = 0.006.
        let kinds = Dictionary(uniqueKeysWithValues: (json["kinds"] as? [[String: Any]] ?? []).map { ($0["name"] as? String ?? "", $0) })
        func interval(_ path: [String], in object: Any?) -> [String: Double] {
            path.reduce(object) { ($0 as? [String: Any])?[$1] } as? [String: Double] ?? [:]
        }
        let checks: [([String: Double], Double)] = [
            (interval(["share"], in: kinds["question"]), 0.7),
            (interval(["handling", "mean"], in: kinds["question"]), 8),
            (interval(["handling", "mean"], in: kinds["tip"]), 15),
            (interval(["patience", "mean"], in: kinds["question"]), 120),
            (interval(["follow_up", "probability"], in: kinds["question"]), 0.2),
            (interval(["follow_up", "delay", "mean"], in: kinds["question"]), 45),
            (interval(["follow_up", "handling", "mean"], in: kinds["question"]), 4),
            (interval(["busy_days", "cv"], in: json), 0.2),
        ]
        var scalarMisses: [String] = []
        for (k, (found, truth)) in checks.enumerated() {
            guard let low = found["lower"], let high = found["upper"] else {
                scalarMisses.append("check \(k): no interval")
                continue
            }
            if !(low <= truth && truth <= high) { scalarMisses.append("check \(k): \(truth) not in [\(low), \(high)]") }
        }
        #expect(scalarMisses.count < 3, "\(scalarMisses)")
        #expect(kinds["tip"]?["patience"] as? [String: Any] == nil || (kinds["tip"]?["patience"] as? [String: Any])?["mean"] == nil)

        // The refitted scenario: base demand.yaml with the same roster validates, runs and agrees.
        let refitFile = try Self.write("name: refit\nbase: fitted/demand.yaml\n" + Self.roster, "refit.yaml", in: folder)
        let validate = try FitBinary.run(["validate", refitFile])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(try FitBinary.run(["run", refitFile, "--out", refit.path]).status == 0)
        let a = try Self.summary(original), b = try Self.summary(refit)
        for name in ["wait_mean_min", "service_level", "abandon_share"] {
            let x = Self.metric(a, name), y = Self.metric(b, name)
            // The 95% intervals of the two runs overlap.
            #expect(x.low <= y.high && y.low <= x.high, "\(name): \(x) vs \(y)")
        }
    }
}
