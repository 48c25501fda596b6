extension WaitHistogram {
    /// Number of recorded values at or below `t` minutes: the zeros, the bins wholly below
    /// `t`, and a linear share of the bin holding `t` (exact at bin edges; within one bin's
    /// relative width otherwise).
    public func count(atOrBelow t: Double) -> Double {
        let counters = counters.pointee
        guard t >= 0 else { return 0 }
        if t >= counters.maximum { return counters.total }
        var cumulative = counters.zeros
        let h = histogram.pointee
        for i in 0..<h.n {
            let lower = h.range[i], upper = h.range[i + 1]
            if t >= upper {
                cumulative += h.bin[i]
            } else {
                if t > lower { cumulative += h.bin[i] * (t - lower) / (upper - lower) }
                break
            }
        }
        return cumulative
    }
}
