import ArgumentParser
import Foundation
import Scenarios

extension OutputTarget {
    /// `writeFolder` for a command: `body` fills the temporary folder that then replaces `out`
    /// whole; a refusal or a failure is one line on stderr and exit status 1.
    static func writeFolderOrFail(_ out: String, _ body: (URL) throws -> Void) throws {
        do {
            try writeFolder(out, body)
        } catch let error as Refused {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(out):1:1: cannot write results: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
