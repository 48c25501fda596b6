/// Reads date-times of an export: ISO 8601 (`2024-03-31T02:30:00`, with `T` or a space, optional
/// seconds and fraction, optional `Z` or `±HH:MM` / `±HHMM` offset), `dd-mm-yyyy HH:MM[:SS]`,
/// `dd/mm/yyyy HH:MM[:SS]`, or a `--date-format` pattern of `yyyy`, `MM`, `dd`, `HH`, `mm`, `ss`,
/// `SSS` and literal characters. A time without an offset is a wall-clock time of `clock`'s zone.
/// Results are seconds since 1970-01-01 00:00 UTC.
public struct TimeParser {
    public let clock: ZoneClock
    let pattern: [Token]?
    /// Times read in a repeated (fall-back) hour, taken as the first of the two.
    public private(set) var repeatedHourTimes = 0

    enum Token: Equatable {
        case year, month, day, hour, minute, second, millisecond
        case literal(UInt8)
    }

    /// A parser for `clock`'s zone; `format` is an optional `--date-format` pattern.
    public init(clock: ZoneClock, format: String? = nil) {
        self.clock = clock
        pattern = format.map(Self.tokens)
    }

    static func tokens(_ format: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(format)
        let names: [(String, Token)] = [("yyyy", .year), ("MM", .month), ("dd", .day), ("HH", .hour), ("mm", .minute),
                                        ("ss", .second), ("SSS", .millisecond)]
        outer: while let first = rest.utf8.first, let character = rest.first {
            for (name, token) in names where rest.hasPrefix(name) {
                tokens.append(token)
                rest = rest.dropFirst(name.count)
                continue outer
            }
            tokens.append(contentsOf: character.utf8.map(Token.literal))
            _ = first
            rest = rest.dropFirst()
        }
        return tokens
    }

    /// Whether `format` has the fields a date-time needs (yyyy, MM, dd, HH, mm).
    public static func isValidFormat(_ format: String) -> Bool {
        let tokens = tokens(format)
        return [Token.year, .month, .day, .hour, .minute].allSatisfy(tokens.contains)
    }

    /// The instant `text` names, or the reason it names none.
    public mutating func parse(_ text: String) -> Result<Double, TimeError> {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    mutating func parse(bytes: UnsafeBufferPointer<UInt8>) -> Result<Double, TimeError> {
        var low = 0, high = bytes.count
        while high > low, bytes[high - 1] == 32 { high -= 1 }
        while low < high, bytes[low] == 32 { low += 1 }
        let bytes = UnsafeBufferPointer(rebasing: bytes[low..<high])
        guard let fields = pattern.map({ Self.match(bytes, $0) }) ?? Self.builtIn(bytes) else {
            return .failure(Self.looksLikeNumber(bytes) ? .number(decimalComma: bytes.contains(UInt8(ascii: ",")))
                                                        : .unreadable)
        }
        guard let date = CivilDate(year: fields.year, month: fields.month, day: fields.day),
              fields.hour < 24, fields.minute < 60, fields.second < 61 else { return .failure(.noSuchDate) }
        let local = Double(date.daysSince1970) * 86_400 + Double(fields.hour * 3_600 + fields.minute * 60 + fields.second)
            + fields.fraction
        if let offset = fields.offset { return .success(local - Double(offset)) }
        guard let found = clock.utc(fromLocal: local) else { return .failure(.skippedHour) }
        if found.repeated { repeatedHourTimes += 1 }
        return .success(found.utc)
    }

    /// As `parse`, but a plain number is an Excel date serial (days since 1899-12-30, wall clock).
    public mutating func parse(excelSerial text: String) -> Result<Double, TimeError> {
        guard let serial = Double(text), serial.isFinite, serial > 0, serial < 2_958_466 else { return parse(text) }
        let local = ((serial - 25_569) * 86_400 * 1_000).rounded() / 1_000
        guard let found = clock.utc(fromLocal: local) else { return .failure(.skippedHour) }
        if found.repeated { repeatedHourTimes += 1 }
        return .success(found.utc)
    }

    /// Why a text is not a date-time.
    public enum TimeError: Error, Equatable {
        case unreadable, noSuchDate, skippedHour
        case number(decimalComma: Bool)
    }

    struct Fields {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset: Int?
    }

    static func looksLikeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 44 || $0 == 46 || $0 == 45 }
            && bytes.filter({ $0 == 44 || $0 == 46 }).count <= 1 && !bytes.dropFirst().contains(45)
    }

    /// ISO 8601 or a Dutch day-first form.
    static func builtIn(_ b: UnsafeBufferPointer<UInt8>) -> Fields? {
        guard b.count >= 16 else { return nil }
        var f = Fields()
        var i: Int
        if b[4] == UInt8(ascii: "-") {
            guard let y = number(b, 0, 4), let m = number(b, 5, 2), b[7] == UInt8(ascii: "-"), let d = number(b, 8, 2),
                  b[10] == UInt8(ascii: "T") || b[10] == 32 else { return nil }
            (f.year, f.month, f.day) = (y, m, d)
        } else if b[2] == UInt8(ascii: "-") || b[2] == UInt8(ascii: "/") {
            guard let d = number(b, 0, 2), let m = number(b, 3, 2), b[5] == b[2], let y = number(b, 6, 4), b[10] == 32
            else { return nil }
            (f.year, f.month, f.day) = (y, m, d)
        } else {
            return nil
        }
        guard let h = number(b, 11, 2), b[13] == UInt8(ascii: ":"), let mi = number(b, 14, 2) else { return nil }
        (f.hour, f.minute) = (h, mi)
        i = 16
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let s = number(b, i + 1, 2) else { return nil }
            f.second = s
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                var j = i + 1, scale = 0.1
                while j < b.count, b[j] >= 48, b[j] <= 57 {
                    f.fraction += Double(b[j] - 48) * scale
                    scale /= 10
                    j += 1
                }
                guard j > i + 1 else { return nil }
                i = j
            }
        }
        guard i < b.count else { return f }
        if b[i] == UInt8(ascii: "Z") && i == b.count - 1 {
            f.offset = 0
            return f
        }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), let oh = number(b, i + 1, 2) else { return nil }
        var om = 0
        if b.count == i + 6, b[i + 3] == UInt8(ascii: ":"), let m = number(b, i + 4, 2) {
            om = m
        } else if b.count == i + 5, let m = number(b, i + 3, 2) {
            om = m
        } else if b.count != i + 3 {
            return nil
        }
        guard oh <= 14, om < 60 else { return nil }
        f.offset = (b[i] == UInt8(ascii: "-") ? -1 : 1) * (oh * 3_600 + om * 60)
        return f
    }

    /// The `--date-format` pattern.
    static func match(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> Fields? {
        var f = Fields()
        var i = 0
        for token in tokens {
            let width: Int
            switch token {
            case .literal(let byte):
                guard i < b.count, b[i] == byte else { return nil }
                i += 1
                continue
            case .year: width = 4
            case .millisecond: width = 3
            default: width = 2
            }
            guard let value = number(b, i, width) else { return nil }
            i += width
            switch token {
            case .year: f.year = value
            case .month: f.month = value
            case .day: f.day = value
            case .hour: f.hour = value
            case .minute: f.minute = value
            case .second: f.second = value
            case .millisecond: f.fraction = Double(value) / 1_000
            case .literal: break
            }
        }
        return i == b.count ? f : nil
    }

    /// The decimal number in `width` digits at `start`.
    @inline(__always)
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ width: Int) -> Int? {
        guard start + width <= b.count else { return nil }
        var value = 0
        for k in start..<(start + width) {
            let digit = Int(b[k]) - 48
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
