/// A break inside a shift: `minutes` long, starting at a time drawn uniformly between
/// `windowStart` and `windowEnd − minutes` (a fixed time when the window is exactly the break).
/// Each officer of the shift takes it every day the shift runs; an officer with work in hand
/// starts the break after finishing it. Clock minutes after the shift's start-day midnight, so a
/// break after midnight in a night shift is past 1440.
public struct ShiftBreak: Sendable, Equatable {
    /// Earliest start, minutes after midnight of the shift's start day.
    public let windowStart: Int
    /// Latest end, minutes after midnight of the shift's start day.
    public let windowEnd: Int
    /// Length of the break in minutes.
    public let minutes: Int

    public init(windowStart: Int, windowEnd: Int, minutes: Int) {
        precondition(minutes > 0 && windowEnd - windowStart >= minutes)
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.minutes = minutes
    }

    /// True when the start is fixed (the window is exactly the break).
    public var isFixed: Bool { windowEnd - windowStart == minutes }
}
