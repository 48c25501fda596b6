import Scenarios

/// The check of the first command-line argument against the command names: a word that is no
/// command (`webcare-sim rnu x.yaml`) is refused naming the nearest command when one is within
/// two typing mistakes (letters added, dropped, changed or two neighbours swapped), as
/// ArgumentParser already does for a mistyped option.
enum CommandSuggestion {
    /// The one-line problem with `arguments` (the command line without the program's name), or
    /// nil when it starts with a command, an option (`--help`, `--version`) or is empty.
    static func unknownCommand(in arguments: [String], commands: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word), word != "help" else { return nil }
        let nearest = commands.map { (name: $0, distance: EditDistance.between(word.lowercased(), $0)) }
            .filter { $0.distance <= 2 && $0.distance < $0.name.count }
            .min { $0.distance < $1.distance }
        let suggestion = nearest.map { "; did you mean '\($0.name)'?" } ?? "; expected one of \(commands.joined(separator: ", "))"
        return "unknown command '\(word)'\(suggestion)"
    }
}
