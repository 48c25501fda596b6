/// Escaping for text placed in HTML and SVG: every string that comes from a scenario or a
/// results file goes through `escape` before it reaches the page, so markup in a scenario
/// name is shown as text and never interpreted.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references; safe both as
    /// element content and inside a quoted attribute value.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
