import CGSL

/// One independent stream of pseudo-random numbers: a GSL Mersenne Twister (mt19937) that this
/// object owns. Not Sendable: create it inside the task that uses it and never share it.
public final class RandomStream {
    @usableFromInline let rng: OpaquePointer

    /// A stream started from a 32-bit seed (mt19937 uses only the low 32 bits of its seed).
    /// Returns nil when GSL cannot allocate the generator.
    public init?(seed: UInt32) {
        _ = GSLRuntime.ready
        guard let rng = gsl_rng_alloc(webcare_rng_mt19937()) else { return nil }
        // GSL replaces seed 0 by its default 4357; 2^32 is checked before truncation, so it
        // gives seed 0 its own stream.
        gsl_rng_set(rng, seed == 0 ? 1 << 32 : UInt(seed))
        self.rng = OpaquePointer(rng)
    }

    deinit { gsl_rng_free(UnsafeMutablePointer(rng)) }

    @usableFromInline var pointer: UnsafeMutablePointer<gsl_rng> { UnsafeMutablePointer(rng) }

    /// A uniform number in [0, 1).
    @inlinable public func uniform() -> Double { gsl_rng_uniform(pointer) }

    /// An exponential variate with the given mean (GSL takes the mean, not the rate).
    @inlinable public func exponential(mean: Double) -> Double { gsl_ran_exponential(pointer, mean) }

    /// A uniform integer in 0..<n (n ≥ 1).
    @inlinable public func index(below n: Int) -> Int { Int(gsl_rng_uniform_int(pointer, UInt(n))) }

    /// A lognormal variate with log-mean `zeta` and log-sd `sigma`.
    @inlinable public func lognormal(zeta: Double, sigma: Double) -> Double {
        gsl_ran_lognormal(pointer, zeta, sigma)
    }

    /// A gamma variate with the given shape and scale.
    @inlinable public func gamma(shape: Double, scale: Double) -> Double {
        gsl_ran_gamma(pointer, shape, scale)
    }

    /// A Poisson count with the given mean.
    @inlinable public func poisson(mean: Double) -> Int { Int(gsl_ran_poisson(pointer, mean)) }
}
