#if FUZZING
import Foundation

/// libFuzzer's entry point (`make fuzz` builds this target with `-sanitize=fuzzer -DFUZZING`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    LoaderFuzz.check(Data(bytes: bytes, count: count))
    return 0
}
#endif
