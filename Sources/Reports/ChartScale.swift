import Foundation

/// A linear axis for a chart: a "nice" domain (rounded to a step of 1, 2 or 5 × 10ⁿ) that
/// covers the data, its tick values, and fixed-decimal labels, so the same data always give
/// the same SVG text.
struct ChartScale {
    /// How tick labels are written.
    enum Unit {
        /// Plain numbers, as many decimals as the tick step needs.
        case number
        /// Shares in [0, 1] written as percentages.
        case percent
    }

    let low: Double
    let high: Double
    let ticks: [Double]
    let unit: Unit
    private let decimals: Int

    /// A scale covering `values` (and zero when `includeZero`), or exactly `fixed` when given.
    init(covering values: [Double], unit: Unit, includeZero: Bool = true, fixed: ClosedRange<Double>? = nil,
         tickCount: Int = 5) {
        self.unit = unit
        var minimum = values.min() ?? 0
        var maximum = values.max() ?? 1
        if includeZero { minimum = min(minimum, 0); maximum = max(maximum, 0) }
        if let fixed { minimum = fixed.lowerBound; maximum = fixed.upperBound }
        if maximum - minimum <= 0 {
            let pad = maximum == 0 ? 1 : abs(maximum) * 0.1
            minimum -= minimum == 0 ? 0 : pad
            maximum += pad
        }
        let step = Self.niceStep((maximum - minimum) / Double(max(tickCount, 1)))
        low = fixed == nil ? (minimum / step).rounded(.down) * step : minimum
        high = fixed == nil ? (maximum / step).rounded(.up) * step : maximum
        var ticks: [Double] = []
        var k = (low / step).rounded(.up)
        while k * step <= high + step * 1e-9 {
            ticks.append(k * step)
            k += 1
        }
        self.ticks = ticks
        let stepDecimals = max(0, -Int((log10(step) + 1e-9).rounded(.down)))
        decimals = unit == .percent ? max(0, stepDecimals - 2) : stepDecimals
    }

    /// The smallest of 1, 2, 5 × 10ⁿ at or above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let normalized = raw / magnitude
        let nice: Double = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10
        return nice * magnitude
    }

    /// Maps `value` from the domain onto [from, to] (to may be below from, for a y axis).
    func position(_ value: Double, from: Double, to: Double) -> Double {
        from + (value - low) / (high - low) * (to - from)
    }

    /// The tick label of `value`: fixed decimals, a percent sign for shares.
    func label(_ value: Double) -> String {
        switch unit {
        case .number: Self.fixed(value, decimals: decimals)
        case .percent: Self.fixed(value * 100, decimals: decimals) + "%"
        }
    }

    /// `value` with `decimals` decimals, never "-0".
    static func fixed(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return Double(text) == 0 && text.hasPrefix("-") ? String(text.dropFirst()) : text
    }

    /// An SVG coordinate: one decimal, never "-0.0".
    static func coordinate(_ value: Double) -> String { fixed(value, decimals: 1) }
}
