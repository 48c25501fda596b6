import Stochastics

extension ReplicationStatistics {
    /// Every measure of this replication in the order of `layout`; nil where a measure is
    /// undefined (e.g. a mean wait when nothing was answered).
    public func values(layout: MetricLayout, target: Double) -> [Double?] {
        var values = [Double?](repeating: nil, count: layout.count)
        let time = totalTime
        let weeks = time.minutes / Clock.week
        let t = total
        func ratio(_ a: Double, _ b: Double) -> Double? { b > 0 ? a / b : nil }
        func share(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }

        values[layout.index(.messagesPerWeek)] = ratio(Double(t.arrivals), weeks)
        values[layout.index(.pWait)] = share(t.arrivals - t.answeredAtOnce, t.arrivals)
        values[layout.index(.waitMean)] = ratio(t.waitSum, Double(t.answered))
        values[layout.index(.waitAllMean)] = ratio(t.waitSum + t.abandonedWaitSum, Double(t.answered + t.abandoned))
        values[layout.index(.waitP50)] = waits.all.quantile(0.5)
        values[layout.index(.waitP90)] = waits.all.quantile(0.9)
        values[layout.index(.waitP95)] = waits.all.quantile(0.95)
        values[layout.index(.waitMax)] = t.answered > 0 ? waits.all.maximum : nil
        values[layout.index(.serviceLevel)] = share(t.withinTarget, t.arrivals)
        values[layout.index(.abandonShare)] = share(t.abandoned, t.arrivals)
        values[layout.index(.queueMean)] = ratio(time.queueArea, time.minutes)
        values[layout.index(.queueMax)] = Double(queueMax)
        values[layout.index(.backlogAtOpening)] = share(backlogAtOpenings, openings)
        values[layout.index(.utilization)] = ratio(time.busyArea, time.paidArea)
        values[layout.index(.officerHoursPerWeek)] = ratio(time.paidArea / Clock.hour, weeks)
        fillTeamValues(&values, layout: layout, time: time, weeks: weeks)

        for hour in 0..<Clock.hoursPerWeek {
            let counts = byHour[hour], integrals = self.time[hour]
            let occurrences = integrals.minutes / Clock.hour
            values[layout.index(hour: hour, .arrivalsPerWeek)] = ratio(Double(counts.arrivals), occurrences)
            values[layout.index(hour: hour, .officers)] = ratio(integrals.dutyArea, integrals.minutes)
            values[layout.index(hour: hour, .waitMean)] = ratio(counts.waitSum, Double(counts.answered))
            values[layout.index(hour: hour, .waitP90)] = waits.byHour[hour].quantile(0.9)
            values[layout.index(hour: hour, .queueMean)] = ratio(integrals.queueArea, integrals.minutes)
            values[layout.index(hour: hour, .utilization)] = ratio(integrals.busyArea, integrals.paidArea)
            values[layout.index(hour: hour, .serviceLevel)] = share(counts.withinTarget, counts.arrivals)
        }
        for (channel, counts) in byChannel.enumerated() {
            let histogram = waits.byChannel[channel]
            for metric in GroupMetric.allCases {
                values[layout.index(channel: channel, metric)] = counts.value(metric, weeks: weeks, waits: histogram)
            }
        }
        for (kind, counts) in byKind.enumerated() {
            let histogram = waits.byKind[kind]
            for metric in GroupMetric.allCases {
                values[layout.index(kind: kind, metric)] = counts.value(metric, weeks: weeks, waits: histogram)
            }
        }
        let sites = bySite.isEmpty ? [t] : bySite
        for (site, counts) in sites.enumerated() where site < layout.sites {
            let histogram = bySite.isEmpty ? waits.all : waits.bySite[site]
            for metric in GroupMetric.allCases {
                values[layout.index(site: site, metric)] = counts.value(metric, weeks: weeks, waits: histogram)
            }
        }
        let threads = byThread.isEmpty ? [t, MessageCounts()] : byThread
        for (thread, counts) in threads.enumerated() {
            let histogram = byThread.isEmpty ? (thread == 0 ? waits.all : waits.byThread[1]) : waits.byThread[thread]
            for metric in GroupMetric.allCases {
                values[layout.index(thread: thread, metric)] = counts.value(metric, weeks: weeks, waits: histogram)
            }
        }
        return values
    }
}

extension ReplicationStatistics.MessageCounts {
    func value(_ metric: GroupMetric, weeks: Double, waits: WaitHistogram) -> Double? {
        switch metric {
        case .messagesPerWeek: weeks > 0 ? Double(arrivals) / weeks : nil
        case .waitMean: answered > 0 ? waitSum / Double(answered) : nil
        case .waitP90: waits.quantile(0.9)
        case .serviceLevel: arrivals > 0 ? Double(withinTarget) / Double(arrivals) : nil
        case .abandonShare: arrivals > 0 ? Double(abandoned) / Double(arrivals) : nil
        }
    }
}
