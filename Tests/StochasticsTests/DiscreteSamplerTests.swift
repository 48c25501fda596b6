import Testing
import Stochastics

@Suite("DiscreteSampler")
struct DiscreteSamplerTests {
    /// Frequencies of weights [1, 2, 7] against the shares 0.1, 0.2, 0.7: each count is
    /// binomial(n, p), so its standard error is √(n p (1 − p)); 4 s.e. is the bound.
    @Test("frequencies follow the weights")
    func frequencies() throws {
        let sampler = try #require(DiscreteSampler(weights: [1, 2, 7]))
        #expect(sampler.count == 3)
        let stream = try #require(RandomStream(seed: 2018))
        let n = 100_000
        var counts = [0, 0, 0]
        for _ in 0..<n {
            let i = sampler.sample(stream)
            try #require((0..<3).contains(i))
            counts[i] += 1
        }
        for (count, p) in zip(counts, [0.1, 0.2, 0.7]) {
            let se = (Double(n) * p * (1 - p)).squareRoot()
            #expect(abs(Double(count) - Double(n) * p) < 4 * se, "count \(count) for share \(p)")
        }
    }

    @Test("an outcome with weight 0 is never drawn")
    func zeroWeightNeverDrawn() throws {
        let sampler = try #require(DiscreteSampler(weights: [0, 1, 0, 3]))
        let stream = try #require(RandomStream(seed: 3))
        for _ in 0..<20_000 {
            let i = sampler.sample(stream)
            #expect(i == 1 || i == 3)
        }
    }

    @Test("a single outcome is always drawn")
    func singleOutcome() throws {
        let sampler = try #require(DiscreteSampler(weights: [0.3]))
        let stream = try #require(RandomStream(seed: 3))
        for _ in 0..<100 { #expect(sampler.sample(stream) == 0) }
    }

    @Test("invalid weights give nil", arguments: [[Double](), [-1, 2], [0, 0], [1, .nan]])
    func invalidWeights(_ weights: [Double]) {
        #expect(DiscreteSampler(weights: weights) == nil)
    }
}
