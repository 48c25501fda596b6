#ifndef C_LIBFUZZER_H
#define C_LIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in libclang_rt.fuzzer, linked by `swiftc -sanitize=fuzzer`): runs the
/// fuzzing loop with `callback` on the command line's options and corpus folders. The
/// loader-fuzz target calls it from its own entry point, which SwiftPM links as `main`.
int LLVMFuzzerRunDriver(int *_Nonnull argc, char *_Nullable *_Nonnull *_Nonnull argv,
                        int (*_Nonnull callback)(const uint8_t *_Nullable data, size_t size));

#endif
