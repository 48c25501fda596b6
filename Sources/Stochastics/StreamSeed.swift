/// What a random stream is used for. Each purpose has its own stream per channel, so that a
/// message's arrival time, kind, handling time and patience never depend on the staffing.
public enum StreamPurpose: UInt32, Sendable, CaseIterable {
    case arrivals = 0
    case kind = 1
    case handling = 2
    case patience = 3
}

/// The purposes of the team model's streams, in the purpose slots the plain model leaves free:
/// per channel the region a message comes from, the follow-up of a first message (drawn when
/// it arrives, so two rosters see the same threads) and the follow-up of a follow-up; and the
/// team's own streams (`TeamStream`) in the channel slots of `team`.
public enum TeamStreamPurpose: UInt32, Sendable, CaseIterable {
    case routing = 4
    case conversation = 5
    case team = 6
    case thread = 7
}

/// Derives the 32-bit seed of one stream from (master seed, replication, purpose, channel) by
/// arithmetic, never by hashing: within one master seed every (replication, purpose, channel)
/// gets a distinct seed as long as replication < 2^24, purposes < 8 and channels < 32. Across
/// two master seeds, streams can coincide only if their spread bases lie within one run's range
/// of stream indices of each other (a chance of about streams used / 2^32).
public struct StreamSeed: Sendable, Hashable {
    /// Channels per replication that get distinct streams.
    public static let maxChannels: UInt32 = 32
    /// Purposes per channel that get distinct streams.
    public static let maxPurposes: UInt32 = 8
    /// Largest replication count with distinct seeds.
    public static let maxReplications = 1 << 24

    /// The master seed of a run, as written in the scenario or given with --seed.
    public let master: UInt64

    public init(master: UInt64) { self.master = master }

    /// The seed of the stream for `purpose` of `channel` in replication `replication`.
    /// The master seed is spread over the 32-bit space by Knuth's multiplicative constant and
    /// the stream index is added, so seeds inside one run are distinct by construction.
    public func seed(replication: Int, purpose: StreamPurpose, channel: Int) -> UInt32 {
        seed(replication: replication, purposeIndex: purpose.rawValue, channel: channel)
    }

    /// The seed of a team-model stream: `index` is a channel for `routing` and `conversation`,
    /// a `TeamStream` slot for `team`.
    public func seed(replication: Int, purpose: TeamStreamPurpose, index: Int) -> UInt32 {
        seed(replication: replication, purposeIndex: purpose.rawValue, channel: index)
    }

    private func seed(replication: Int, purposeIndex: UInt32, channel: Int) -> UInt32 {
        let base = UInt32(truncatingIfNeeded: (master &* 2_654_435_761) ^ (master >> 32))
        let index = (UInt32(truncatingIfNeeded: replication) &* Self.maxPurposes &+ purposeIndex)
            &* Self.maxChannels &+ UInt32(truncatingIfNeeded: channel)
        return base &+ index
    }
}
