import Foundation
import Testing
import Stochastics

@Suite("RandomStream")
struct RandomStreamTests {
    @Test("the same seed gives the same sequence, for every kind of draw")
    func sameSeedSameSequence() throws {
        let a = try #require(RandomStream(seed: 2018))
        let b = try #require(RandomStream(seed: 2018))
        for _ in 0..<1000 {
            #expect(a.uniform() == b.uniform())
            #expect(a.exponential(mean: 5) == b.exponential(mean: 5))
            #expect(a.lognormal(zeta: 1, sigma: 0.5) == b.lognormal(zeta: 1, sigma: 0.5))
            #expect(a.gamma(shape: 2, scale: 3) == b.gamma(shape: 2, scale: 3))
            #expect(a.poisson(mean: 4) == b.poisson(mean: 4))
            #expect(a.index(below: 7) == b.index(below: 7))
        }
    }

    static let seedPairs: [(UInt32, UInt32)] = [(1, 2), (2018, 2019), (0, 1), (7, 7 + 32)]

    @Test("different seeds give different sequences", arguments: seedPairs)
    func differentSeedsDiffer(_ seeds: (UInt32, UInt32)) {
        let a = draws(100, seed: seeds.0) { $0.uniform() }
        let b = draws(100, seed: seeds.1) { $0.uniform() }
        // Two independent streams agree on a double draw with probability ~2^-32 each.
        #expect(zip(a, b).filter { $0 == $1 }.count == 0)
    }

    /// StreamSeed hands out consecutive seeds (base + index), so streams seeded s and s + 1 must
    /// look independent. The sample correlation of n independent uniform pairs has standard
    /// error 1/√n; 4 s.e. is the bound.
    @Test("streams from consecutive seeds are uncorrelated", arguments: [UInt32(0), 1, 2018, 4_294_967_294])
    func consecutiveSeedsUncorrelated(_ seed: UInt32) {
        let n = 20_000
        let x = draws(n, seed: seed) { $0.uniform() }
        let y = draws(n, seed: seed &+ 1) { $0.uniform() }
        let mx = SampleMoments(x), my = SampleMoments(y)
        let covariance = zip(x, y).reduce(0) { $0 + ($1.0 - mx.mean) * ($1.1 - my.mean) } / Double(n - 1)
        let correlation = covariance / (mx.variance * my.variance).squareRoot()
        #expect(abs(correlation) < 4 / Double(n).squareRoot())
    }

    /// GSL's `gsl_ran_exponential` takes the MEAN. With mean 5 a rate/mean mix-up would give a
    /// sample mean near 0.2, hundreds of standard errors away. Standard error of the mean of n
    /// exponential draws = mean / √n (the sd of an exponential equals its mean).
    @Test("exponential(mean:) has the given mean and variance mean²")
    func exponentialTakesTheMean() {
        let n = 100_000
        let mean = 5.0
        let m = SampleMoments(draws(n, seed: 11) { $0.exponential(mean: mean) })
        #expect(abs(m.mean - mean) < 4 * mean / Double(n).squareRoot())
        // Var(s²) ≈ (μ4 − σ⁴)/n with μ4 = 9σ⁴ for the exponential: s.e.(s²) = σ²·√(8/n).
        let variance = mean * mean
        #expect(abs(m.variance - variance) < 5 * variance * (8 / Double(n)).squareRoot())
    }

    @Test("uniform() lies in [0, 1) with mean 1/2")
    func uniformRangeAndMean() {
        let n = 100_000
        let x = draws(n, seed: 3) { $0.uniform() }
        #expect(x.allSatisfy { $0 >= 0 && $0 < 1 })
        // sd of U(0,1) = 1/√12.
        #expect(abs(SampleMoments(x).mean - 0.5) < 4 / (12 * Double(n)).squareRoot())
    }

    /// Each of n values is hit with probability 1/n: binomial s.e. per count.
    @Test("index(below:) covers 0..<n evenly")
    func indexBelowIsUniform() throws {
        let stream = try #require(RandomStream(seed: 5))
        let n = 7, draws = 70_000
        var counts = [Int](repeating: 0, count: n)
        for _ in 0..<draws {
            let i = stream.index(below: n)
            try #require(i >= 0 && i < n)
            counts[i] += 1
        }
        let p = 1.0 / Double(n)
        let se = (Double(draws) * p * (1 - p)).squareRoot()
        for c in counts { #expect(abs(Double(c) - Double(draws) * p) < 4 * se) }
    }

    /// The Poisson's variance equals its mean: s.e. of the sample mean = √(mean/n).
    @Test("poisson(mean:) has the given mean")
    func poissonMean() {
        let n = 50_000
        let mean = 3.5
        let m = SampleMoments(draws(n, seed: 13) { Double($0.poisson(mean: mean)) })
        #expect(abs(m.mean - mean) < 4 * (mean / Double(n)).squareRoot())
    }

    /// GSL's taus2 replaces seed 0 by 1; RandomStream gives seed 0 another stream (seeding with
    /// 2^32), because StreamSeed can hand out both seeds in one run. taus2 has 2^32 - 2 seeded
    /// streams: seed 0 (so seeded) shares its stream with 2·69069⁻¹ mod 2^32, and 69069⁻¹ with
    /// 3·69069⁻¹. Both pairs lie 1,271,221,770 apart, more than the seeds of one run span.
    @Test("seed 0 is not an alias of seed 1; the two pairs taus2 seeds alike never meet in one run")
    func seedAliases() {
        #expect(draws(10, seed: 0) { $0.uniform() } != draws(10, seed: 1) { $0.uniform() })
        let inverse: UInt32 = 2_783_094_533
        #expect(inverse &* 69_069 == 1)
        let pairs: [(UInt32, UInt32)] = [(0, 2 &* inverse), (inverse, 3 &* inverse)]
        let span = StreamSeed.maxReplications * Int(StreamSeed.maxPurposes) * Int(StreamSeed.maxIndices)
        for (a, b) in pairs {
            #expect(draws(10, seed: a) { $0.uniform() } == draws(10, seed: b) { $0.uniform() })
            let apart = Int(b &- a), around = (1 << 32) - apart
            #expect(min(apart, around) == 1_271_221_770)
            #expect(min(apart, around) > span)
        }
        #expect(draws(10, seed: 2 &* inverse) { $0.uniform() } != draws(10, seed: 2 &* inverse &+ 1) { $0.uniform() })
    }
}
