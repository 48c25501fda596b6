import Yams

/// Turning a Yams parse error into `FILE:LINE:COLUMN: not valid YAML: <problem>`.
extension ScenarioError {
    /// The error for a file Yams could not compose; `yaml` is the text that was parsed.
    init(yamlError: any Error, yaml: String, file: String) {
        let prefix = "not valid YAML: "
        guard let error = yamlError as? YamlError else {
            self.init(file: file, line: 1, column: 1, message: prefix + String(describing: yamlError))
            return
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
            self.init(file: file, line: mark.line, column: mark.column, message: prefix + problem + detail)
        case .reader(let problem, let offset, _, _):
            let (line, column) = ScenarioError.position(ofCharacter: offset ?? 0, in: yaml)
            self.init(file: file, line: line, column: column, message: prefix + problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map(YAMLValue.quoted).joined(separator: ", ")
            let problem = duplicates.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear"
            self.init(file: file, line: context.mark.line, column: context.mark.column,
                      message: prefix + problem + " more than once in the same mapping")
        default:
            self.init(file: file, line: 1, column: 1, message: prefix + error.description)
        }
    }

    /// The 1-based line and column of the character at `offset` (counted in characters).
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(max(offset, 0)) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
