#ifndef COPENBLAS_SHIM_H
#define COPENBLAS_SHIM_H

/* OpenBLAS's CBLAS interface (gemm, gemv, dot) and its thread-count controls.
   Debian's libopenblas-dev puts cblas.h in the include directory that
   `pkg-config --cflags openblas` names. */

#include <cblas.h>

#endif
