import Stochastics

/// Which random stream serves which purpose in one replication, and where the engine keeps it.
/// Every purpose has a stream of its own, per channel where it draws for the channel's messages,
/// so a message's arrival time, kind, handling time, patience and thread never depend on the
/// staffing (common random numbers), and adding a channel reseeds no other.
///
/// Seeds come from `StreamSeed` by (replication, purpose number, index): a channel purpose uses
/// the channel as index; the team's streams share purpose number `teamPurposeNumber` and use
/// their `TeamPurpose` as index. The purpose numbers are fixed (the shipped results depend on
/// them): 0–5 and 7 per channel, 6 for the team.
///
/// The engine's stream table holds each channel's streams in `ChannelPurpose.allCases` order
/// (`ChannelPurpose.count` per channel), then the team's in `TeamPurpose.allCases` order.
public enum StreamLayout {
    /// The streams of each channel.
    public enum ChannelPurpose: Int, CaseIterable, Sendable {
        /// The channel's arrival times.
        case arrivals
        /// The kind of each message.
        case kind
        /// The handling time of each message.
        case handling
        /// The patience of each message whose kind abandons.
        case patience
        /// The region (and so the site) a message comes from.
        case routing
        /// Whether a first message brings a follow-up, and the follow-up's delay, handling and
        /// patience (drawn when the first message arrives, so two rosters see the same threads).
        case conversation
        /// The same for a follow-up's own follow-up.
        case thread

        /// Streams per channel.
        public static let count = allCases.count

        /// The purpose number given to `StreamSeed`.
        public var number: UInt32 {
            switch self {
            case .arrivals: 0
            case .kind: 1
            case .handling: 2
            case .patience: 3
            case .routing: 4
            case .conversation: 5
            case .thread: 7
            }
        }
    }

    /// The team's own streams, one each (not per channel).
    public enum TeamPurpose: Int, CaseIterable, Sendable {
        /// Where in its window each break starts.
        case breaks
        /// The gaps between an officer's monitoring blocks.
        case monitoring
        /// The gaps between street call-outs and their durations.
        case callOuts
        /// The on-call officer's delay in arriving.
        case onCall
        /// The busy-day factor of each day.
        case busyDays
        /// The messages of the starting backlog.
        case backlog
    }

    /// The purpose number of every team stream.
    public static let teamPurposeNumber: UInt32 = 6

    /// The seed of `purpose`'s stream of `channel` in replication `replication`.
    public static func seed(_ seed: StreamSeed, replication: Int, _ purpose: ChannelPurpose, channel: Int) -> UInt32 {
        seed.seed(replication: replication, purpose: purpose.number, index: channel)
    }

    /// The seed of the team's `purpose` stream in replication `replication`.
    public static func seed(_ seed: StreamSeed, replication: Int, _ purpose: TeamPurpose) -> UInt32 {
        seed.seed(replication: replication, purpose: teamPurposeNumber, index: purpose.rawValue)
    }

    /// Position of `purpose`'s stream of `channel` in the engine's stream table.
    @inline(__always)
    static func position(_ purpose: ChannelPurpose, channel: Int) -> Int {
        channel &* ChannelPurpose.count &+ purpose.rawValue
    }

    /// Position of the team's `purpose` stream in the engine's stream table of `channels` channels.
    @inline(__always)
    static func position(_ purpose: TeamPurpose, channels: Int) -> Int {
        channels &* ChannelPurpose.count &+ purpose.rawValue
    }

    /// The streams of replication `replication` in table order; nil when GSL cannot allocate one.
    static func streams(_ seed: StreamSeed, replication: Int, channels: Int) -> [RandomStream]? {
        var streams: [RandomStream] = []
        for channel in 0..<channels {
            for purpose in ChannelPurpose.allCases {
                guard let stream = RandomStream(seed: Self.seed(seed, replication: replication, purpose, channel: channel))
                else { return nil }
                streams.append(stream)
            }
        }
        for purpose in TeamPurpose.allCases {
            guard let stream = RandomStream(seed: Self.seed(seed, replication: replication, purpose)) else { return nil }
            streams.append(stream)
        }
        return streams
    }
}
