package org.autograd4j.kernels;

/**
 * exp, tanh and sigmoid over contiguous float runs in plain Java, shaped so that C2 auto-vectorises
 * the arithmetic on JDK 17 and 25 alike: the scalar provider's loops for a JVM started without the
 * Vector API, where {@link Math#exp} costs about 18 ns per element on JDK 17.
 *
 * <p><b>What C2 vectorises</b> (timed loop variants on an AVX2 Zen 3, JDK 17.0.15 and 25.0.3): float
 * {@code + - * /}, {@link Math#min}, {@link Math#max} and {@link Math#abs} over arrays that are all
 * indexed by the same expression, in a loop body small enough to unroll (C2 unrolls, and so
 * vectorises, bodies up to about {@code LoopUnrollLimit} = 60 nodes). Not vectorised, on either
 * JDK: a loop whose arrays are indexed at different offsets ({@code out[o + i] = in[p + i]}; C2
 * cannot prove the two do not overlap), a body too large to unroll, and any move between the float
 * and int domains ({@code Float.floatToRawIntBits}, {@code Float.intBitsToFloat}, {@code (int) f};
 * JDK 17 not even {@code (float) i}). So each run is processed in blocks of {@link #BLOCK} elements
 * copied into per-thread scratch arrays indexed from zero, and exp is computed in float arithmetic
 * only, in three short passes:
 * <ol>
 * <li>{@link #reduce}: {@code x = k ln 2 + r} with {@code k} rounded to the nearest integer by
 * adding and subtracting 1.5 * 2^23, {@code ln 2} split in two so that {@code k ln2hi} is exact
 * (Cody and Waite), and {@code e^r} by Cephes' degree-6 polynomial on {@code |r| <= ln 2 / 2};</li>
 * <li>{@link #scale}, {@code e^r * 2^k} without touching the exponent bits: {@code 2^k} is built
 * from k's base-4 digits (each found by the same rounding trick), {@code 2^digit} by the cubic
 * through the four points (t^3 + 5t) / 6 + 1, exact on them, and squarings, which are exact for
 * powers of two; the factors are applied in an order that keeps every product but the last exact,
 * so the result is rounded once, to the same float as {@link Math#scalb}, also where it is
 * subnormal, zero or infinite. NaN stays NaN through every step. The work is split in two loops
 * ({@link #scaleByLowDigits}, {@link #scaleByHighDigits}) so that each body is small enough to
 * be vectorised.</li>
 * </ol>
 * The error is at most 1 ulp against the correctly rounded result (measured on all 2^32 inputs for
 * exp, on one in seven for tanh; {@code PortableMathTest} checks a sample of every range, and the
 * scaling against {@link Math#scalb} for every k). Where e^-x overflows, sigmoid is 0, as PyTorch's
 * float kernel.
 *
 * <p>Measured in the bench runner ({@code elementwise}, 16M floats, 2 threads, no JVM flags; CPU ms
 * per call on a loaded machine, before and after): exp 307 to 52 (JDK 17) and 134 to 45 (JDK 25),
 * tanh 853 to 61 and 326 to 93, with the exponent bits added in a scalar loop; MEASURE-SESSION-6.
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
    /** Inputs are clamped to these: exp overflows above 88.73 and is below half the smallest subnormal under -103.98. */
    private static final float EXP_MAX_INPUT = 88.8f;
    private static final float EXP_MIN_INPUT = -110f;
    /**
     * The clamped inputs give k in [-159, 128]; {@link #scaleByHighDigits} adds this multiple of 16
     * so that the digits above the lowest two are those of a number in [0, 288].
     */
    private static final float HIGH_DIGITS_OFFSET = 160f;
    private static final float SIXTH = 1f / 6f;
    /** Where tanh switches from its polynomial to the exp formula. */
    private static final float TANH_POLYNOMIAL_LIMIT = 0.625f;
    /** Multiplying by this turns any nonzero float distance into one of magnitude at least 1, before clamping. */
    private static final float HUGE = 0x1p100f;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private PortableMath() {
    }

    /** Per-thread arrays for one block: the input, the value being computed, and exp's exponent k. */
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
     * exp's first pass: {@code value[i] = e^r} and {@code exponent[i] = k} (an integer in [-159, 128],
     * or NaN) for {@code x[i] - shift = k ln 2 + r}; x and value may be the same array. A shift of 0
     * changes nothing, not even the sign of -0.
     */
    private static void reduce(int len, float[] x, float shift, float[] value, float[] exponent) {
        for (int i = 0; i < len; i++) {
            float clamped = Math.max(Math.min(x[i] - shift, EXP_MAX_INPUT), EXP_MIN_INPUT);
            float k = (clamped * LOG2E + ROUNDING) - ROUNDING;
            float r = clamped - k * LN2_HI - k * LN2_LO;
            float poly = ((((1.9875691500e-4f * r + 1.3981999507e-3f) * r + 8.3334519073e-3f) * r
                    + 4.1665795894e-2f) * r + 1.6666665459e-1f) * r + 5.0000001201e-1f;
            value[i] = poly * (r * r) + r + 1f;
            exponent[i] = k;
        }
    }

    /**
     * {@code value[i] *= 2^exponent[i]} for values in [0.7, 1.42] and exponents k from {@link #reduce},
     * rounded once, as {@link Math#scalb}; {@code exponent} is overwritten.
     */
    static void scale(int len, float[] value, float[] exponent) {
        scaleByLowDigits(len, value, exponent);
        scaleByHighDigits(len, value, exponent);
    }

    /**
     * Multiplies by {@code 2^w} for k's last two base-4 digits {@code w = k - 16 floor(k / 16)} (in
     * [0, 15]), exactly (the value stays below 2^16), and leaves {@code k - w} in {@code exponent}.
     */
    private static void scaleByLowDigits(int len, float[] value, float[] exponent) {
        for (int i = 0; i < len; i++) {
            float k = exponent[i];
            float sixteens = floorToMultiple(k, 16f);
            float w = k - sixteens;
            float fours = floorToMultiple(w, 4f);
            value[i] = value[i] * powerOfTwoUpTo3(w - fours) * powerOfTwoUpTo12(fours);
            exponent[i] = sixteens;
        }
    }

    /**
     * Multiplies by {@code 2^m} for the multiple of 16 {@code m} the low pass left, in [-160, 128], as
     * {@code (value * h) * h} with {@code h = 2^(m / 2) = g^8}, {@code g = 2^(m / 16)}: the first product
     * is exact (its exponent stays within [-81, 80]), so only the second rounds. g comes from the base-4
     * digits of {@code n = m / 16 + 10} in [0, 18]: {@code g = 2^(d - 2) (2^(q - 2))^4} for
     * {@code n = 4q + d}.
     */
    private static void scaleByHighDigits(int len, float[] value, float[] exponent) {
        for (int i = 0; i < len; i++) {
            float n = (exponent[i] + HIGH_DIGITS_OFFSET) * 0.0625f;
            float fours = floorToMultiple(n, 4f);
            float q = fours * 0.25f;
            float quarterPowerOfQ = ((((q - 2f) * q + 11f) * q + 14f) * q + 24f) * (SIXTH * 0.0625f);
            float g = quarterPowerOfQ * quarterPowerOfQ;
            g = g * g * (powerOfTwoUpTo3(n - fours) * 0.25f);
            float h = g * g;
            h = h * h;
            h = h * h;
            value[i] = value[i] * h * h;
        }
    }

    /**
     * {@code step * floor(k / step)} for an integer-valued k (|k| < 2^20) and a power-of-two step:
     * {@code k - (step - 1) / 2} rounded to a multiple of step by adding and subtracting
     * 1.5 * 2^23 * step, whose ulp is step; the difference is never halfway between two multiples.
     */
    private static float floorToMultiple(float k, float step) {
        float rounding = ROUNDING * step;
        return (k - (step - 1f) * 0.5f + rounding) - rounding;
    }

    /** 2^t for t in {0, 1, 2, 3}: the cubic through those four points, {@code (t^3 + 5t) / 6 + 1}, exact on them. */
    private static float powerOfTwoUpTo3(float t) {
        return (t * t + 5f) * t * SIXTH + 1f;
    }

    /**
     * 2^f for f in {0, 4, 8, 12}: the cubic through those four points (16^t = (3375 t^3 - 9450 t^2
     * + 6165 t) / 6 + 1 for t = f / 4), whose coefficients and partial sums are short binary
     * fractions, so it is exact on them.
     */
    private static float powerOfTwoUpTo12(float f) {
        return ((8.7890625f * f - 98.4375f) * f + 256.875f) * f + 1f;
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
