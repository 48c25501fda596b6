/// A place where officers work (Drenthe: Emmen, Assen, Hoogeveen). Each shift belongs to one site.
public struct Site: Sendable, Equatable {
    /// The site's name as written in the scenario.
    public let name: String

    public init(name: String) { self.name = name }
}
