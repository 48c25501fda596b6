import Foundation

extension WeekHeatMap {
    /// A share as whole percent without the sign, e.g. 0.842 → "84".
    static func percent(_ share: Double) -> String {
        String(Int((share * 100).rounded()))
    }

    /// Minutes in at most four characters: "4.2", "308", "1.7k", "17k".
    static func minutes(_ value: Double) -> String {
        let size = abs(value)
        let text: String
        if size < 9.95 {
            text = String(format: "%.1f", size)
        } else if size < 999.5 {
            text = String(format: "%.0f", size)
        } else if size < 9_950 {
            text = String(format: "%.1fk", size / 1_000)
        } else {
            text = String(format: "%.0fk", size / 1_000)
        }
        return (value < 0 && text.contains(where: { "123456789".contains($0) }) ? "-" : "") + text
    }

    /// A signed change: "+12" percentage points of a share, or signed minutes ("-4.2", "+308");
    /// "0" when it rounds to nothing.
    static func change(_ value: Double, share: Bool) -> String {
        let text = share ? percent(abs(value)) : minutes(abs(value))
        guard text.contains(where: { "123456789".contains($0) }) else { return "0" }
        return (value < 0 ? "-" : "+") + text
    }
}
