/// The grid of a sweep, in the order it is run: point 0 is the baseline (the reference of every
/// difference), then every combination of the varied fields.
///
/// Each `--vary PATH=V1,V2,...` is an axis of its own; the `--vary-together` fields form one
/// axis whose lists (of equal length) are zipped, so the i-th values move together. The grid is
/// the cartesian product of the axes, the first axis changing slowest. The baseline is the
/// scenario file's own values (no override) unless `--baseline` names a grid point (moved to
/// the front, the others keep their order) or says `first` (the first combination). Sharding
/// and merging slice a sweep by the index into `points`.
public struct SweepGrid: Sendable, Equatable {
    /// One run of the sweep: the value of each varied field, or none at all for the file's own
    /// values.
    public struct Point: Sendable, Equatable {
        /// A value per entry of `SweepGrid.paths` (as written on the command line); empty for the
        /// file's own values.
        public let values: [String]

        /// True for the point that keeps the scenario file's own values.
        public var isFileItself: Bool { values.isEmpty }
    }

    /// A mistake in the grid's arguments, as one line naming the argument.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The varied fields, `--vary` ones first (in order), then the `--vary-together` ones.
    public let paths: [String]
    /// The grid points, baseline first.
    public let points: [Point]

    /// The name of the file's own values as a point.
    public static let fileItselfName = "the file's own values"

    /// The grid of `vary` axes and the `together` group (`PATH=V1,V2,...` each), with the
    /// baseline `baseline` (nil: the file's own values; `first`; or `PATH=VALUE` arguments that
    /// pick one grid point). At most `limit` points in all, the baseline included.
    public static func parse(vary: [String], together: [String], baseline: [String] = [],
                             limit: Int = ScenarioLimits.scenariosPerRun) throws(Failure) -> SweepGrid {
        var axes: [(paths: [String], values: [[String]])] = []
        for argument in vary {
            let (path, values) = try field(argument, option: "--vary")
            axes.append(([path], values.map { [$0] }))
        }
        if !together.isEmpty {
            let fields = try together.map { argument throws(Failure) in try field(argument, option: "--vary-together") }
            if let odd = fields.first(where: { $0.1.count != fields[0].1.count }) {
                throw Failure(description: "--vary-together: \(odd.0) has \(odd.1.count) value\(odd.1.count == 1 ? "" : "s") and \(fields[0].0) has \(fields[0].1.count); the fields that move together need lists of the same length")
            }
            axes.append((fields.map(\.0), (0..<fields[0].1.count).map { i in fields.map { $0.1[i] } }))
        }
        guard !axes.isEmpty else { throw Failure(description: "sweep needs at least one --vary PATH=V1,V2,... or --vary-together PATH=V1,V2,...") }
        let paths = axes.flatMap(\.paths)
        if let twice = paths.first(where: { path in paths.filter { $0 == path }.count > 1 }) {
            throw Failure(description: "\(twice) is varied twice; vary each field once")
        }
        let count = axes.reduce(1.0) { $0 * Double($1.values.count) } + (baseline.isEmpty ? 1 : 0)
        guard count <= Double(limit) else {
            throw Failure(description: "the --vary grid has \(ScenarioLoader.about(count)) points, the baseline included; expected at most \(limit)")
        }
        var combinations: [[String]] = [[]]
        for axis in axes {
            combinations = combinations.flatMap { point in axis.values.map { point + $0 } }
        }
        let points = combinations.map(Point.init)
        return SweepGrid(paths: paths, points: try ordered(points, paths: paths, baseline: baseline))
    }

    /// `PATH=V1,V2,...` split into the path and its values.
    static func field(_ argument: String, option: String) throws(Failure) -> (String, [String]) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        let values = parts.count == 2 ? parts[1].split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } : []
        let path = parts.first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard parts.count == 2, !path.isEmpty, !values.isEmpty, !values.contains(where: \.isEmpty) else {
            throw Failure(description: "\(option) \(argument): expected PATH=V1,V2,... such as shifts.late.officers=2,3,4")
        }
        return (path, values)
    }

    /// The points with the baseline in front: the file's own values, the first combination, or
    /// the one combination that `baseline`'s `PATH=VALUE` arguments pick.
    static func ordered(_ points: [Point], paths: [String], baseline: [String]) throws(Failure) -> [Point] {
        if baseline.isEmpty { return [Point(values: [])] + points }
        if baseline == ["first"] { return points }
        var wanted: [(Int, String)] = []
        for argument in baseline {
            let parts = argument.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let index = paths.firstIndex(of: parts[0]) else {
                throw Failure(description: "--baseline \(argument): expected first, or PATH=VALUE with PATH one of the varied fields (\(paths.joined(separator: ", ")))")
            }
            wanted.append((index, parts[1]))
        }
        let matches = points.indices.filter { k in wanted.allSatisfy { points[k].values[$0.0] == $0.1 } }
        guard matches.count == 1, let chosen = matches.first else {
            let given = baseline.joined(separator: " --baseline ")
            throw Failure(description: matches.isEmpty
                ? "--baseline \(given): no grid point has these values; give values from the --vary lists"
                : "--baseline \(given): \(matches.count) grid points have these values; name the value of more varied fields")
        }
        return [points[chosen]] + points.indices.filter { $0 != chosen }.map { points[$0] }
    }

    /// The `--set` overrides of point `index` (none for the file's own values).
    public func overrides(_ index: Int) throws(ScenarioError) -> [ScenarioOverride] {
        var result: [ScenarioOverride] = []
        for (path, value) in zip(paths, points[index].values) {
            result.append(try ScenarioOverride.parse("\(path)=\(value)"))
        }
        return result
    }

    /// The name of point `index`: "PATH=VALUE, PATH=VALUE", or `fileItselfName`.
    public func name(_ index: Int) -> String {
        let point = points[index]
        if point.isFileItself { return Self.fileItselfName }
        return zip(paths, point.values).map { "\($0)=\($1)" }.joined(separator: ", ")
    }
}
