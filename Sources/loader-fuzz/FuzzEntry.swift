#if FUZZING
import CLibFuzzer
import Foundation

/// libFuzzer's entry point (`make fuzz` builds this target with `-sanitize=fuzzer -DFUZZING`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    LoaderFuzz.check(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

/// The program's entry point under fuzzing: SwiftPM links an executable target's
/// `loader_fuzz_main` as `main`, so it hands the command line to libFuzzer's driver.
@_cdecl("loader_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        LoaderFuzz.check(data.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }
}
#endif
