import CGSL

/// Draws an index with given weights (a category by its share), using GSL's
/// Walker alias tables (`gsl_ran_discrete`): O(1) per draw.
public final class DiscreteSampler {
    @usableFromInline let table: UnsafeMutablePointer<gsl_ran_discrete_t>
    /// Number of outcomes.
    public let count: Int

    /// Weights need not sum to 1; they must be non-negative with a positive sum.
    public init?(weights: [Double]) {
        _ = GSLRuntime.ready
        guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 }), weights.reduce(0, +) > 0,
              let table = weights.withUnsafeBufferPointer({ gsl_ran_discrete_preproc($0.count, $0.baseAddress) })
        else { return nil }
        self.table = table
        self.count = weights.count
    }

    deinit { gsl_ran_discrete_free(table) }

    /// One index in 0..<count.
    @inlinable public func sample(_ stream: RandomStream) -> Int {
        count == 1 ? 0 : Int(gsl_ran_discrete(stream.pointer, table))
    }
}
