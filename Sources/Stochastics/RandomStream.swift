import CGSL

/// One independent stream of pseudo-random numbers: a GSL taus2 generator (L'Ecuyer's maximally
/// equidistributed combined Tausworthe generator, period 2^88, three 32-bit words of state) that
/// this object owns. Not Sendable: create it inside the task that uses it and never share it.
public final class RandomStream {
    @usableFromInline let rng: OpaquePointer

    /// A stream started from a 32-bit seed (taus2 uses only the low 32 bits of its seed).
    /// Returns nil when GSL cannot allocate the generator.
    ///
    /// GSL seeds taus2's first word with 69069 × seed mod 2^32, raised by 2 when it is below 2,
    /// and the other words from it. So GSL's own seed 0 (which it replaces by 1) and seed 2^32
    /// (first word 0, raised to 2) give no new stream: seed 0 is passed as 2^32, and the 2^32
    /// seeds give 2^32 - 2 streams. The two pairs of seeds that share one, 0 with
    /// 2·69069⁻¹ and 69069⁻¹ with 3·69069⁻¹ (mod 2^32), lie 1,271,221,770 apart, more than one
    /// run's seeds span (`StreamSeed`), so the streams of one run are distinct.
    public init?(seed: UInt32) {
        _ = GSLRuntime.ready
        guard let rng = gsl_rng_alloc(webcare_rng_taus2()) else { return nil }
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
