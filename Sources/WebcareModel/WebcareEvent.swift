/// An event of the webcare process, 8 bytes: what happens and to which channel, message slot or
/// roster change it refers.
@frozen public struct WebcareEvent: BitwiseCopyable, Sendable {
    /// What happens. The raw value is also the priority at equal times: period changes
    /// (roster, hour boundaries) first, then completions, abandonments and arrivals.
    public enum Kind: UInt8, Sendable, BitwiseCopyable {
        case rosterChange = 0
        case hourTick = 1
        case completion = 2
        case abandonment = 3
        case arrival = 4
    }

    public let kind: Kind
    /// Channel (arrival), message slot (abandonment) or roster change index (roster change).
    public let index: UInt32

    @inlinable public init(_ kind: Kind, _ index: UInt32 = 0) {
        self.kind = kind
        self.index = index
    }
}
