/// Reading scalars. Every scalar is read from its raw text, never through YAML's own typing, so
/// `14:00` stays a time of day (YAML 1.1 would make it the integer 840) and `1_000`, `0x10` or
/// `.inf` are not taken for numbers.
extension YAMLValue {
    /// The raw text of a scalar that has a value.
    func text(expected: String) throws(ScenarioError) -> String {
        guard let text = node.text, !isNull else { throw unexpected(expected) }
        return text
    }

    /// A name: text that is not blank, at most `ScenarioLimits.nameCharacters` long.
    func name(expected: String) throws(ScenarioError) -> String {
        let value = try nonBlank(expected: expected)
        let limit = ScenarioLimits.nameCharacters
        guard value.utf8.count <= limit * 4, value.count <= limit else {
            throw error("a name of \(value.count) characters; expected \(expected), at most \(limit) characters")
        }
        return value
    }

    /// Text that is not blank.
    func nonBlank(expected: String) throws(ScenarioError) -> String {
        let value = try text(expected: expected)
        guard !value.allSatisfy(\.isWhitespace) else { throw error("an empty name; expected \(expected)") }
        return value
    }

    /// A finite decimal number for which `accept` holds.
    func number(expected: String, accept: (Double) -> Bool) throws(ScenarioError) -> Double {
        guard let text = node.text, !isNull else { throw unexpected(expected) }
        guard let value = YAMLValue.decimal(text) else {
            let withPoint = text.replacing(",", with: ".")
            if text.filter({ $0 == "," }).count == 1, YAMLValue.decimal(withPoint) != nil {
                throw error("\(summary) has a decimal comma; use a decimal point: \(withPoint)")
            }
            throw notA("a number", expected: expected)
        }
        guard accept(value) else { throw unexpected(expected) }
        return value
    }

    /// A yes/no value: `true` or `false` (also `True`, `TRUE`, `False`, `FALSE`, as in YAML 1.2).
    func bool(expected: String) throws(ScenarioError) -> Bool {
        guard let text = node.text, !isNull else { throw unexpected(expected) }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw notA("true or false", expected: expected)
        }
    }

    /// A whole number within `range`.
    func integer(expected: String, in range: ClosedRange<Int>) throws(ScenarioError) -> Int {
        guard let text = node.text, !isNull else { throw unexpected(expected) }
        guard YAMLValue.isWholeNumber(text) else {
            throw notA(YAMLValue.decimal(text) == nil ? "a number" : "a whole number", expected: expected)
        }
        guard let value = Int(text), range.contains(value) else { throw unexpected(expected) }
        return value
    }

    /// A whole number from 0 to 2^64 - 1.
    func unsigned(expected: String) throws(ScenarioError) -> UInt64 {
        guard let text = node.text, !isNull else { throw unexpected(expected) }
        guard YAMLValue.isWholeNumber(text) else {
            throw notA(YAMLValue.decimal(text) == nil ? "a number" : "a whole number", expected: expected)
        }
        guard let value = UInt64(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            throw unexpected(expected)
        }
        return value
    }

    /// A limit as written in a message: a whole number without a fraction, else as Swift prints it.
    static func shown(_ limit: Double) -> String {
        limit.rounded() == limit && abs(limit) < 1e15 ? String(Int(limit)) : String(limit)
    }

    /// True for an optional sign followed by decimal digits only.
    static func isWholeNumber(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The value of a finite decimal number written as `[+-]digits[.digits][e[+-]digits]`
    /// (digits may be omitted on one side of the point), or nil for anything else.
    static func decimal(_ text: String) -> Double? {
        var rest = Substring(text)
        func skipDigits() -> Int {
            let count = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(count)
            return count
        }
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        var mantissaDigits = skipDigits()
        if rest.first == "." {
            rest = rest.dropFirst()
            mantissaDigits += skipDigits()
        }
        guard mantissaDigits > 0 else { return nil }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
            guard skipDigits() > 0 else { return nil }
        }
        guard rest.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
