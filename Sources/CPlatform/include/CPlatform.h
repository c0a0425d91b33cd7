#ifndef WICK_PLATFORM_H
#define WICK_PLATFORM_H

/// What Swift cannot reach directly: the processor's features.

/// 1 when the processor and the operating system support AVX2 and FMA (so code compiled for
/// Haswell may run), else 0. Always 1 off x86-64, where the vector kernels need no extension.
int wick_cpu_has_avx2_fma(void);

#endif
