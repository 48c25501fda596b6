extension Team {
    /// How the team works, in words, as every output states it.
    public var description: String {
        var parts: [String] = []
        let names = sites.map(\.name).joined(separator: ", ")
        switch routing {
        case .pooled: parts.append(sites.count > 1 ? "sites \(names) work from one pooled queue" : "one pooled queue")
        case .separate: parts.append("sites \(names) each answer their own region's messages")
        case .overflow(let after):
            parts.append("sites \(names) answer their own region's messages; after \(after.formatted) minutes any site may take one")
        }
        if concurrency.conversations > 1 {
            let table = concurrency.throughput.map(\.formatted).joined(separator: ", ")
            parts.append("an officer handles up to \(concurrency.conversations) conversations at once (total throughput \(table))")
        }
        parts += timeAway.map(\.description)
        if let busyDaysCV {
            parts.append("busy days: each day's rates are multiplied by a gamma factor with mean 1 and CV \(busyDaysCV.formatted)")
        }
        if let onCall {
            var calls: [String] = []
            if onCall.callOnUrgent { calls.append("an urgent message") }
            if let threshold = onCall.backlogThreshold { calls.append("\(threshold) messages waiting") }
            parts.append("an on-call officer, when no one is on shift, is called by \(calls.joined(separator: " or ")), starts after about \(onCall.delay.mean.formatted) minutes and stops when the queue is empty; each standby hour of the window costs \(onCall.standbyCost.formatted) of a worked hour")
        }
        let backlog = startingBacklog.reduce(0) { $0 + $1.count }
        if backlog > 0 { parts.append("\(backlog) messages are waiting at the start") }
        return parts.joined(separator: "; ")
    }
}
