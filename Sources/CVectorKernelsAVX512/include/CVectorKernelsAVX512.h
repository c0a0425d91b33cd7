#ifndef WICK_VECTOR_KERNELS_AVX512_H
#define WICK_VECTOR_KERNELS_AVX512_H

#include <stddef.h>

/// The AVX-512 parts of the vector kernels that Swift's SIMD types cannot express. Callers check
/// the processor first (`wick_cpu_has_avx512` in CPlatform): the code uses AVX-512 F and DQ.

/// `dst[i] = expf(src[i])` for `i < count` with the bits of glibc's `__expf_fma`, as
/// `VectorKernels.Exponential.expf` computes them, eight values per AVX-512 register of doubles
/// with the 32-entry table read by two `vpermt2q` permutes. `src` and `dst` may be the same memory.
/// Off x86-64 (or without AVX-512 at compile time) it does nothing.
void wick_expf_avx512(const float *src, float *dst, ptrdiff_t count);

/// The same `expf` for one value (glibc's special cases included).
float wick_expf_scalar_avx512(float x);

#endif
