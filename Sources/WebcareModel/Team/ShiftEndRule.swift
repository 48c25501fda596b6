/// What happens to messages in hand when an officer leaves webcare (end of shift, street call-out).
public enum ShiftEndRule: Sendable, Equatable {
    /// The officer finishes the work in hand first (at the end of a shift: overtime).
    case finish
    /// The work in hand goes back to the head of its queue for the next free officer; the
    /// handling done so far is kept (the next officer does only the rest) or lost (starts over).
    case handOver(keepWork: Bool)

    /// The rule in words, as every output states it.
    public var description: String {
        switch self {
        case .finish:
            "finish: an officer whose shift ends while handling a message finishes it; that overtime is counted in officer hours"
        case .handOver(let keep):
            "hand_over: at the end of a shift the messages in hand go back to the head of the queue; the work done is "
                + (keep ? "kept (the next officer does only the rest)" : "lost (the next officer starts over)")
        }
    }
}
