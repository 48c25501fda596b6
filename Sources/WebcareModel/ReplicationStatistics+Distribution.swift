extension ReplicationStatistics {
    /// Fills the response-time distribution block of `values`: for each point of
    /// `WaitPoint.grid`, the share of all counted arrivals answered within that many minutes.
    public func fillWaitDistribution(_ values: inout [Double?], layout: MetricLayout) {
        guard total.arrivals > 0 else { return }
        let arrivals = Double(total.arrivals)
        for (point, minutes) in WaitPoint.grid.enumerated() {
            values[layout.index(waitPoint: point)] = waits.all.count(atOrBelow: minutes) / arrivals
        }
    }
}
