#include "CPlatform.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

int wick_cpu_has_avx2_fma(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return 1;
#endif
}

int wick_cpu_has_avx512(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    return wick_cpu_has_avx2_fma() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")
        && __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vl");
#else
    return 0;
#endif
}

/// Reads one line of a small sysfs file into `buffer`; 0 when it cannot.
static int read_line(const char *path, char *buffer, size_t size) {
    FILE *file = fopen(path, "r");
    if (!file) return 0;
    int ok = fgets(buffer, (int)size, file) != NULL;
    fclose(file);
    return ok;
}

int wick_physical_core_count(void) {
    long processors = sysconf(_SC_NPROCESSORS_ONLN);
    if (processors < 1) return 1;
    if (processors > 4096) processors = 4096;
    // A core is counted at its first processor: the one that leads its sibling list.
    int cores = 0;
    for (long cpu = 0; cpu < processors; cpu++) {
        char path[128];
        char siblings[256];
        snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu%ld/topology/thread_siblings_list", cpu);
        if (!read_line(path, siblings, sizeof siblings)) return (int)processors;
        long first = -1;
        if (sscanf(siblings, "%ld", &first) != 1) return (int)processors;
        if (first == cpu) cores++;
    }
    return cores > 0 ? cores : (int)processors;
}
