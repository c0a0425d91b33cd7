#include "CVectorKernelsAVX512.h"

#if defined(__x86_64__) && defined(__AVX512F__) && defined(__AVX512DQ__) && defined(__FMA__)

#include <immintrin.h>
#include <stdint.h>
#include <string.h>

// glibc's `__exp2f_data`: `32 / ln 2`, the rounding shift `0x1.8p52`, the cubic's coefficients
// scaled for `r`, and the table of `2^(i/32)` minus `i << 47` (VectorKernels/Exponential.swift).
static const uint64_t inv_ln2_n = 0x40471547652b82feULL;
static const uint64_t shift = 0x4338000000000000ULL;
static const uint64_t c0 = 0x3ebc6af84b912394ULL;
static const uint64_t c1 = 0x3f2ebfce50fac4f3ULL;
static const uint64_t c2 = 0x3f962e42ff0c52d6ULL;
static const uint64_t table[32] = {
    0x3ff0000000000000ULL, 0x3fefd9b0d3158574ULL, 0x3fefb5586cf9890fULL, 0x3fef9301d0125b51ULL,
    0x3fef72b83c7d517bULL, 0x3fef54873168b9aaULL, 0x3fef387a6e756238ULL, 0x3fef1e9df51fdee1ULL,
    0x3fef06fe0a31b715ULL, 0x3feef1a7373aa9cbULL, 0x3feedea64c123422ULL, 0x3feece086061892dULL,
    0x3feebfdad5362a27ULL, 0x3feeb42b569d4f82ULL, 0x3feeab07dd485429ULL, 0x3feea47eb03a5585ULL,
    0x3feea09e667f3bcdULL, 0x3fee9f75e8ec5f74ULL, 0x3feea11473eb0187ULL, 0x3feea589994cce13ULL,
    0x3feeace5422aa0dbULL, 0x3feeb737b0cdc5e5ULL, 0x3feec49182a3f090ULL, 0x3feed503b23e255dULL,
    0x3feee89f995ad3adULL, 0x3feeff76f2fb5e47ULL, 0x3fef199bdd85529cULL, 0x3fef3720dcef9069ULL,
    0x3fef5818dcfba487ULL, 0x3fef7c97337b9b5fULL, 0x3fefa4afa2a490daULL, 0x3fefd0765b6e4540ULL,
};

static double as_double(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static float as_float(uint32_t bits) {
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

float wick_expf_scalar_avx512(float x) {
    uint32_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint32_t top = bits >> 20 & 0x7ff;
    if (top >= 0x42b) {
        if (bits == 0xff800000U) return 0;
        if (top >= 0x7f8) return x + x;
        if (x > as_float(0x42b17217U)) return as_float(0x7f800000U);
        if (x < as_float(0xc2cff1b4U)) return 0;
        // glibc's `__math_may_uflowf`: 0x1.4p-75f squared, which rounds to the least subnormal.
        if (x < as_float(0xc2ce8ecfU)) return as_float(1);
    }
    double xd = x;
    double shifted = __builtin_fma(as_double(inv_ln2_n), xd, as_double(shift));
    uint64_t ki;
    memcpy(&ki, &shifted, sizeof ki);
    double kd = shifted - as_double(shift);
    double r = __builtin_fma(as_double(inv_ln2_n), xd, -kd);
    double s = as_double(table[ki & 31] + (ki << 47));
    double z = __builtin_fma(r, as_double(c0), as_double(c1));
    double y = __builtin_fma(z, r * r, __builtin_fma(r, as_double(c2), 1.0));
    return (float)(y * s);
}

/// Eight lanes of the main path (valid where `|x| < 88`).
static inline __m256 core(__m256 x, __m512i t0, __m512i t1, __m512i t2, __m512i t3) {
    const __m512d inv = _mm512_set1_pd(as_double(inv_ln2_n));
    const __m512d sh = _mm512_set1_pd(as_double(shift));
    __m512d xd = _mm512_cvtps_pd(x);
    __m512d shifted = _mm512_fmadd_pd(inv, xd, sh);
    __m512i ki = _mm512_castpd_si512(shifted);
    __m512d kd = _mm512_sub_pd(shifted, sh);
    __m512d r = _mm512_fmadd_pd(inv, xd, _mm512_xor_pd(kd, _mm512_set1_pd(-0.0)));
    // Entries 0-15 and 16-31 by the index's low four bits, then bit 4 picks between them.
    __m512i low = _mm512_permutex2var_epi64(t0, ki, t1);
    __m512i high = _mm512_permutex2var_epi64(t2, ki, t3);
    __mmask8 upper = _mm512_test_epi64_mask(ki, _mm512_set1_epi64(16));
    __m512i entries = _mm512_mask_blend_epi64(upper, low, high);
    __m512d s = _mm512_castsi512_pd(_mm512_add_epi64(entries, _mm512_slli_epi64(ki, 47)));
    __m512d z = _mm512_fmadd_pd(r, _mm512_set1_pd(as_double(c0)), _mm512_set1_pd(as_double(c1)));
    __m512d p = _mm512_fmadd_pd(r, _mm512_set1_pd(as_double(c2)), _mm512_set1_pd(1.0));
    __m512d y = _mm512_fmadd_pd(z, _mm512_mul_pd(r, r), p);
    return _mm512_cvtpd_ps(_mm512_mul_pd(y, s));
}

void wick_expf_avx512(const float *src, float *dst, ptrdiff_t count) {
    const __m512i t0 = _mm512_loadu_si512(table);
    const __m512i t1 = _mm512_loadu_si512(table + 8);
    const __m512i t2 = _mm512_loadu_si512(table + 16);
    const __m512i t3 = _mm512_loadu_si512(table + 24);
    const __m256i exponent_mask = _mm256_set1_epi32(0x7ff);
    const __m256i special = _mm256_set1_epi32(0x42b);
    ptrdiff_t i = 0;
    for (; i + 8 <= count; i += 8) {
        __m256 x = _mm256_loadu_ps(src + i);
        __m256 y = core(x, t0, t1, t2, t3);
        __m256i top = _mm256_and_si256(_mm256_srli_epi32(_mm256_castps_si256(x), 20), exponent_mask);
        __mmask8 lanes = _mm256_cmpge_epu32_mask(top, special);
        if (lanes) {
            float values[8];
            float results[8];
            _mm256_storeu_ps(values, x);
            _mm256_storeu_ps(results, y);
            for (int lane = 0; lane < 8; lane++) {
                if (lanes >> lane & 1) results[lane] = wick_expf_scalar_avx512(values[lane]);
            }
            y = _mm256_loadu_ps(results);
        }
        _mm256_storeu_ps(dst + i, y);
    }
    for (; i < count; i++) dst[i] = wick_expf_scalar_avx512(src[i]);
}

#else

void wick_expf_avx512(const float *src, float *dst, ptrdiff_t count) {
    (void)src;
    (void)dst;
    (void)count;
}

float wick_expf_scalar_avx512(float x) { return x; }

#endif
