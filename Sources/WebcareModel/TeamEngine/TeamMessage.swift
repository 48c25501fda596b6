/// A message of the team engine, in the message table while it waits for an officer (or, for a
/// follow-up, until it arrives) or while an officer has it in hand. Times in minutes.
public struct TeamMessage: Sendable {
    /// Arrival time.
    var arrival: Double
    /// Officer time still to do at full speed (all of it until someone starts; the rest after a
    /// hand-over that keeps the work done).
    var work: Double
    /// Officer time the message takes from scratch.
    var handling: Double
    /// In hand: the time it will be finished at the officer's current speed.
    var finish = 0.0
    var channel: UInt8
    var kind: UInt8
    var level: UInt8
    /// Hour of the week it arrived in.
    var hour: UInt8
    /// Queue (site) it waits in.
    var site: UInt8
    /// Site of its region, for the by-site figures.
    var homeSite: UInt8
    /// Arrived after the warm-up.
    var counted: Bool
    /// A citizen's follow-up, not a first message.
    var isFollowUp: Bool
    /// Arrived while no officer was on shift.
    var offDuty = false
    /// Its first response has been given (it is back in the queue after a hand-over).
    var started = false
    /// In a queue, not yet taken, not abandoned.
    var waiting = false
    /// Timer events (abandonment, overflow) still in the calendar for this slot.
    var timers: UInt8 = 0
    /// In hand of this officer, or -1.
    var officer: Int32 = -1
    /// The officer who handled the thread (for a follow-up), or -1.
    var preferred: Int32 = -1
    /// A follow-up drawn but not yet arrived.
    var isPending = false
    /// The slot is in the free list.
    var isFree = false
    /// Patience, drawn at arrival; infinity when the kind never abandons.
    var patience: Double
    /// The citizen's follow-up to the answer, drawn at arrival: its delay after the answer,
    /// handling and patience; a delay of infinity: none.
    var followUpDelay = Double.infinity
    var followUpWork = 0.0
    var followUpPatience = Double.infinity
}
