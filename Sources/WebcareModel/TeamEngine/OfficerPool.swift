/// How the engine keeps its officers, chosen per scenario and fixed at compile time: the
/// replication is generic over it, so each kind of team gets its own specialised event loop and a
/// feature a scenario does not use costs nothing (the branches on `interchangeable` fold away).
public protocol OfficerPool {
    /// True when the officers are interchangeable and only their number matters (see
    /// `InterchangeableOfficers`); false when each officer has a state of their own.
    static var interchangeable: Bool { get }
}

/// Each officer has an identity and a state: shift and site, conversations in hand, breaks,
/// monitoring, call-outs, the on-call officer, the end of a shift. Every scenario may run so.
public enum NamedOfficers: OfficerPool {
    @inlinable public static var interchangeable: Bool { false }
}

/// Constant staffing of interchangeable officers, one conversation each at full speed, one
/// queue per priority level, no time away, no on-call officer and no follow-ups
/// (`TeamPlan.hasInterchangeableOfficers`): an M/G/c queue with priorities and patience. Only the
/// number of busy officers is kept, as in a textbook M/G/c simulation. The statistics are exactly
/// those of `NamedOfficers` (which officer takes a message changes no measure when every officer
/// is alike); only the trace, which names the officer, needs `NamedOfficers`.
public enum InterchangeableOfficers: OfficerPool {
    @inlinable public static var interchangeable: Bool { true }
}
