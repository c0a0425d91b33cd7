#include "CMKL.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

// Constants from MKL's headers (mkl_cblas.h, mkl_vml_defines.h, mkl_service.h), which the `mkl`
// wheel does not ship.
enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112 };
enum { THREADING_SEQUENTIAL = 1, INTERFACE_LP64 = 0 };
static const int64_t vml_mode = 0x00000002 /* VML_HA */ | 0x00140000 /* VML_FTZDAZ_OFF */ |
                                0x00000100 /* VML_ERRMODE_IGNORE */;

typedef void (*sgemm_t)(int, int, int, int, int, int, float, const float *, int, const float *, int, float, float *,
                        int);
typedef void (*dgemm_t)(int, int, int, int, int, int, double, const double *, int, const double *, int, double,
                        double *, int);
typedef void (*sgemv_t)(int, int, int, int, float, const float *, int, const float *, int, float, float *, int);
typedef void (*dgemv_t)(int, int, int, int, double, const double *, int, const double *, int, double, double *, int);
typedef float (*sdot_t)(int, const float *, int, const float *, int);
typedef double (*ddot_t)(int, const double *, int, const double *, int);
typedef void (*vmlf_t)(int, const float *, float *, int64_t);
typedef void (*vmld_t)(int, const double *, double *, int64_t);
typedef int (*layer_t)(int);

static const char *const vml_names[WICK_VML_COUNT] = {
    "Exp", "Ln", "Log10", "Log2", "Sqrt", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Tanh", "Erf", "Erfc", "ErfInv",
};

static struct {
    sgemm_t sgemm;
    dgemm_t dgemm;
    sgemv_t sgemv;
    dgemv_t dgemv;
    sdot_t sdot;
    ddot_t ddot;
    vmlf_t vmlf[WICK_VML_COUNT];
    vmld_t vmld[WICK_VML_COUNT];
    int loaded;
    const char *error;
    char message[256];
} mkl;

static pthread_once_t once = PTHREAD_ONCE_INIT;

/// Keeps the first failure's text (dlerror's buffer is overwritten by the next call).
static void fail(const char *text) {
    if (mkl.error) return;
    size_t i = 0;
    for (; text && text[i] && i + 1 < sizeof mkl.message; i++) mkl.message[i] = text[i];
    mkl.message[i] = 0;
    mkl.error = mkl.message;
}

static void *symbol(void *handle, const char *name) {
    void *p = dlsym(handle, name);
    if (!p) fail(dlerror());
    return p;
}

static void load_vml(void *handle) {
    char name[32];
    for (int f = 0; f < WICK_VML_COUNT; f++) {
        for (int width = 0; width < 2; width++) {
            const char *base = vml_names[f];
            size_t i = 0;
            name[i++] = 'v';
            name[i++] = 'm';
            name[i++] = width ? 'd' : 's';
            while (*base && i + 1 < sizeof name) name[i++] = *base++;
            name[i] = 0;
            void *p = symbol(handle, name);
            if (width) mkl.vmld[f] = (vmld_t)p; else mkl.vmlf[f] = (vmlf_t)p;
        }
    }
}

static void load(void) {
    const char *path = getenv("WICK_MKL_LIBRARY");
#ifdef WICK_MKL_LIBRARY
    if (!path || !*path) path = WICK_MKL_LIBRARY;
#endif
    if (!path || !*path) {
        fail("no MKL library was named (WICK_MKL_LIBRARY)");
        return;
    }
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        fail(dlerror());
        return;
    }
    layer_t threading = (layer_t)symbol(handle, "MKL_Set_Threading_Layer");
    layer_t interface = (layer_t)symbol(handle, "MKL_Set_Interface_Layer");
    mkl.sgemm = (sgemm_t)symbol(handle, "cblas_sgemm");
    mkl.dgemm = (dgemm_t)symbol(handle, "cblas_dgemm");
    mkl.sgemv = (sgemv_t)symbol(handle, "cblas_sgemv");
    mkl.dgemv = (dgemv_t)symbol(handle, "cblas_dgemv");
    mkl.sdot = (sdot_t)symbol(handle, "cblas_sdot");
    mkl.ddot = (ddot_t)symbol(handle, "cblas_ddot");
    load_vml(handle);
    if (mkl.error) return;
    threading(THREADING_SEQUENTIAL);
    interface(INTERFACE_LP64);
    mkl.loaded = 1;
}

/// Loads, and when that fails says so once on stderr: the build asked for MKL.
static void load_or_warn(void) {
    load();
    if (!mkl.loaded)
        fprintf(stderr, "wick: warning: MKL could not be loaded (%s); using OpenBLAS and the C library\n", mkl.error);
}

int wick_mkl_load(void) {
    pthread_once(&once, load_or_warn);
    return mkl.loaded;
}

static int flag(int transposed) { return transposed ? TRANS : NO_TRANS; }

void wick_mkl_sgemm(int trans_a, int trans_b, int m, int n, int k, const float *a, int lda, const float *b, int ldb,
                    float beta, float *c, int ldc) {
    mkl.sgemm(ROW_MAJOR, flag(trans_a), flag(trans_b), m, n, k, 1, a, lda, b, ldb, beta, c, ldc);
}

void wick_mkl_dgemm(int trans_a, int trans_b, int m, int n, int k, const double *a, int lda, const double *b, int ldb,
                    double beta, double *c, int ldc) {
    mkl.dgemm(ROW_MAJOR, flag(trans_a), flag(trans_b), m, n, k, 1, a, lda, b, ldb, beta, c, ldc);
}

void wick_mkl_sgemv(int trans, int m, int n, const float *a, int lda, const float *x, int incx, float *y) {
    mkl.sgemv(ROW_MAJOR, flag(trans), m, n, 1, a, lda, x, incx, 0, y, 1);
}

void wick_mkl_dgemv(int trans, int m, int n, const double *a, int lda, const double *x, int incx, double *y) {
    mkl.dgemv(ROW_MAJOR, flag(trans), m, n, 1, a, lda, x, incx, 0, y, 1);
}

float wick_mkl_sdot(int n, const float *x, int incx, const float *y, int incy) { return mkl.sdot(n, x, incx, y, incy); }

double wick_mkl_ddot(int n, const double *x, int incx, const double *y, int incy) {
    return mkl.ddot(n, x, incx, y, incy);
}

void wick_vml_float(wick_vml_function f, int count, const float *src, float *dst) {
    mkl.vmlf[f](count, src, dst, vml_mode);
}

void wick_vml_double(wick_vml_function f, int count, const double *src, double *dst) {
    mkl.vmld[f](count, src, dst, vml_mode);
}
