extension ReplicationStatistics {
    /// The officer-time, shrinkage, urgent and team-event measures.
    func fillTeamValues(_ values: inout [Double?], layout: MetricLayout, time: TimeIntegrals, weeks: Double) {
        func perWeek(_ x: Double) -> Double? { weeks > 0 ? x / weeks : nil }
        let minutes = team.officerMinutes
        func hours(_ state: Officer.State) -> Double? { perWeek(minutes[state.rawValue] / Clock.hour) }
        values[layout.index(.overtimeHoursPerWeek)] = hours(.overtime)
        values[layout.index(.handlingHoursPerWeek)] = hours(.handling)
        values[layout.index(.idleHoursPerWeek)] = hours(.idle)
        values[layout.index(.breakHoursPerWeek)] = hours(.onBreak)
        values[layout.index(.monitoringHoursPerWeek)] = hours(.monitoring)
        values[layout.index(.calledOutHoursPerWeek)] = hours(.calledOut)
        values[layout.index(.onCallHoursPerWeek)] = hours(.onCall)
        let away = minutes[Officer.State.onBreak.rawValue] + minutes[Officer.State.monitoring.rawValue]
            + minutes[Officer.State.calledOut.rawValue]
        values[layout.index(.shrinkageShare)] = time.dutyArea > 0 ? away / time.dutyArea : nil
        values[layout.index(.conversationUtilization)] = team.slotCapacityArea > 0 ? team.slotArea / team.slotCapacityArea : nil
        values[layout.index(.urgentPerWeek)] = perWeek(Double(team.urgent))
        values[layout.index(.urgentWaitMean)] = team.urgentAnswered > 0 ? team.urgentWaitSum / Double(team.urgentAnswered) : nil
        values[layout.index(.urgentWaitMax)] = team.urgentAnswered > 0 ? team.urgentWaitMax : nil
        values[layout.index(.urgentLatePerWeek)] = perWeek(Double(team.urgentLate))
        values[layout.index(.urgentOffDutyPerWeek)] = perWeek(Double(team.urgentOffDuty))
        values[layout.index(.urgentOffDutyLatePerWeek)] = perWeek(Double(team.urgentOffDutyLate))
        values[layout.index(.handedOverPerWeek)] = perWeek(Double(team.handedOver))
        values[layout.index(.callOutsPerWeek)] = perWeek(Double(team.callOuts))
        values[layout.index(.onCallCallsPerWeek)] = perWeek(Double(team.onCallCalls))
    }
}
