package org.autograd4j;

/**
 * Scalar replica of the float log and sin/cos that PyTorch's AVX2 {@code normal_} kernel uses (ATen's
 * {@code avx_mathfun.h}, Cephes polynomials vectorised by Julien Pommier / Giovanni Garberoglio).
 *
 * <p>They are not correctly rounded, so {@link Math} would give different last bits. PyTorch compiles
 * that file with {@code -mfma} and GCC fuses each multiply that feeds a single add into one FMA;
 * {@link Math#fma} reproduces each fused step, which makes the results bit-identical.
 */
final class AvxMathFun {
    private static final float MIN_NORM_POS = Float.intBitsToFloat(0x00800000);
    private static final float SQRTHF = 0.707106781186547524f;
    private static final float[] LOG_P = {
        7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f, 1.4249322787E-1f,
        -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f, 3.3333331174E-1f};
    private static final float LOG_Q1 = -2.12194440e-4f;
    private static final float LOG_Q2 = 0.693359375f;

    private static final float MINUS_DP1 = -0.78515625f;
    private static final float MINUS_DP2 = -2.4187564849853515625e-4f;
    private static final float MINUS_DP3 = -3.77489497744594108e-8f;
    private static final float SINCOF_P0 = -1.9515295891E-4f;
    private static final float SINCOF_P1 = 8.3321608736E-3f;
    private static final float SINCOF_P2 = -1.6666654611E-1f;
    private static final float COSCOF_P0 = 2.443315711809948E-005f;
    private static final float COSCOF_P1 = -1.388731625493765E-003f;
    private static final float COSCOF_P2 = 4.166664568298827E-002f;
    private static final float FOPI = 1.27323954473516f;
    private static final int SIGN_MASK = 0x80000000;

    private AvxMathFun() {
    }

    /** {@code log256_ps} for one lane; only called with x in (0, 1], so the NaN masking is not needed. */
    static float log(float x) {
        x = Math.max(x, MIN_NORM_POS);
        int bits = Float.floatToRawIntBits(x);
        float e = (float) ((bits >>> 23) - 0x7f) + 1f;
        // Keep the mantissa, with the exponent of 0.5: x in [0.5, 1).
        x = Float.intBitsToFloat((bits & ~0x7f800000) | Float.floatToRawIntBits(0.5f));
        boolean small = x < SQRTHF;
        float tmp = small ? x : 0f;
        x = x - 1f;
        e = e - (small ? 1f : 0f);
        x = x + tmp;
        float z = x * x;
        float y = LOG_P[0];
        for (int k = 1; k < LOG_P.length; k++) {
            y = Math.fma(y, x, LOG_P[k]);
        }
        y = y * x;
        y = Math.fma(y, z, e * LOG_Q1);
        y = y - z * 0.5f;
        return Math.fma(e, LOG_Q2, x + y);
    }

    /** {@code sincos256_ps} for one lane: returns {sin(x), cos(x)}. */
    static void sincos(float x, float[] sinCos) {
        int signSin = Float.floatToRawIntBits(x) & SIGN_MASK;
        x = Math.abs(x);
        // j = (int(x * 4/pi) + 1) & ~1 selects the octant; x is reduced by j * pi/4 in three parts.
        int j = ((int) (x * FOPI) + 1) & ~1;
        float y = j;
        signSin ^= (j & 4) << 29;
        boolean octantNearAxis = (j & 2) == 0;
        x = Math.fma(y, MINUS_DP1, x);
        x = Math.fma(y, MINUS_DP2, x);
        x = Math.fma(y, MINUS_DP3, x);
        int signCos = (~(j - 2) & 4) << 29;

        float z = x * x;
        float c = Math.fma(COSCOF_P0, z, COSCOF_P1);
        c = Math.fma(c, z, COSCOF_P2);
        c = c * z;
        c = Math.fma(c, z, -(z * 0.5f));
        c = c + 1f;
        float s = Math.fma(SINCOF_P0, z, SINCOF_P1);
        s = Math.fma(s, z, SINCOF_P2);
        s = s * z;
        s = Math.fma(s, x, x);

        // The same blend arithmetic as the vector code, so signed zeros come out alike.
        float sinFromS = octantNearAxis ? s : 0f;
        float sinFromC = octantNearAxis ? 0f : c;
        s = s - sinFromS;
        c = c - sinFromC;
        sinCos[0] = Float.intBitsToFloat(Float.floatToRawIntBits(sinFromC + sinFromS) ^ signSin);
        sinCos[1] = Float.intBitsToFloat(Float.floatToRawIntBits(c + s) ^ signCos);
    }
}
