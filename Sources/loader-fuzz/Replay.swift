#if !FUZZING
import Foundation

/// Without libFuzzer: replays the files and folders given (a corpus, found crashes) through
/// the same check, printing how many inputs passed.
@main
struct Replay {
    static func main() {
        var count = 0
        for argument in CommandLine.arguments.dropFirst() {
            let url = URL(fileURLWithPath: argument)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: argument))?.sorted()
            let files = names.map { $0.map { url.appendingPathComponent($0) } } ?? [url]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                LoaderFuzz.check(data)
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }
}
#endif
