/// How messages reach officers when the team works at several sites. Times in minutes.
public enum Routing: Sendable, Equatable {
    /// One shared queue: any officer on duty takes any message (the Drenthe screens).
    case pooled
    /// Each site its own queue: a message is handled only by officers of its region's site.
    case separate
    /// A site's own queue first; after waiting `afterMinutes` a message may be taken by an
    /// officer of any site.
    case overflow(afterMinutes: Double)
}
