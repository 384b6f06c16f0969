package org.autograd4j;

import org.autograd4j.internal.Args;

/**
 * A seedable random generator that reproduces PyTorch 1.13's CPU generator stream by stream: after
 * {@code manualSeed(s)} the same sequence of {@code rand}/{@code randn}/{@code randint}/... calls gives the
 * same numbers as {@code torch.manual_seed(s)} followed by the same torch calls.
 *
 * <p>The engine is ATen's 32-bit mt19937 ({@code random()} is one draw, {@code random64()} two, the first
 * one high). The distributions follow ATen's {@code DistributionsHelper.h}, {@code TransformationHelper.h}
 * and the CPU kernels of {@code native/cpu/DistributionTemplates.h} (for normal_ the AVX2 variant, which
 * is what PyTorch picks on any x86-64 CPU with AVX2).
 *
 * <p>Every stream is bit-exact except float64 normals: those go through the C library's log/sin/cos, which
 * Java cannot reproduce; {@link Math}'s versions agree in all but about 0.1% of values (last-bit
 * differences). Float32 normals are exact (polynomials replicated for tensors of 16+ elements, values
 * rounded from double for smaller ones).
 */
public final class Generator {
    /** PyTorch's {@code default_rng_seed_val}. */
    public static final long DEFAULT_SEED = 67280421310721L;

    private static final Generator DEFAULT = new Generator();

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private static final float FLOAT_DIVISOR = 1.0f / (1 << 24);
    private static final double DOUBLE_DIVISOR = 1.0 / (1L << 53);
    private static final long DOUBLE_MASK = (1L << 53) - 1;
    /** normal_ switches from one-at-a-time Box–Muller to the vectorisable block fill at this size. */
    private static final int NORMAL_FILL_MIN = 16;

    private final int[] state = new int[N];
    private int left;
    private int next;
    private long seed;
    /** Box–Muller's second value, kept for the next scalar normal draw (ATen's next_double_normal_sample). */
    private double cachedNormal;
    private boolean hasCachedNormal;

    public Generator() {
        this(DEFAULT_SEED);
    }

    public Generator(long seed) {
        manualSeed(seed);
    }

    /** The process-wide generator behind {@link Tensor#manualSeed} and the Tensor factories. */
    public static Generator defaultGenerator() {
        return DEFAULT;
    }

    /** {@code generator}, or the default one for null (PyTorch's {@code generator=None}). */
    public static Generator orDefault(Generator generator) {
        return generator != null ? generator : DEFAULT;
    }

    /** Re-seeds and drops any cached normal value, like {@code torch.Generator.manual_seed}. */
    public synchronized Generator manualSeed(long seed) {
        this.seed = seed;
        hasCachedNormal = false;
        // mt19937 takes only the low 32 bits of the seed.
        state[0] = (int) seed;
        for (int j = 1; j < N; j++) {
            state[j] = 1812433253 * (state[j - 1] ^ (state[j - 1] >>> 30)) + j;
        }
        left = 1;
        next = 0;
        return this;
    }

    public synchronized long initialSeed() {
        return seed;
    }

    /** A copy of the whole state ({@code torch.Generator.get_state}), to put back later with {@link #setState}. */
    public synchronized State getState() {
        return new State(state.clone(), left, next, seed, cachedNormal, hasCachedNormal);
    }

    /** Puts back a state from {@link #getState} ({@code set_state}): the same draws follow again. */
    public synchronized void setState(State saved) {
        Args.nonNull(saved, "state");
        System.arraycopy(saved.words, 0, state, 0, N);
        left = saved.left;
        next = saved.next;
        seed = saved.seed;
        cachedNormal = saved.cachedNormal;
        hasCachedNormal = saved.hasCachedNormal;
    }

    /** An opaque snapshot of a generator's state. */
    public static final class State {
        private final int[] words;
        private final int left;
        private final int next;
        private final long seed;
        private final double cachedNormal;
        private final boolean hasCachedNormal;

        private State(int[] words, int left, int next, long seed, double cachedNormal, boolean hasCachedNormal) {
            this.words = words;
            this.left = left;
            this.next = next;
            this.seed = seed;
            this.cachedNormal = cachedNormal;
            this.hasCachedNormal = hasCachedNormal;
        }
    }

    // ---------------------------------------------------------------- engine

    /** One 32-bit mt19937 draw, as an unsigned value. */
    private long random() {
        if (--left == 0) {
            nextState();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private long random64() {
        long hi = random();
        return hi << 32 | random();
    }

    private void nextState() {
        left = N;
        next = 0;
        for (int k = 0; k < N; k++) {
            int y = (state[k] & UPPER_MASK) | (state[(k + 1) % N] & LOWER_MASK);
            state[k] = state[(k + M) % N] ^ (y >>> 1) ^ ((state[(k + 1) % N] & 1) != 0 ? MATRIX_A : 0);
        }
    }

    // ---------------------------------------------------------------- scalar draws

    /** Uniform float in [0, 1) from the low 24 bits of one draw. */
    private float uniformFloat() {
        return (random() & 0xffffff) * FLOAT_DIVISOR;
    }

    /** Uniform double in [0, 1) from the low 53 bits of a 64-bit draw. */
    private double uniformDouble() {
        return (random64() & DOUBLE_MASK) * DOUBLE_DIVISOR;
    }

    /**
     * A uniform double in [0, 1) as PyTorch's {@code bernoulli_(p)} draws it in builds without MKL, so
     * {@code nextDouble() < 1 - p} per element reproduces {@code F.dropout}'s keep mask.
     */
    public synchronized double nextDouble() {
        return uniformDouble();
    }

    /**
     * A uniform int64 in [0, 2^63), as {@code torch.empty((), dtype=torch.int64).random_(generator=g)} draws it:
     * the seed PyTorch's data loading takes for a shuffle or for its workers.
     */
    public synchronized long nextLong() {
        return random64() & Long.MAX_VALUE;
    }

    /** A uniform float in [0, 1) from the low 24 bits of one 32-bit draw: ATen's {@code uniform_real_distribution<float>}. */
    public synchronized float nextFloat() {
        return uniformFloat();
    }

    /** One raw 32-bit mt19937 draw, as an unsigned value (ATen's {@code generator->random()}). */
    public synchronized long nextBits32() {
        return random();
    }

    /** Two raw draws, the first one high (ATen's {@code generator->random64()}); may be negative as a Java long. */
    public synchronized long nextBits64() {
        return random64();
    }

    /**
     * One draw of ATen's scalar {@code normal_distribution<double>(mean, std)}, which PyTorch's samplers use
     * one element at a time (log_normal_, and normal_ on small or non-contiguous tensors).
     */
    public synchronized double nextNormal(double mean, double std) {
        return scalarNormal(mean, std);
    }

    /** ATen's scalar normal_distribution&lt;double&gt;: Box–Muller, caching the sine half. */
    private double scalarNormal(double mean, double std) {
        if (hasCachedNormal) {
            hasCachedNormal = false;
            return Math.fma(cachedNormal, std, mean);
        }
        double u1 = uniformDouble();
        double u2 = uniformDouble();
        double r = Math.sqrt(-2.0 * Math.log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        cachedNormal = r * Math.sin(theta);
        hasCachedNormal = true;
        return Math.fma(r * Math.cos(theta), std, mean);
    }

    // ---------------------------------------------------------------- array fills
    // PyTorch's CPU kernels are built with -mfma and GCC fuses "x * span + from" and "n * std + mean"
    // into one FMA, hence Math.fma wherever a product feeds an add: the last bit depends on it.

    public synchronized void uniform(float[] out, int off, int n, double from, double to) {
        Args.nonNull(out, "out");
        float lo = (float) from;
        float span = (float) to - lo;
        for (int i = off; i < off + n; i++) {
            out[i] = Math.fma(uniformFloat(), span, lo);
        }
    }

    public synchronized void uniform(double[] out, int off, int n, double from, double to) {
        Args.nonNull(out, "out");
        double span = to - from;
        for (int i = off; i < off + n; i++) {
            out[i] = Math.fma(uniformDouble(), span, from);
        }
    }

    public synchronized void normal(float[] out, int off, int n, double mean, double std) {
        Args.nonNull(out, "out");
        if (n < NORMAL_FILL_MIN) {
            for (int i = off; i < off + n; i++) {
                out[i] = (float) scalarNormal(mean, std);
            }
            return;
        }
        float m = (float) mean;
        float s = (float) std;
        uniform(out, off, n, 0, 1);
        float[] sinCos = new float[2];
        for (int i = 0; i + NORMAL_FILL_MIN <= n; i += NORMAL_FILL_MIN) {
            boxMuller16(out, off + i, m, s, sinCos);
        }
        // A ragged tail: PyTorch redraws the last 16 slots (overlapping finished ones) and transforms them.
        if (n % NORMAL_FILL_MIN != 0) {
            int last = off + n - NORMAL_FILL_MIN;
            uniform(out, last, NORMAL_FILL_MIN, 0, 1);
            boxMuller16(out, last, m, s, sinCos);
        }
    }

    public synchronized void normal(double[] out, int off, int n, double mean, double std) {
        Args.nonNull(out, "out");
        if (n < NORMAL_FILL_MIN) {
            for (int i = off; i < off + n; i++) {
                out[i] = scalarNormal(mean, std);
            }
            return;
        }
        uniform(out, off, n, 0, 1);
        for (int i = 0; i + NORMAL_FILL_MIN <= n; i += NORMAL_FILL_MIN) {
            boxMuller16(out, off + i, mean, std);
        }
        if (n % NORMAL_FILL_MIN != 0) {
            int last = off + n - NORMAL_FILL_MIN;
            uniform(out, last, NORMAL_FILL_MIN, 0, 1);
            boxMuller16(out, last, mean, std);
        }
    }

    /** normal_fill_16_AVX2: slots j and j+8 hold the two uniforms of one Box–Muller pair. */
    private static void boxMuller16(float[] d, int at, float mean, float std, float[] sinCos) {
        for (int j = at; j < at + 8; j++) {
            float radius = (float) Math.sqrt(-2f * AvxMathFun.log(1f - d[j]));
            AvxMathFun.sincos((float) (2.0 * Math.PI) * d[j + 8], sinCos);
            d[j] = Math.fma(radius * sinCos[1], std, mean);
            d[j + 8] = Math.fma(radius * sinCos[0], std, mean);
        }
    }

    /** normal_fill_16 for double (PyTorch calls the C library's log, sin and cos here). */
    private static void boxMuller16(double[] d, int at, double mean, double std) {
        for (int j = at; j < at + 8; j++) {
            double radius = Math.sqrt(-2 * Math.log(1 - d[j]));
            double theta = 2.0 * Math.PI * d[j + 8];
            d[j] = Math.fma(radius * Math.cos(theta), std, mean);
            d[j + 8] = Math.fma(radius * Math.sin(theta), std, mean);
        }
    }

    // ---------------------------------------------------------------- tensors

    public Tensor rand(int[] shape, DType dtype) {
        Args.nonNull(shape, "shape");
        Args.nonNull(dtype, "dtype");
        int n = numel(shape);
        switch (floating(dtype, "rand")) {
            case FLOAT32: {
                float[] data = new float[n];
                uniform(data, 0, n, 0, 1);
                return Tensor.adopt(data, dtype, shape);
            }
            default: {
                double[] data = new double[n];
                uniform(data, 0, n, 0, 1);
                return Tensor.adopt(data, dtype, shape);
            }
        }
    }

    public Tensor randn(int[] shape, DType dtype) {
        Args.nonNull(shape, "shape");
        Args.nonNull(dtype, "dtype");
        int n = numel(shape);
        switch (floating(dtype, "randn")) {
            case FLOAT32: {
                float[] data = new float[n];
                normal(data, 0, n, 0, 1);
                return Tensor.adopt(data, dtype, shape);
            }
            default: {
                double[] data = new double[n];
                normal(data, 0, n, 0, 1);
                return Tensor.adopt(data, dtype, shape);
            }
        }
    }

    /** Uniform int64 in [low, high): {@code draw % (high - low) + low}, with a 64-bit draw for spans >= 2^32. */
    public synchronized Tensor randint(long low, long high, int[] shape) {
        Args.nonNull(shape, "shape");
        if (low >= high) {
            throw new IllegalArgumentException("random_ expects 'from' to be less than 'to', but got from="
                    + low + " >= to=" + high);
        }
        long range = high - low;
        boolean wide = Long.compareUnsigned(range, 1L << 32) >= 0;
        long[] data = new long[numel(shape)];
        for (int i = 0; i < data.length; i++) {
            data[i] = Long.remainderUnsigned(wide ? random64() : random(), range) + low;
        }
        return Tensor.adopt(data, DType.INT64, shape);
    }

    /** A random permutation of 0..n-1 (int64), by ATen's CPU Fisher–Yates: swap i with i + draw % (n - i). */
    public synchronized Tensor randperm(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be non-negative, got" + n);
        }
        long[] perm = new long[org.autograd4j.tensor.Shapes.storableLength(n)];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            int z = (int) (random() % (n - i));
            long saved = perm[i];
            perm[i] = perm[i + z];
            perm[i + z] = saved;
        }
        return Tensor.adopt(perm, DType.INT64, n);
    }

    /** 1 with probability {@code probs[i]}, else 0, in the dtype of {@code probs} (float32 or float64). */
    public synchronized Tensor bernoulli(Tensor probs) {
        Args.nonNull(probs, "probs");
        int[] shape = probs.shape();
        if (floating(probs.dtype(), "bernoulli") == DType.FLOAT32) {
            float[] p = probs.toFloatArray();
            float[] out = new float[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = uniformFloat() < p[i] ? 1f : 0f;
            }
            return Tensor.adopt(out, DType.FLOAT32, shape);
        }
        double[] p = probs.toDoubleArray();
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = uniformDouble() < p[i] ? 1.0 : 0.0;
        }
        return Tensor.adopt(out, DType.FLOAT64, shape);
    }

    private static DType floating(DType dtype, String op) {
        if (dtype != DType.FLOAT32 && dtype != DType.FLOAT64) {
            throw new IllegalArgumentException("\"" + op + "\" not implemented for '" + dtype.torchName() + "'");
        }
        return dtype;
    }

    private static int numel(int[] shape) {
        return org.autograd4j.tensor.Shapes.numel(shape);
    }
}
