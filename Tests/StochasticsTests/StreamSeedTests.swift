import Testing
import Stochastics

@Suite("StreamSeed")
struct StreamSeedTests {
    @Test("seeds are distinct over 2000 replications × every purpose × 32 channels",
          arguments: [UInt64(0), 1, 2018, 4_294_967_295, 4_294_967_296, 0xDEAD_BEEF_CAFE_F00D, UInt64.max])
    func allSeedsDistinct(_ master: UInt64) {
        let seeder = StreamSeed(master: master)
        var seen = Set<UInt32>()
        var total = 0
        for replication in 0..<2000 {
            for purpose in (0..<StreamSeed.maxPurposes) {
                for channel in 0..<Int(StreamSeed.maxIndices) {
                    seen.insert(seeder.seed(replication: replication, purpose: purpose, index: channel))
                    total += 1
                }
            }
        }
        #expect(seen.count == total)
    }

    @Test("seeds at the documented limits stay distinct (last replication vs first)")
    func limitsDistinct() {
        let seeder = StreamSeed(master: 2018)
        let last = StreamSeed.maxReplications - 1
        var seen = Set<UInt32>()
        for replication in [0, 1, last - 1, last] {
            for purpose in (0..<StreamSeed.maxPurposes) {
                for channel in 0..<Int(StreamSeed.maxIndices) {
                    seen.insert(seeder.seed(replication: replication, purpose: purpose, index: channel))
                }
            }
        }
        #expect(seen.count == 4 * Int(StreamSeed.maxPurposes) * Int(StreamSeed.maxIndices))
    }

    /// A scenario with three channels and the same scenario with a fourth channel added: the
    /// seeds the first three channels get must not move (common random numbers across scenarios).
    @Test("adding a channel does not reseed the existing channels")
    func addingChannelKeepsSeeds() {
        func seeds(channels: Int, seeder: StreamSeed) -> [[UInt32]] {
            (0..<20).flatMap { replication in
                (0..<StreamSeed.maxPurposes).map { purpose in
                    (0..<channels).map { seeder.seed(replication: replication, purpose: purpose, index: $0) }
                }
            }
        }
        let seeder = StreamSeed(master: 2018)
        let three = seeds(channels: 3, seeder: seeder)
        let four = seeds(channels: 4, seeder: seeder)
        #expect(three == four.map { Array($0.prefix(3)) })
        // and a fresh seeder with the same master gives the same seeds (pure function)
        #expect(three == seeds(channels: 3, seeder: StreamSeed(master: 2018)))
    }

    @Test("different master seeds give different streams")
    func mastersDiffer() {
        let a = StreamSeed(master: 2018), b = StreamSeed(master: 2019)
        for purpose in (0..<StreamSeed.maxPurposes) {
            #expect(a.seed(replication: 0, purpose: purpose, index: 0)
                != b.seed(replication: 0, purpose: purpose, index: 0))
        }
        // masters that differ only above bit 32 are still told apart
        #expect(StreamSeed(master: 1).seed(replication: 0, purpose: 0, index: 0)
            != StreamSeed(master: 1 | 1 << 40).seed(replication: 0, purpose: 0, index: 0))
    }
}
