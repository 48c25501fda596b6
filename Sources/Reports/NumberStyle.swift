import Foundation
import WebcareModel

/// How a measure's numbers are printed: shares as percentages, minutes and counts with a
/// sensible number of decimals.
public enum NumberStyle: Sendable {
    case share
    case minutes
    case count
    case hours

    /// The value in this style; a value that rounds to zero prints without a minus sign.
    public func format(_ value: Double) -> String {
        let text: String
        switch self {
        case .share: text = String(format: "%.1f%%", value * 100)
        case .minutes, .count: text = String(format: abs(value) < 10 ? "%.2f" : "%.1f", value)
        case .hours: text = String(format: "%.1f", value)
        }
        let roundsToZero = text.allSatisfy { "-0.%".contains($0) }
        return roundsToZero && text.hasPrefix("-") ? String(text.dropFirst()) : text
    }
}

extension Metric {
    /// The number style of this measure.
    public var style: NumberStyle {
        switch self {
        case .pWait, .serviceLevel, .abandonShare, .utilization, .conversationUtilization, .shrinkageShare: .share
        case .waitMean, .waitAllMean, .waitP50, .waitP90, .waitP95, .waitMax, .urgentWaitMean, .urgentWaitMax: .minutes
        case .messagesPerWeek, .queueMean, .queueMax, .backlogAtOpening, .urgentPerWeek, .urgentLatePerWeek,
             .urgentOffDutyPerWeek, .urgentOffDutyLatePerWeek, .handedOverPerWeek, .callOutsPerWeek, .onCallCallsPerWeek: .count
        case .officerHoursPerWeek, .overtimeHoursPerWeek, .handlingHoursPerWeek, .idleHoursPerWeek, .breakHoursPerWeek,
             .monitoringHoursPerWeek, .calledOutHoursPerWeek, .onCallHoursPerWeek, .standbyHoursPerWeek, .costHoursPerWeek: .hours
        }
    }
}

extension GroupMetric {
    /// The number style of this measure.
    public var style: NumberStyle {
        switch self {
        case .serviceLevel, .abandonShare: .share
        case .waitMean, .waitP90: .minutes
        case .messagesPerWeek: .count
        }
    }
}

extension HourMetric {
    /// The number style of this measure.
    public var style: NumberStyle {
        switch self {
        case .serviceLevel, .utilization: .share
        case .waitMean, .waitP90: .minutes
        case .arrivalsPerWeek, .officers, .queueMean: .count
        }
    }
}
