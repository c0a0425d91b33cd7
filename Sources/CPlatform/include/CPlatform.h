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

/// One task of a parallel region: `task` is its index, `context` what the caller passed.
typedef void (*wick_task_function)(void *context, long task);

/// Runs `function(context, task)` for every task in `0..<tasks` at once and returns when all
/// have ended: task 0 on the calling thread, the others on a persistent pool of worker threads
/// (started on first use, parked between regions). A region that starts while another runs
/// (nested in a task, or from a second thread) runs its tasks one after another on the caller.
void wick_parallel_run(long tasks, wick_task_function function, void *context);

#endif
