import SimKernel
import Stochastics

/// The week's changes: shifts starting and ending, break windows opening, the on-call window.
extension TeamReplication {
    /// Puts on shift the officers whose shift runs through Monday 00:00 (it began the Sunday
    /// before), opens the on-call window likewise, and schedules the first change.
    mutating func setUpWeek(_ calendar: inout EventCalendar<TeamEvent>) {
        let shifts = plan.scenario.roster.shifts
        for (index, shift) in shifts.enumerated() where shift.officers > 0 && Self.isOn(shift, atMinute: Int(Clock.week) - 1) {
            if Pool.interchangeable {
                onShiftCount += shift.officers
                paidCount += shift.officers
                stateLevels[Officer.State.idle.rawValue] += Double(shift.officers)
            } else {
                startShift(index, at: 0, countOpening: false, calendar: &calendar)
            }
        }
        if let onCall {
            onCallWindowOpen = Self.isOn(onCall.window, atMinute: Int(Clock.week) - 1)
        }
        guard !team.changes.isEmpty else { return }
        nextChange = 0
        changeWeekOffset = 0
        scheduleChange(&calendar)
    }

    /// Whether `shift` covers minute `minute` of the week.
    static func isOn(_ shift: Shift, atMinute minute: Int) -> Bool {
        shift.days.contains { day in
            let start = day.rawValue * 1_440 + shift.startMinute
            let week = Int(Clock.week)
            return (minute - start + week) % week < shift.durationMinutes
        }
    }

    mutating func scheduleChange(_ calendar: inout EventCalendar<TeamEvent>) {
        let time = changeWeekOffset + Double(team.changes[nextChange].minuteOfWeek)
        if time < end {
            calendar.schedule(TeamEvent(.change, UInt32(nextChange)), at: time, priority: TeamEvent.Kind.change.rawValue)
        }
    }

    mutating func applyChange(at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        switch team.changes[nextChange].action {
        case .shiftStart(let shift): startShift(shift, at: time, countOpening: true, calendar: &calendar)
        case .shiftEnd(let shift): endShift(shift, at: time, calendar: &calendar)
        case .onCallOpen:
            onCallWindowOpen = true
            checkOnCall(at: time, calendar: &calendar)
        case .onCallClose: onCallWindowOpen = false
        case .breakWindow(let shift, let index): openBreakWindow(shift: shift, index: index, at: time, calendar: &calendar)
        }
        nextChange += 1
        if nextChange == team.changes.count {
            nextChange = 0
            changeWeekOffset += Clock.week
        }
        scheduleChange(&calendar)
    }

    /// The officers of `shift` come on duty: their monitoring and call-out clocks start and they
    /// take work. An opening (the team on duty again after a time with no one) is counted only
    /// when no one was on shift for a while, not when one shift hands over to the next at the
    /// same minute.
    mutating func startShift(_ shift: Int, at time: Double, countOpening: Bool, calendar: inout EventCalendar<TeamEvent>) {
        if onShiftCount == 0 && countOpening && counting && noOneOnShiftSince < time {
            stats.openings += 1
            stats.backlogAtOpenings += waiting
        }
        for officer in team.officersOfShift[shift] {
            update(officer) { $0.onShift = true; $0.shiftSpell &+= 1 }
            onShiftCount += 1
            startTimeAwayClocks(officer: officer, at: time, calendar: &calendar)
        }
        for officer in team.officersOfShift[shift] { becomeFree(officer, at: time, calendar: &calendar) }
    }

    /// The officers of `shift` go off duty: away time ends, pending breaks lapse, and the work in
    /// hand is finished (overtime) or handed over, as the shift-end rule says.
    mutating func endShift(_ shift: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        var handedOver = false
        for officer in team.officersOfShift[shift] {
            update(officer) { $0.leaveShift() }
            onShiftCount -= 1
            if onShiftCount == 0 { noOneOnShiftSince = time }
            if case .handOver(let keep) = shiftEnd, officers[officer].inHand > 0 {
                handOver(officer: officer, keepWork: keep, at: time)
                handedOver = true
            }
        }
        if handedOver { feedAll(at: time, calendar: &calendar) }
        if !aShiftStartsThisMinute { checkOnCall(at: time, calendar: &calendar) }
    }

    /// Whether a later change at the current change's minute starts a shift (then the team is
    /// not without officers, only changing over).
    var aShiftStartsThisMinute: Bool {
        let minute = team.changes[nextChange].minuteOfWeek
        var index = nextChange + 1
        while index < team.changes.count && team.changes[index].minuteOfWeek == minute {
            if case .shiftStart = team.changes[index].action { return true }
            index += 1
        }
        return false
    }

    /// Each on-shift officer of `shift` gets a break start in the window (drawn uniformly where
    /// the window is longer than the break).
    mutating func openBreakWindow(shift: Int, index: Int, at time: Double, calendar: inout EventCalendar<TeamEvent>) {
        let pause = plan.scenario.roster.shifts[shift].breaks[index]
        let slack = Double(pause.windowEnd - pause.windowStart - pause.minutes)
        for officer in team.officersOfShift[shift] where officers[officer].onShift {
            let offset = slack > 0 ? withStream(stream(.breaks)) { $0.uniform() } * slack : 0
            calendar.schedule(TeamEvent(.breakStart, UInt32(officer), version: officers[officer].shiftSpell << 8 | UInt32(index)),
                              at: time + offset, priority: TeamEvent.Kind.breakStart.rawValue)
        }
    }
}
