import SimKernel
import Stochastics

/// Officers' time away (breaks, monitoring, street call-outs), the on-call officer, and the
/// officer-time account.
extension TeamReplication {
    /// Applies `change` to `officer` and moves the officer between the time-account states.
    @inline(__always)
    mutating func update(_ officer: Int, _ change: (inout Officer) -> Void) {
        let isOnCall = officer == onCallIndex
        let o = officers + officer
        let before = o.pointee.state(isOnCall: isOnCall)
        let wasBusy = o.pointee.inHand > 0
        change(&o.pointee)
        let after = o.pointee.state(isOnCall: isOnCall)
        if before != after {
            if let before { stateLevels[before.rawValue] -= 1; paidCount -= 1 }
            if let after { stateLevels[after.rawValue] += 1; paidCount += 1 }
        }
        accepting.set(officer, o.pointee.accepts(capacity: capacity))
        let isBusy = o.pointee.inHand > 0
        if wasBusy != isBusy { busyOfficers += isBusy ? 1 : -1 }
    }

    /// An officer with nothing in hand (or just returned) leaves for what is pending, in the order
    /// call-out, break, monitoring; otherwise takes work.
    mutating func becomeFree(_ officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let o = officers[officer]
        if o.onShift && o.away == .none && o.inHand == 0 {
            if o.callOutPending {
                update(officer) { $0.callOutPending = false }
                leaveForCallOut(officer, at: time, calendar: &calendar)
                return
            }
            if o.breakPending {
                update(officer) { $0.breakPending = false }
                goAway(officer, .onBreak, for: Double(o.pendingBreakMinutes), at: time, calendar: &calendar)
                return
            }
            if o.monitoringPending {
                update(officer) { $0.monitoringPending = false }
                goAway(officer, .monitoring, for: monitoring?.blockMinutes ?? 0, at: time, calendar: &calendar)
                return
            }
        }
        feed(officer, at: time, calendar: &calendar)
        if officer == onCallIndex && officers[officer].onCallActive && officers[officer].inHand == 0 {
            update(officer) { $0.onCallActive = false; $0.onCallCalled = false }
        }
    }

    mutating func goAway(_ officer: Int, _ away: Officer.Away, for minutes: Double, at time: Double,
                         calendar: inout EventCalendar<TeamEvent>) {
        update(officer) { $0.away = away; $0.awayVersion &+= 1 }
        calendar.schedule(TeamEvent(.awayEnd, UInt32(officer), version: officers[officer].awayVersion),
                          at: time + minutes, priority: TeamEvent.Kind.awayEnd.rawValue)
    }

    mutating func endAway(officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let away = officers[officer].away
        update(officer) { $0.away = .none }
        switch away {
        case .monitoring: scheduleMonitoring(officer: officer, at: time, calendar: &calendar)
        case .calledOut: scheduleCallOut(officer: officer, at: time, calendar: &calendar)
        case .onBreak, .none: break
        }
        becomeFree(officer, at: time, calendar: &calendar)
    }

    mutating func startBreak(officer: Int, version: UInt32, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let o = officers[officer]
        let shift = team.officers[officer].shift ?? 0
        let minutes = breakMinutes[shift][Int(version & 0xFF)]
        if o.away == .calledOut { return }
        if o.away == .monitoring || o.inHand > 0 {
            update(officer) { $0.breakPending = true; $0.pendingBreakMinutes = minutes }
            return
        }
        goAway(officer, .onBreak, for: Double(minutes), at: time, calendar: &calendar)
    }

    /// The clocks of an officer's time away start as the officer comes on shift: monitoring,
    /// then call-outs (in this order: each draws from its own stream).
    mutating func startTimeAwayClocks(officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        scheduleMonitoring(officer: officer, at: time, calendar: &calendar)
        scheduleCallOut(officer: officer, at: time, calendar: &calendar)
    }

    /// The next monitoring block of an officer on shift, after an exponential spell.
    mutating func scheduleMonitoring(officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        guard let monitoring else { return }
        update(officer) { $0.monitoringVersion &+= 1 }
        let gap = withStream(stream(.monitoring)) { $0.exponential(mean: monitoring.meanGapMinutes) }
        calendar.schedule(TeamEvent(.monitoringStart, UInt32(officer), version: officers[officer].monitoringVersion),
                          at: time + gap, priority: TeamEvent.Kind.monitoringStart.rawValue)
    }

    mutating func startMonitoring(officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let o = officers[officer]
        guard let monitoring else { return }
        if o.away != .none || o.inHand > 0 || o.breakPending || o.callOutPending {
            update(officer) { $0.monitoringPending = true }
            return
        }
        goAway(officer, .monitoring, for: monitoring.blockMinutes, at: time, calendar: &calendar)
    }

    /// The next street call-out of an officer on shift.
    mutating func scheduleCallOut(officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        guard let callOuts else { return }
        update(officer) { $0.callOutVersion &+= 1 }
        let gap = withStream(stream(.callOuts)) { $0.exponential(mean: Clock.hour / callOuts.perHour) }
        calendar.schedule(TeamEvent(.callOut, UInt32(officer), version: officers[officer].callOutVersion),
                          at: time + gap, priority: TeamEvent.Kind.callOut.rawValue)
    }

    /// A call-out comes only in available time: on a break or monitoring it is void and the
    /// clock restarts (exponential, so this is the same process restricted to available time).
    mutating func callOut(officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let o = officers[officer]
        guard let callOuts else { return }
        if o.away != .none {
            scheduleCallOut(officer: officer, at: time, calendar: &calendar)
            return
        }
        if o.inHand > 0 {
            switch callOuts.inHand {
            case .finish:
                update(officer) { $0.callOutPending = true }
                return
            case .handOver(let keep):
                handOver(officer: officer, keepWork: keep, at: time)
                leaveForCallOut(officer, at: time, calendar: &calendar)
                feedAll(at: time, calendar: &calendar)
                return
            }
        }
        leaveForCallOut(officer, at: time, calendar: &calendar)
    }

    mutating func leaveForCallOut(_ officer: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        guard let duration = callOutDuration else { return }
        if counting { stats.team.callOuts += 1 }
        goAway(officer, .calledOut, for: withStream(stream(.callOuts)) { duration.sample($0) }, at: time, calendar: &calendar)
    }

    /// Calls the on-call officer when the window is open, no one is on shift, the officer is not
    /// already called, and an urgent message waits or the backlog reached the threshold.
    mutating func checkOnCall(at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        guard let officer = team.onCallOfficer, let onCall, let delay = onCallDelay,
              onCallWindowOpen, onShiftCount == 0, !officers[officer].onCallCalled
        else { return }
        let urgent = onCall.callOnUrgent && urgentWaiting > 0
        let backlog = onCall.backlogThreshold.map { waiting >= $0 } ?? false
        guard urgent || backlog else { return }
        update(officer) { $0.onCallCalled = true }
        if counting { stats.team.onCallCalls += 1 }
        calendar.schedule(TeamEvent(.onCallStart, UInt32(officer)), at: time + withStream(stream(.onCall)) { delay.sample($0) },
                          priority: TeamEvent.Kind.onCallStart.rawValue)
    }

    mutating func startOnCall(at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        guard let officer = team.onCallOfficer else { return }
        update(officer) { $0.onCallActive = true }
        becomeFree(officer, at: time, calendar: &calendar)
    }
}
