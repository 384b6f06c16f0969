package org.autograd4j.kernels;

/**
 * exp, tanh and sigmoid over contiguous float runs in plain Java, shaped so that C2 auto-vectorises
 * most of the arithmetic on JDK 17 and 25 alike: the scalar provider's loops for a JVM started
 * without the Vector API, where {@link Math#exp} costs about 18 ns per element on JDK 17.
 *
 * <p><b>What C2 vectorises</b> (timed loop variants on an AVX2 Zen 3, JDK 17.0.15 and 25.0.3): float
 * {@code + - * /}, {@link Math#min}, {@link Math#max} and {@link Math#abs} over arrays that are all
 * indexed by the same expression. Not vectorised, on either JDK: a loop whose arrays are indexed at
 * different offsets ({@code out[o + i] = in[p + i]}; C2 cannot prove the two do not overlap), and
 * any move between the float and int domains ({@code Float.floatToRawIntBits},
 * {@code Float.intBitsToFloat}, {@code (int) f}; JDK 17 not even {@code (float) i}). So each run is
 * processed in blocks of {@link #BLOCK} elements copied into per-thread scratch arrays indexed from
 * zero, and exp is split in two passes:
 * <ol>
 * <li>{@link #reduce}, vectorised: {@code x = k ln 2 + r} with {@code k} rounded to the nearest
 * integer by adding and subtracting 1.5 * 2^23, {@code ln 2} split in two so that {@code k ln2hi} is
 * exact (Cody and Waite), and {@code e^r} by Cephes' degree-6 polynomial on {@code |r| <= ln 2 / 2};
 * then {@code k = 2h + b} ({@code h = floor(k / 2)}, by the same rounding trick at 1.5 * 2^24,
 * whose sum keeps h in its low bits) and {@code e^r} is multiplied by {@code 2^b}, exactly;</li>
 * <li>{@link #scale}, scalar but short: {@code 2^h} from h's bits (always a normal float, as
 * {@code |h| <= 80}), then {@code (value * 2^h) * 2^h}, whose first product is exact, so the result
 * is rounded once, to {@link Math#scalb}'s float, including where it is subnormal, zero or infinite,
 * with no branch.</li>
 * </ol>
 * The error is at most 1 ulp against the correctly rounded result (measured on all 2^32 inputs for
 * exp, on one in seven for tanh; {@code PortableMathTest} checks a sample of every range and every
 * k); the results are bit for bit those of the earlier scheme (below), checked on all 2^32 inputs
 * for exp, tanh and sigmoid. Where e^-x overflows, sigmoid is 0, as PyTorch's float kernel.
 *
 * <p>Measured (CPU ns per element, exp of a 512-float block, one thread, in-process and interleaved,
 * on a loaded 2-core Zen 3, JDK 17 / 25): this scheme 1.6 / 1.7; the earlier second pass, which
 * added k to e^r's exponent bits with a branch to {@link Math#scalb} out of the normal range (three
 * float/int moves per element), 2.4 / 2.0; building 2^k in float arithmetic only (k's base-4
 * digits, {@code 2^digit} by exact cubics, squarings; about 50 operations per element in two loops),
 * which C2 does vectorise, 2.2 / 2.3: on 8 lanes that many operations cost as much as the bit
 * moves. The first pass alone costs 1.0 to 1.1. Against {@link Math#exp}, in the bench runner
 * ({@code elementwise}, 16M floats, 2 threads, no JVM flags, CPU ms per call): exp 307 to 52
 * (JDK 17) and 134 to 45 (JDK 25), tanh 853 to 61 and 326 to 93 (session 4).
 *
 * <p>tanh is Cephes' {@code tanhf}: {@code 1 - 2 / (e^{2|x|} + 1)} with the sign of x where
 * {@code |x| >= 0.625}, an odd polynomial below; sigmoid is {@code 1 / (1 + e^{-x})}. Since C2 does
 * not vectorise a conditional, tanh blends its two branches with a weight that is exactly 0 or 1,
 * computed with min and max.
 */
final class PortableMath {
    /** Elements per block: the three scratch arrays (6 KiB) stay in L1. */
    static final int BLOCK = 512;

    private static final float LOG2E = 1.44269504088896341f;
    /** ln 2 in two parts: the first has 9 significant bits, so {@code k * LN2_HI} is exact for |k| < 2^15. */
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    /** 1.5 * 2^23: adding it rounds a float of magnitude below 2^22 to an integer (its ulp there is 1). */
    private static final float ROUNDING = 0x1.8p23f;
    /**
     * 1.5 * 2^24: adding it rounds to an even integer (the ulp there is 2), and the sum's bits exceed
     * this constant's by half that integer.
     */
    private static final float EVEN_ROUNDING = 0x1.8p24f;
    /** Added to the bits of {@code 2h + EVEN_ROUNDING}, shifted into the exponent field, gives 2^h. */
    private static final int HALF_EXPONENT_BIAS = 127 - Float.floatToRawIntBits(EVEN_ROUNDING);
    /** Inputs are clamped to these: exp overflows above 88.73 and is below half the smallest subnormal under -103.98. */
    private static final float EXP_MAX_INPUT = 88.8f;
    private static final float EXP_MIN_INPUT = -110f;
    /**
     * Cephes' coefficients for {@code e^r = 1 + r + r^2 P(r)} on {@code |r| <= ln 2 / 2}, P of degree
     * 5, highest first.
     */
    private static final float P5 = 1.9875691500e-4f;
    private static final float P4 = 1.3981999507e-3f;
    private static final float P3 = 8.3334519073e-3f;
    private static final float P2 = 4.1665795894e-2f;
    private static final float P1 = 1.6666665459e-1f;
    private static final float P0 = 5.0000001201e-1f;
    /** Added to the bits of {@code k + ROUNDING} gives k's biased float exponent (k + 127). */
    private static final int EXPONENT_BIAS = 127 - Float.floatToRawIntBits(ROUNDING);
    /** What {@link #scaleAndSum} returns when some 2^k is below the normal range. */
    static final double BELOW_NORMAL = -1;
    private static final boolean FMA = Cpu.hasFastFma();
    /** Where tanh switches from its polynomial to the exp formula. */
    private static final float TANH_POLYNOMIAL_LIMIT = 0.625f;
    /** Multiplying by this turns any nonzero float distance into one of magnitude at least 1, before clamping. */
    private static final float HUGE = 0x1p100f;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private PortableMath() {
    }

    /** Per-thread arrays for one block: the input, the value being computed, and exp's exponent. */
    private static final class Scratch {
        final float[] x = new float[BLOCK];
        final float[] value = new float[BLOCK];
        final float[] exponent = new float[BLOCK];
        /**
         * expShifted's shift for the run being processed: a field rather than a variable captured by
         * a lambda, which would allocate an object per call (128 KiB per softmax of 4096 rows).
         */
        float shift;
    }

    /** One function on a block: reads {@code x[0, len)}, writes {@code value[0, len)}. */
    @FunctionalInterface
    private interface BlockFunction {
        void apply(int len, Scratch s);
    }

    /** {@code out[outOff + i] = e^in[inOff + i]} for {@code i < n}; in and out may be the same run. */
    static void exp(int n, float[] in, int inOff, float[] out, int outOff) {
        expShifted(n, in, inOff, 0f, out, outOff);
    }

    /** {@code out[outOff + i] = e^(in[inOff + i] - shift)}, rounding the difference to float first. */
    static void expShifted(int n, float[] in, int inOff, float shift, float[] out, int outOff) {
        SCRATCH.get().shift = shift;
        forBlocks(n, in, inOff, out, outOff, PortableMath::expBlock);
    }

    /** {@code out[outOff + i] = tanh(in[inOff + i])}. */
    static void tanh(int n, float[] in, int inOff, float[] out, int outOff) {
        forBlocks(n, in, inOff, out, outOff, PortableMath::tanhBlock);
    }

    /** {@code out[outOff + i] = 1 / (1 + e^-in[inOff + i])}. */
    static void sigmoid(int n, float[] in, int inOff, float[] out, int outOff) {
        forBlocks(n, in, inOff, out, outOff, PortableMath::sigmoidBlock);
    }

    private static void forBlocks(int n, float[] in, int inOff, float[] out, int outOff, BlockFunction f) {
        Scratch s = SCRATCH.get();
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            System.arraycopy(in, inOff + from, s.x, 0, len);
            f.apply(len, s);
            System.arraycopy(s.value, 0, out, outOff + from, len);
        }
    }

    private static void expBlock(int len, Scratch s) {
        reduce(len, s.x, s.shift, s.value, s.exponent);
        scale(len, s.value, s.exponent);
    }

    private static void sigmoidBlock(int len, Scratch s) {
        negate(len, s.x, s.value);
        reduce(len, s.value, 0f, s.value, s.exponent);
        scale(len, s.value, s.exponent);
        reciprocalOfOnePlus(len, s.value);
    }

    private static void tanhBlock(int len, Scratch s) {
        twiceAbs(len, s.x, s.value);
        reduce(len, s.value, 0f, s.value, s.exponent);
        scale(len, s.value, s.exponent);
        tanhFromExp(len, s.x, s.value);
    }

    /**
     * exp's vectorised pass: for {@code x[i] - shift = k ln 2 + r} and {@code k = 2h + b} (b is 0 or 1),
     * {@code value[i] = e^r 2^b} (in [0.7, 2.83]) and {@code exponent[i] = 2h + 1.5 * 2^24}, whose bits
     * hold h (in [-80, 64]); NaN in both for a NaN input. x and value may be the same array. A shift
     * of 0 changes nothing, not even the sign of -0.
     */
    private static void reduce(int len, float[] x, float shift, float[] value, float[] exponent) {
        for (int i = 0; i < len; i++) {
            float clamped = Math.max(Math.min(x[i] - shift, EXP_MAX_INPUT), EXP_MIN_INPUT);
            float k = (clamped * LOG2E + ROUNDING) - ROUNDING;
            float r = clamped - k * LN2_HI - k * LN2_LO;
            float poly = ((((P5 * r + P4) * r + P3) * r + P2) * r + P1) * r + P0;
            // k - 1/2 is never halfway between two even integers: rounding it gives 2 floor(k / 2)
            float evenPart = k - 0.5f + EVEN_ROUNDING;
            float lowBit = k - (evenPart - EVEN_ROUNDING);
            value[i] = (poly * (r * r) + r + 1f) * (1f + lowBit);
            exponent[i] = evenPart;
        }
    }

    /**
     * exp's scalar pass: {@code value[i] = (value[i] 2^h) 2^h} for the h that {@link #reduce} left in
     * {@code exponent[i]}'s bits; 2^h is a normal float and the first product exact, so only the
     * second rounds. A NaN value stays NaN whatever the bits of its NaN exponent make of 2^h.
     */
    private static void scale(int len, float[] value, float[] exponent) {
        for (int i = 0; i < len; i++) {
            int bits = (Float.floatToRawIntBits(exponent[i]) + HALF_EXPONENT_BIAS) << 23;
            float halfScale = Float.intBitsToFloat(bits);
            value[i] = value[i] * halfScale * halfScale;
        }
    }

    /**
     * The first pass of exp for softmax's row, whose arguments {@code t = x[i] - shift} are never
     * positive (the shift is the row's finite maximum): {@code mantissa[i] = e^r} (in [0.7, 1.42])
     * and {@code exponent[i] = k + 1.5 * 2^23}, whose bits hold k, for {@code t = k ln 2 + r}.
     * Against {@link #reduce}: no upper clamp, k is not split (so {@link #scaleAndSum} applies 2^k in
     * one product) and the polynomial takes fused multiply-adds where the CPU has them
     * ({@link #multiplyAdd}). The lower clamp stays, so that k stays in [-159, 0]: an unclamped t of
     * -1e7 gives a negative exponent float whose bits overflow scaleAndSum's int arithmetic.
     */
    static void expNonPositiveParts(int len, float[] x, float shift, float[] mantissa, float[] exponent) {
        for (int i = 0; i < len; i++) {
            float t = Math.max(x[i] - shift, EXP_MIN_INPUT);
            float roundedK = multiplyAdd(t, LOG2E, ROUNDING);
            float k = roundedK - ROUNDING;
            float r = multiplyAdd(k, -LN2_LO, multiplyAdd(k, -LN2_HI, t));
            float poly = multiplyAdd(multiplyAdd(multiplyAdd(multiplyAdd(multiplyAdd(P5, r, P4), r, P3), r, P2), r,
                    P1), r, P0);
            mantissa[i] = multiplyAdd(poly, r * r, r + 1f);
            exponent[i] = roundedK;
        }
    }

    /**
     * {@code a b + c}: {@link Math#fma} where it is the CPU's instruction (8-12% less CPU for
     * softmax than a multiply and an add, session 7), otherwise a multiply and an add, since a
     * software fma is hundreds of times slower. {@link #FMA} is a constant, so C2 compiles only one form
     * and still vectorises the loop; both forms pass {@code PortableMathTest}'s 1-ulp sweep.
     */
    private static float multiplyAdd(float a, float b, float c) {
        return FMA ? Math.fma(a, b, c) : a * b + c;
    }

    /**
     * The second pass after {@link #expNonPositiveParts}: {@code out[outOff + i] = mantissa[i] 2^k},
     * 2^k built from k's bits and applied in one rounding, and returns their sum, added in eight
     * double accumulators ({@link ScalarKernels#sumContiguous}) by a second loop over the output.
     * {@code out} may be {@code mantissa} itself at offset 0. Returns {@link #BELOW_NORMAL}, leaving
     * {@code out} unspecified, when some k is below -126, where one product cannot give the subnormal
     * or zero result: the caller computes that run with {@link #expShifted} instead.
     */
    static double scaleAndSum(int len, float[] mantissa, float[] exponent, float[] out, int outOff) {
        boolean normal = scaleByPowersOfTwo(len, mantissa, exponent, out, outOff);
        return normal ? ScalarKernels.sumContiguous(len, out, outOff) : BELOW_NORMAL;
    }

    /**
     * {@code out[outOff + i] = mantissa[i] 2^k}; false if some k is below -126. Scalar, since C2
     * vectorises no float/int bit move; a plain loop, which C2 unrolls itself. With the sum in a loop
     * of its own, the pair costs 0.7-0.9 CPU ns per element against 1.05-1.4 for the two fused in
     * one loop unrolled by hand into eight float lanes, which session 7 had (session 8,
     * docs/BENCHMARKS.md "Session 8: softmax rows").
     */
    private static boolean scaleByPowersOfTwo(int len, float[] mantissa, float[] exponent, float[] out, int outOff) {
        // negative iff some biased exponent is below 1, the smallest normal one (k < -126)
        int belowNormal = 0;
        for (int i = 0; i < len; i++) {
            int biased = biasedExponent(exponent[i]);
            belowNormal |= biased - 1;
            out[outOff + i] = mantissa[i] * powerOfTwo(biased);
        }
        return belowNormal >= 0;
    }

    /** k + 127 for the k that {@link #expNonPositiveParts} left in the bits of its exponent float. */
    private static int biasedExponent(float roundedK) {
        return Float.floatToRawIntBits(roundedK) + EXPONENT_BIAS;
    }

    /** 2^k from k + 127 in [1, 254]. */
    private static float powerOfTwo(int biasedExponent) {
        return Float.intBitsToFloat(biasedExponent << 23);
    }

    private static void negate(int len, float[] x, float[] out) {
        for (int i = 0; i < len; i++) {
            out[i] = -x[i];
        }
    }

    private static void twiceAbs(int len, float[] x, float[] out) {
        for (int i = 0; i < len; i++) {
            out[i] = 2f * Math.abs(x[i]);
        }
    }

    private static void reciprocalOfOnePlus(int len, float[] value) {
        for (int i = 0; i < len; i++) {
            value[i] = 1f / (1f + value[i]);
        }
    }

    /**
     * tanh from x and {@code e = e^{2|x|}}: the polynomial up to {@link #TANH_POLYNOMIAL_LIMIT}, the
     * exp formula above it, blended by a weight that is exactly 0 or 1 (and a sign that is
     * exactly ±1 where the formula is used), so each element gets one of the two, unmixed. The
     * polynomial's argument is clamped to [-1, 1] so that the unused branch stays finite, and is
     * written {@code x (1 + z P(z))} so that tanh(-0) is -0.
     */
    private static void tanhFromExp(int len, float[] x, float[] e) {
        for (int i = 0; i < len; i++) {
            float xi = x[i];
            float large = 1f - 2f / (e[i] + 1f);
            float xs = Math.max(Math.min(xi, 1f), -1f);
            float z = xs * xs;
            float small = xs * (1f + ((((-5.70498872745e-3f * z + 2.06390887954e-2f) * z - 5.37397155531e-2f) * z
                    + 1.33314422036e-1f) * z - 3.33332819422e-1f) * z);
            float weight = Math.max(Math.min((Math.abs(xi) - TANH_POLYNOMIAL_LIMIT) * HUGE, 1f), 0f);
            float sign = Math.max(Math.min(xi * HUGE, 1f), -1f);
            e[i] = (1f - weight) * small + weight * (sign * large);
        }
    }
}
