#ifndef WICK_CMKL_H
#define WICK_CMKL_H

#include <stdint.h>

/// Intel oneMKL for the opt-in `make WICK_BLAS=mkl` build (docs/fidelity.md): the products and
/// the VML functions PyTorch's CPU wheel computes with, loaded at run time from `libmkl_rt.so.2`
/// with `dlopen(RTLD_LOCAL)`, so its `cblas_*` never mix with OpenBLAS's of the same names.
///
/// The library is the one named by the environment variable `WICK_MKL_LIBRARY` when it is set,
/// otherwise the path the build was given (`-DWICK_MKL_LIBRARY="..."`); without either, nothing
/// loads. MKL runs on its sequential threading layer with the LP64 interface (32-bit sizes, as
/// ATen assumes); Wick's own threads split the work.

/// Loads MKL once (thread-safe); 1 when its functions can be called, 0 otherwise (then a warning
/// has gone to stderr once).
int wick_mkl_load(void);

/// `cblas_?gemm` row-major with alpha = 1: `c = op(a) op(b) + beta c`.
void wick_mkl_sgemm(int trans_a, int trans_b, int m, int n, int k, const float *a, int lda, const float *b, int ldb,
                    float beta, float *c, int ldc);
void wick_mkl_dgemm(int trans_a, int trans_b, int m, int n, int k, const double *a, int lda, const double *b, int ldb,
                    double beta, double *c, int ldc);

/// `cblas_?gemv` row-major with alpha = 1 and beta = 0 (`y = op(a) x`, y contiguous).
void wick_mkl_sgemv(int trans, int m, int n, const float *a, int lda, const float *x, int incx, float *y);
void wick_mkl_dgemv(int trans, int m, int n, const double *a, int lda, const double *x, int incx, double *y);

/// `cblas_?dot`.
float wick_mkl_sdot(int n, const float *x, int incx, const float *y, int incy);
double wick_mkl_ddot(int n, const double *x, int incx, const double *y, int incy);

/// The VML functions ATen's `vml.h` calls (`vm?Exp` …), in ATen's mode
/// `VML_HA | VML_FTZDAZ_OFF | VML_ERRMODE_IGNORE`.
typedef enum {
    WICK_VML_EXP, WICK_VML_LN, WICK_VML_LOG10, WICK_VML_LOG2, WICK_VML_SQRT, WICK_VML_SIN, WICK_VML_COS,
    WICK_VML_TAN, WICK_VML_ASIN, WICK_VML_ACOS, WICK_VML_ATAN, WICK_VML_TANH, WICK_VML_ERF, WICK_VML_ERFC,
    WICK_VML_ERFINV, WICK_VML_COUNT
} wick_vml_function;

/// `dst[i] = f(src[i])` for `i < count` (count ≤ INT32_MAX; src and dst may be the same memory).
void wick_vml_float(wick_vml_function f, int count, const float *src, float *dst);
void wick_vml_double(wick_vml_function f, int count, const double *src, double *dst);

#endif
