#define _GNU_SOURCE
#include "CPlatform.h"

#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/// A persistent pool of worker threads for parallel regions, as ATen's OpenMP pool: workers park
/// on a futex between regions after spinning briefly (back-to-back regions need no wake-up), a
/// region wakes them all, each runs the task of its index, and the caller runs task 0.

enum { max_workers = 63 };
/// How long a waiting thread spins before it parks (libgomp spins too; shorter here because
/// the machine is often shared).
static const long spin_nanoseconds = 50000;

static pthread_mutex_t region_lock = PTHREAD_MUTEX_INITIALIZER;
static int worker_count;
static _Atomic unsigned generation;  // futex word: bumped once per region
static _Atomic unsigned remaining;   // futex word: workers yet to check in for this region
static _Atomic int caller_parked;
static _Atomic int workers_parked;
static wick_task_function region_function;
static void *region_context;
static long region_tasks;
static unsigned first_generation[max_workers + 1];  // the generation each worker was started in

static void futex_wait(_Atomic unsigned *word, unsigned expected) {
    syscall(SYS_futex, (unsigned *)word, FUTEX_WAIT_PRIVATE, expected, NULL, NULL, 0);
}

static void futex_wake(_Atomic unsigned *word) {
    syscall(SYS_futex, (unsigned *)word, FUTEX_WAKE_PRIVATE, max_workers + 1, NULL, NULL, 0);
}

static long now_nanoseconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000L + t.tv_nsec;
}

static inline void relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/// Spins until `*word != value` or the spin time has passed; returns whether it changed.
static int spin_while_equal(_Atomic unsigned *word, unsigned value) {
    long deadline = now_nanoseconds() + spin_nanoseconds;
    for (;;) {
        for (int i = 0; i < 64; i++) {
            if (atomic_load_explicit(word, memory_order_acquire) != value) return 1;
            relax();
        }
        if (now_nanoseconds() > deadline) return 0;
    }
}

static void *worker_main(void *argument) {
    long index = (long)argument;
    unsigned seen = first_generation[index];
    for (;;) {
        while (atomic_load_explicit(&generation, memory_order_acquire) == seen) {
            if (spin_while_equal(&generation, seen)) break;
            atomic_fetch_add(&workers_parked, 1);
            futex_wait(&generation, seen);
            atomic_fetch_sub(&workers_parked, 1);
        }
        seen = atomic_load_explicit(&generation, memory_order_acquire);
        // Every worker checks in, with a task or without, so none still reads this region's
        // function when the next one is set up.
        if (index < region_tasks) region_function(region_context, index);
        if (atomic_fetch_sub(&remaining, 1) == 1 && atomic_load(&caller_parked))
            futex_wake(&remaining);
    }
    return NULL;
}

/// Starts workers until there are `wanted` (Ctrl-C and other signals stay with the other threads).
static void grow(int wanted) {
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    while (worker_count < wanted) {
        pthread_t thread;
        first_generation[worker_count + 1] = atomic_load(&generation);
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        int failed = pthread_create(&thread, &attributes, worker_main, (void *)(long)(worker_count + 1));
        pthread_attr_destroy(&attributes);
        if (failed) break;
        worker_count++;
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
}

static void run_serially(long tasks, wick_task_function function, void *context) {
    for (long task = 0; task < tasks; task++) function(context, task);
}

void wick_parallel_run(long tasks, wick_task_function function, void *context) {
    if (tasks <= 1 || pthread_mutex_trylock(&region_lock) != 0) {
        // One task, or a region already running (nested, or another thread's): ATen runs it inline.
        return run_serially(tasks, function, context);
    }
    grow(tasks - 1 < max_workers ? (int)tasks - 1 : max_workers);
    region_function = function;
    region_context = context;
    region_tasks = tasks;
    atomic_store_explicit(&remaining, (unsigned)worker_count, memory_order_relaxed);
    atomic_fetch_add(&generation, 1);
    if (atomic_load(&workers_parked) > 0) futex_wake(&generation);
    function(context, 0);
    for (long task = worker_count + 1; task < tasks; task++) function(context, task);  // beyond the pool
    _Atomic unsigned *left = &remaining;
    for (unsigned value; (value = atomic_load(left)) != 0;) {
        if (spin_while_equal(left, value)) continue;
        atomic_store(&caller_parked, 1);
        futex_wait(left, value);
        atomic_store(&caller_parked, 0);
    }
    pthread_mutex_unlock(&region_lock);
}
