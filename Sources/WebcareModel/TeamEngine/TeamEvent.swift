/// An event of the team engine, 12 bytes: what happens, to which officer, message slot, channel
/// or weekly change, and the version of the officer's timer it was scheduled under (a timer
/// superseded since is skipped: cancellation is lazy).
@frozen public struct TeamEvent: BitwiseCopyable, Sendable {
    /// What happens. The raw value is also the priority at equal times: the week's changes
    /// first; officers returning before completions; then completions, abandonments and arrivals
    /// (a message whose patience ends as an officer comes free is answered); officers leaving
    /// last. (Hour boundaries need no event: the replication splits its time integrals there as
    /// the clock passes them. Raw value 1, once theirs, is free.)
    public enum Kind: UInt8, Sendable, BitwiseCopyable {
        case change = 0
        case awayEnd = 2
        case onCallStart = 3
        case completion = 4
        case abandonment = 5
        case overflow = 6
        case arrival = 7
        case followUp = 8
        case breakStart = 9
        case monitoringStart = 10
        case callOut = 11
    }

    public let kind: Kind
    /// Officer, message slot, channel or change index, by kind.
    public let index: UInt32
    /// The officer's timer version when scheduled.
    public let version: UInt32

    @inlinable public init(_ kind: Kind, _ index: UInt32 = 0, version: UInt32 = 0) {
        self.kind = kind
        self.index = index
        self.version = version
    }
}
