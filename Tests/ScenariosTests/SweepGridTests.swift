import Scenarios
import Testing

/// The grid of a sweep: `--vary` axes multiply, `--vary-together` fields zip, the baseline comes
/// first (the file's own values unless `--baseline` names a point), and a mistake is one line.
@Suite struct SweepGridTests {
    @Test func varyAxesMultiplyAndTogetherFieldsZip() throws {
        let grid = try SweepGrid.parse(vary: ["shifts.late.officers=1,2,3"],
                                       together: ["shifts.a.start=08:00,09:00", "shifts.b.start=10:00,11:00"])
        #expect(grid.paths == ["shifts.late.officers", "shifts.a.start", "shifts.b.start"])
        #expect(grid.points.count == 1 + 3 * 2)
        #expect(grid.points[0].isFileItself && grid.name(0) == SweepGrid.fileItselfName)
        #expect(try grid.overrides(0).isEmpty)
        let combinations = grid.points.dropFirst().map(\.values)
        #expect(combinations == [["1", "08:00", "10:00"], ["1", "09:00", "11:00"], ["2", "08:00", "10:00"],
                                 ["2", "09:00", "11:00"], ["3", "08:00", "10:00"], ["3", "09:00", "11:00"]])
        #expect(grid.name(2) == "shifts.late.officers=1, shifts.a.start=09:00, shifts.b.start=11:00")
        #expect(try grid.overrides(2).map(\.argument) == ["shifts.late.officers=1", "shifts.a.start=09:00", "shifts.b.start=11:00"])
    }

    @Test func baselineNamesAPointThatMovesToTheFront() throws {
        let vary = ["x=1,2", "y=a,b"]
        let grid = try SweepGrid.parse(vary: vary, together: [], baseline: ["x=2", "y=a"])
        #expect(grid.points.map(\.values) == [["2", "a"], ["1", "a"], ["1", "b"], ["2", "b"]])
        let partial = try SweepGrid.parse(vary: ["x=1,2"], together: ["y=a,b", "z=c,d"], baseline: ["z=d", "x=1"])
        #expect(partial.points.first?.values == ["1", "b", "d"])
        let first = try SweepGrid.parse(vary: vary, together: [], baseline: ["first"])
        #expect(first.points.map(\.values) == [["1", "a"], ["1", "b"], ["2", "a"], ["2", "b"]])
    }

    static let mistakes: [(vary: [String], together: [String], baseline: [String], message: String)] = [
        ([], ["a=1,2", "b=1"], [], "--vary-together: b has 1 value and a has 2; the fields that move together need lists of the same length"),
        ([], [], [], "sweep needs at least one --vary PATH=V1,V2,... or --vary-together PATH=V1,V2,..."),
        (["a=1,2"], ["a=3,4"], [], "a is varied twice; vary each field once"),
        (["a"], [], [], "--vary a: expected PATH=V1,V2,... such as shifts.late.officers=2,3,4"),
        (["a=1,,2"], [], [], "--vary a=1,,2: expected PATH=V1,V2,... such as shifts.late.officers=2,3,4"),
        (["a=1,2"], [], ["a=3"], "--baseline a=3: no grid point has these values; give values from the --vary lists"),
        (["a=1,2", "b=1,2"], [], ["a=1"], "--baseline a=1: 2 grid points have these values; name the value of more varied fields"),
        (["a=1,2"], [], ["c=1"], "--baseline c=1: expected first, or PATH=VALUE with PATH one of the varied fields (a)"),
        (Array(repeating: "", count: 3).enumerated().map { "f\($0.offset)=1,2,3,4,5,6,7" }, [], [],
         "the --vary grid has 344 points, the baseline included; expected at most 256"),
    ]

    @Test(arguments: mistakes.indices)
    func aMistakeIsOneLine(_ index: Int) {
        let mistake = Self.mistakes[index]
        #expect(throws: SweepGrid.Failure.self) {
            try SweepGrid.parse(vary: mistake.vary, together: mistake.together, baseline: mistake.baseline)
        }
        do {
            _ = try SweepGrid.parse(vary: mistake.vary, together: mistake.together, baseline: mistake.baseline)
        } catch {
            #expect(error.description == mistake.message)
        }
    }
}
