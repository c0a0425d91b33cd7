// libFuzzer's driver, linked in by `-sanitize=fuzzer` (only WickFuzz built with -DFUZZING calls it).
// SwiftPM gives every executable its own `main`, so WickFuzz starts libFuzzer itself instead of
// letting libFuzzer's `main` call `LLVMFuzzerTestOneInput`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
