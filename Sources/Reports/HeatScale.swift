import Foundation

/// The colour scale of a week heat map, from a value to a fill colour (hex) and a text colour
/// that stays readable on it. Sequential scales use viridis (colour-blind safe, darker is worse);
/// the difference scale is red–white–blue (blue better than the baseline, red worse, white no
/// change). Every scale states in its legend which end is better.
struct HeatScale: Equatable {
    enum Kind: Equatable {
        /// A share from 0 to 1, higher is better (service level).
        case share
        /// Minutes from 0 to `high` on a log(1 + minutes) scale, lower is better (waits).
        case minutes(high: Double)
        /// A difference from -`bound` to +`bound`; `higherIsBetter` says which sign is the better one.
        case difference(bound: Double, higherIsBetter: Bool)
    }

    let kind: Kind

    /// Where `value` sits on the scale: 0 (worst) ... 1 (best); for a difference, 0.5 is no change.
    func position(_ value: Double) -> Double {
        let t: Double
        switch kind {
        case .share: t = value
        case .minutes(let high): t = high > 0 ? 1 - log1p(max(value, 0)) / log1p(high) : 1
        case .difference(let bound, let higherIsBetter):
            let signed = bound > 0 ? value / bound : 0
            t = 0.5 + 0.5 * (higherIsBetter ? signed : -signed)
        }
        return min(1, max(0, t.isFinite ? t : 0.5))
    }

    /// The fill colour of `value`, "#rrggbb".
    func fill(_ value: Double) -> String { Self.hex(rgb(value)) }

    /// Black or white text, whichever reads better on the fill of `value`.
    func ink(_ value: Double) -> String {
        let (r, g, b) = rgb(value)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? "#fff" : "#000"
    }

    private func rgb(_ value: Double) -> RGB {
        if case .difference = kind { return Self.interpolate(Self.redWhiteBlue, position(value)) }
        return Self.interpolate(Self.viridis, position(value))
    }

    /// The values at which the legend shows a swatch: six points from the worst end to the best.
    var legendValues: [Double] {
        switch kind {
        case .share: return [0, 0.2, 0.4, 0.6, 0.8, 1]
        case .minutes(let high):
            return (0..<6).map { step in expm1(log1p(high) * Double(5 - step) / 5) }
        case .difference(let bound, let higherIsBetter):
            let sign: Double = higherIsBetter ? 1 : -1
            return [-1, -0.6, -0.2, 0.2, 0.6, 1].map { sign * $0 * bound }
        }
    }

    typealias RGB = (Double, Double, Double)

    static let viridis: [RGB] = ["440154", "3b528b", "21918c", "5ec962", "fde725"].map(rgb(hex:))

    static let redWhiteBlue: [RGB] = ["b2182b", "ef8a62", "fddbc7", "f7f7f7", "d1e5f0", "67a9cf", "2166ac"].map(rgb(hex:))

    /// "rrggbb" as red, green and blue in 0 ... 1.
    static func rgb(hex: String) -> RGB {
        let value = Double(UInt32(hex, radix: 16) ?? 0)
        let red = (value / 65_536).rounded(.down)
        let green = ((value - red * 65_536) / 256).rounded(.down)
        let blue = value - red * 65_536 - green * 256
        return (red / 255, green / 255, blue / 255)
    }

    /// The colour at `t` (0 ... 1) of evenly spaced `stops`, linear in RGB.
    static func interpolate(_ stops: [RGB], _ t: Double) -> RGB {
        let scaled = t * Double(stops.count - 1)
        let index = min(stops.count - 2, Int(scaled))
        let f = scaled - Double(index)
        let (a, b) = (stops[index], stops[index + 1])
        return (a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    static func hex(_ rgb: RGB) -> String {
        func byte(_ v: Double) -> String {
            let n = Int((min(1, max(0, v)) * 255).rounded())
            return (n < 16 ? "0" : "") + String(n, radix: 16)
        }
        return "#" + byte(rgb.0) + byte(rgb.1) + byte(rgb.2)
    }
}
