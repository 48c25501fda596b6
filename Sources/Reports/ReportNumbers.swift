import Stochastics
import WebcareModel

/// How the HTML report writes differences: the sign, then the size in the measure's style
/// (so -56.3 has as many decimals as 56.3), shares in percentage points, and the 95%
/// interval. Fixed decimals throughout, so output is deterministic.
enum ReportNumbers {
    /// `value` in `style` with a leading "-" when negative (and "+" when positive and
    /// `plus`); never "-0.0". Shares are written in percentage points without a unit.
    static func number(_ value: Double, _ style: NumberStyle, plus: Bool = false) -> String {
        let size = style == .share ? ChartScale.fixed(abs(value) * 100, decimals: 1) : style.format(abs(value))
        let isZero = Double(size) == 0
        if value < 0 && !isZero { return "-" + size }
        return (plus && value > 0 && !isZero ? "+" : "") + size
    }

    /// A signed difference: "+1.23", "-56.3", shares as "+26.7 pp".
    static func signed(_ value: Double, _ style: NumberStyle) -> String {
        number(value, style, plus: true) + (style == .share ? " pp" : "")
    }

    /// "-56.3 [-57.4, -55.2]", shares as "+26.7 pp [26.3, 27.1]"; "-" when undefined.
    static func difference(_ difference: Difference, _ style: NumberStyle) -> String {
        guard let mean = difference.mean else { return "-" }
        return signed(mean, style) + (interval(difference, style).map { " " + $0 } ?? "")
    }

    /// The interval of a difference, "[-57.4, -55.2]", or nil when there is none.
    static func interval(_ difference: Difference, _ style: NumberStyle) -> String? {
        guard let low = difference.ci95Low, let high = difference.ci95High else { return nil }
        return "[\(number(low, style)), \(number(high, style))]"
    }
}
