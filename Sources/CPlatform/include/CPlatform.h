#ifndef WICK_PLATFORM_H
#define WICK_PLATFORM_H

/// What Swift cannot reach directly: the processor's features and its cores.

/// 1 when the processor and the operating system support AVX2 and FMA (so code compiled for
/// Haswell may run), else 0. Always 1 off x86-64, where the vector kernels need no extension.
int wick_cpu_has_avx2_fma(void);

/// 1 when the processor and the operating system support AVX2, FMA and AVX-512 F, DQ, BW and VL
/// (so code compiled for Skylake-X may run; ATen's `CPU_CAPABILITY=AVX512` asks for the same),
/// else 0. Always 0 off x86-64.
int wick_cpu_has_avx512(void);

/// The number of physical cores of the online processors (hyper-threads of one core counted once),
/// as PyTorch counts them for its default number of threads; at least 1.
int wick_physical_core_count(void);

#endif
