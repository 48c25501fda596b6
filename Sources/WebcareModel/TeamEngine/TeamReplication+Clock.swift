/// The clock: the time integrals of each hour of the week and the officers' time account, added
/// up as the clock moves from event to event and split at the hour boundaries it passes.
extension TeamReplication {
    /// Adds the time since the last event to the hour's integrals and the officer-time account
    /// (kept in `integrals` and `officerMinutes`, copied into the statistics at the end), split
    /// at each hour boundary passed: the hour's bucket and whether the warm-up is over change
    /// there. An event exactly at a boundary still counts in the hour before (it adds no time).
    @inline(__always)
    mutating func advance(to time: Double) {
        if time > nextHourStart { passHours(before: time) }
        if Pool.interchangeable { accumulateInPool(until: time) } else { accumulate(until: time) }
    }

    /// Closes the hours that end before `time`.
    @inline(never)
    mutating func passHours(before time: Double) {
        while time > nextHourStart {
            if Pool.interchangeable { accumulateInPool(until: nextHourStart) } else { accumulate(until: nextHourStart) }
            hourBucket = nextHour % Clock.hoursPerWeek
            hourIntegrals = integrals + hourBucket
            counting = nextHourStart >= warmupEnd
            nextHour += 1
            nextHourStart = Double(nextHour) * Clock.hour
        }
    }

    /// Adds the time since the last event, all within one hour, to that hour's integrals and
    /// the officer-time account of named officers. Kept out of line: inlined into `handle` it
    /// cost twente-24-7 about 7 instructions per event more (callgrind).
    @inline(never)
    mutating func accumulate(until time: Double) {
        let dt = time - lastTime
        lastTime = time
        guard counting, dt > 0 else { return }
        // Element by element, as scalar code would; a state with no officer adds +0, which
        // leaves its sum exactly as it was.
        let levels = UnsafeRawPointer(stateLevels).loadUnaligned(as: SIMD8<Double>.self)
        let minutes = UnsafeMutableRawPointer(officerMinutes)
        minutes.storeBytes(of: minutes.loadUnaligned(as: SIMD8<Double>.self) + levels * dt, as: SIMD8<Double>.self)
        slotArea += Double(slotsInHand) * dt
        let bucket = hourIntegrals
        bucket.pointee.minutes += dt
        bucket.pointee.queueArea += Double(waiting) * dt
        bucket.pointee.busyArea += Double(busyOfficers) * dt
        bucket.pointee.dutyArea += Double(onShiftCount) * dt
        bucket.pointee.paidArea += Double(paidCount) * dt
    }

    /// `accumulate` for interchangeable officers: only the handling and idle states have
    /// officers, and their minutes are summed as the vector of `stateLevels` sums them (whose
    /// idle level holds all of them, as they never move it: the officers on shift). The
    /// conversation-minutes are the handling minutes (one each), so `finish` copies them from
    /// there. Every officer on shift is paid (there is no on-call officer), so the paid area
    /// would add the duty area's terms one by one: `finish` copies it from there. With no time
    /// since the last event every term is +0, which leaves each (non-negative) sum as it was, so
    /// that case needs no test.
    @inline(__always)
    mutating func accumulateInPool(until time: Double) {
        let dt = time - lastTime
        lastTime = time
        guard counting else { return }
        // Whole numbers as doubles, so the idle officers' level is exactly Double(onShift - busy).
        let busy = Double(busyOfficers), onShift = stateLevels[Officer.State.idle.rawValue]
        officerMinutes[Officer.State.handling.rawValue] += busy * dt
        officerMinutes[Officer.State.idle.rawValue] += (onShift - busy) * dt
        let bucket = hourIntegrals
        bucket.pointee.minutes += dt
        bucket.pointee.queueArea += Double(waiting) * dt
        bucket.pointee.busyArea += busy * dt
        bucket.pointee.dutyArea += onShift * dt
    }
}
