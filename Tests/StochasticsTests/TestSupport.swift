import Foundation
import Stochastics

/// Sample moments of a list of draws: mean and unbiased (n − 1) variance, by two passes.
struct SampleMoments {
    let count: Int
    let mean: Double
    let variance: Double

    init(_ values: [Double]) {
        count = values.count
        mean = values.reduce(0, +) / Double(values.count)
        let m = mean
        variance = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)
    }
}

/// Draws `n` values from a fresh stream with the given seed.
func draws(_ n: Int, seed: UInt32, _ draw: (RandomStream) -> Double) -> [Double] {
    guard let stream = RandomStream(seed: seed) else { fatalError("GSL could not allocate a generator") }
    return (0..<n).map { _ in draw(stream) }
}

/// True when |a − b| ≤ relative · |b| (exact-value comparisons of formulas).
func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
    abs(a - b) <= relative * abs(b)
}
