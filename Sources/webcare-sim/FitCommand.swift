import ArgumentParser
import Calibration
import Foundation

/// `webcare-sim fit EXPORT... --out DIR`: a scenario's demand fitted from a message export (or a
/// trace of `run --trace`), written as DIR/demand.yaml and DIR/fit.json (and an HTML report).
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a scenario's demand (rates by hour of the week, busy days, kinds' handling, patience, follow-ups) from a message export.",
        discussion: """
        Reads CSV (comma, semicolon or tab; RFC 4180 quoting; UTF-8 with or without BOM) and .xlsx. \
        Fields: message_id, received_at and channel (required), conversation_id, kind, started_at, \
        responded_at, closed_at, abandoned_at, officer, site. A trace of run --trace needs no --map. \
        Bad input: one line FILE:ROW:COLUMN: problem, exit 1, nothing written.
        """
    )

    @Argument(help: "Export files (.csv, .tsv, .txt or .xlsx), read as one data set.")
    var files: [String]

    @Option(help: "Folder to write demand.yaml and fit.json into (created if missing).")
    var out: String

    @Option(help: "IANA time zone of times without an offset (default Europe/Amsterdam; UTC for a trace).")
    var timezone: String?

    @Option(name: .customLong("map"), help: ArgumentHelp("The export's column for a field (repeatable).", valueName: "FIELD=COLUMN"))
    var maps: [String] = []

    @Option(help: "Built-in column names: coosto, obi4wan, hootsuite, sprinklr (best-effort; --map wins).")
    var profile: String?

    @Option(name: .customLong("kind-map"), help: ArgumentHelp("A tag's kind (repeatable); other tags become 'other'.", valueName: "TAG=KIND"))
    var kindMaps: [String] = []

    @Option(help: "Date format of the times, from yyyy MM dd HH mm ss SSS, e.g. 'dd.MM.yyyy HH:mm'.")
    var dateFormat: String?

    @Option(help: "The .xlsx sheet to read (default the first).")
    var sheet: String?

    @Option(help: ArgumentHelp("A day to leave out of the rates, yyyy-mm-dd (repeatable).", valueName: "DATE"))
    var exclude: [String] = []

    @Option(help: "First day of the period, yyyy-mm-dd (default: the first message's date).")
    var from: String?

    @Option(help: "Last day of the period, yyyy-mm-dd (default: the last message's date).")
    var to: String?

    @Option(help: "Public holidays left out of the rates: nl (the Dutch calendar, the default) or none.")
    var holidays: String = "nl"

    @Option(help: "Where handling ends: responded (responded_at, the default) or closed (closed_at).")
    var handling: String = "responded"

    @Option(help: "Rates per hour of the week (week), as hour-of-day shape × weekday factors (day), or by AIC (auto).")
    var pool: String = "auto"

    @Option(help: "Seed of the parametric bootstraps (the fit is the same for the same input and seed).")
    var seed: UInt32 = 1

    @Option(help: "Memory in MiB the reading's external sorts may hold (duplicate ids, conversations); more is spilled to the temporary folder.")
    var sortMemory: Int = 24

    @Option(help: "Also write an HTML fit report to this file.")
    var report: String?

    func run() throws {
        do throws(ExportError) {
            let (options, settings) = try parsed()
            let data = try ExportReader.read(files, options: options)
            let fit = try DemandFit(data, settings: settings)
            let outputs = try FitOutputs(fit: fit, out: out, report: report)
            try outputs.write()
            Console.output(FitSummary.text(fit, out: out))
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// The options, checked before any file is read.
    func parsed() throws(ExportError) -> (ExportOptions, DemandFit.Settings) {
        func fail(_ option: String, _ message: String) -> ExportError { ExportError(file: option, row: 0, column: 0, message: message) }
        var options = ExportOptions()
        for argument in maps {
            switch ExportOptions.parseMap(argument) {
            case .success(let (field, column)): options.map[field] = column
            case .failure(let error): throw error
            }
        }
        if let profile {
            guard let known = ExportProfile(rawValue: profile.lowercased()) else {
                throw fail("--profile", "\(profile): unknown; expected one of \(ExportProfile.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.profile = known
        }
        for argument in kindMaps {
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw fail("--kind-map", "\(argument): expected TAG=KIND") }
            options.kindMap[parts[0].lowercased()] = parts[1]
        }
        if let dateFormat, !TimeParser.isValidFormat(dateFormat) {
            throw fail("--date-format", "\(dateFormat): expected a pattern with yyyy, MM, dd, HH and mm (and optionally ss, SSS)")
        }
        options.timeZone = timezone
        options.dateFormat = dateFormat
        options.sheet = sheet
        guard (1...4_096).contains(sortMemory) else { throw fail("--sort-memory", "\(sortMemory): expected 1 to 4096 MiB") }
        options.sortBudget = sortMemory << 20
        var settings = DemandFit.Settings()
        for day in exclude {
            guard let date = CivilDate(day) else { throw fail("--exclude", "\(day): expected a date yyyy-mm-dd that exists") }
            settings.excludedDays.insert(date)
        }
        for (option, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            guard let date = CivilDate(value) else { throw fail(option, "\(value): expected a date yyyy-mm-dd that exists") }
            if option == "--from" { settings.from = date } else { settings.to = date }
        }
        if let a = settings.from, let b = settings.to, b < a { throw fail("--to", "\(b) is before --from \(a)") }
        guard ["nl", "none"].contains(holidays) else { throw fail("--holidays", "\(holidays): expected nl or none") }
        settings.holidays = holidays == "nl"
        guard ["responded", "closed"].contains(handling) else { throw fail("--handling", "\(handling): expected responded or closed") }
        settings.handlingEndsAtClose = handling == "closed"
        guard let pooling = RateFit.Pooling(rawValue: pool) else { throw fail("--pool", "\(pool): expected auto, week or day") }
        settings.pooling = pooling
        settings.seed = seed
        return (options, settings)
    }
}
