package org.autograd4j.kernels;

/**
 * The loops of convolution's three bilinear maps, on row-major {@code float[]} or {@code double[]}
 * arrays: the forward {@code y = conv(x, w)}, the input gradient {@code convT(gy, w)} and the
 * weight gradient {@code wgrad(x, gy)}. Each runs {@link Im2Col} per chunk of samples and group
 * into a reused column buffer and hands the product to {@link Gemm}; col2im scatters the input
 * gradient back. A weight gradient with few weights (the first layer of an image network) runs as
 * {@link LongDotProducts} instead of a GEMM.
 */
public final class ConvolutionKernels {
    private ConvolutionKernels() {
    }

    /** Which map: FORWARD (x, w) to y; INPUT_GRAD (y-shaped, w) to x-shaped; WEIGHT_GRAD (x, y-shaped) to w-shaped. */
    public enum Map { FORWARD, INPUT_GRAD, WEIGHT_GRAD }

    /** Column-buffer elements one batch chunk may use (bounds the scratch memory of large inputs). */
    private static final int CHUNK_ELEMENTS = 1 << 22;

    /**
     * Weights per group up to which the weight gradient's products run as {@link LongDotProducts} (the
     * first layer of an image network: 32 x 9, summed over every output position of the batch) rather
     * than as a GEMM, whose rows of C would be a few dozen elements long.
     */
    private static final int FEW_WEIGHTS = 4096;

    /** Elements a thread's share of a copying pass should have at least, so that splitting pays. */
    private static final int PARALLEL_ELEMENTS = 1 << 15;

    /** Per-thread scratch (column buffer and a transposed operand), reused across calls. */
    private static final ThreadLocal<Object[]> SCRATCH = ThreadLocal.withInitial(() -> new Object[2]);

    /** A scratch array of at least {@code n} elements of {@code like}'s element type. */
    private static Object scratch(Object like, int n) {
        Object[] cache = SCRATCH.get();
        boolean floats = like instanceof float[];
        int slot = floats ? 0 : 1;
        Object buf = cache[slot];
        if (buf == null || java.lang.reflect.Array.getLength(buf) < n) {
            buf = floats ? new float[n] : new double[n];
            cache[slot] = buf;
        }
        return buf;
    }

    /**
     * Runs one of the three maps on row-major {@code a}, {@code b} into the zeroed {@code out} (all of one
     * element type). The batch goes in chunks of {@code nb} samples per group: their columns side by
     * side as one [k, nb*p] matrix, and the y-shaped operand's [og, p] planes gathered into one
     * [og, nb*p] matrix, so each chunk is a single large GEMM.
     */
    public static void run(Map kind, ConvGeometry g, Object a, Object b, Object out) {
        int cg = g.c / g.groups;
        int og = g.o / g.groups;
        int k = rows(g);
        int p = g.oh * g.ow;
        int nb = Math.max(1, Math.min(g.n, CHUNK_ELEMENTS / Math.max(1, k * p)));
        int cols = nb * p;
        Object buf = scratch(a, k * cols + (nb > 1 ? og * cols : 0));
        int yOff = k * cols; // the [og, nb*p] y-shaped matrix in buf (used when nb > 1)
        for (int n0 = 0; n0 < g.n; n0 += nb) {
            int m = Math.min(nb, g.n - n0);
            int mp = m * p;
            for (int gi = 0; gi < g.groups; gi++) {
                int xOff = (n0 * g.c + gi * cg) * g.h * g.w;
                int xStride = g.c * g.h * g.w;
                int ys = (n0 * g.o + gi * og) * p; // this chunk and group's first y-shaped plane
                Object y = kind == Map.INPUT_GRAD ? a : b; // the y-shaped operand of the gradient maps
                int yAt = ys;
                int yLd = p;
                if (kind != Map.FORWARD && m > 1) {
                    planes(y, ys, buf, yOff, m, og, g.o * p, p, true);
                    y = buf;
                    yAt = yOff;
                    yLd = mp;
                }
                switch (kind) {
                    case FORWARD: { // y = w · cols
                        columns(g, a, xOff, xStride, m, buf, mp, false);
                        if (m == 1) {
                            gemm(og, p, k, b, gi * og * k, k, 1, buf, 0, mp, 1, out, ys, p, false);
                        } else {
                            gemm(og, mp, k, b, gi * og * k, k, 1, buf, 0, mp, 1, buf, yOff, mp, false);
                            planes(out, ys, buf, yOff, m, og, g.o * p, p, false);
                        }
                        break;
                    }
                    case INPUT_GRAD: { // cols = wᵀ · gy, folded back
                        gemm(k, mp, og, b, gi * og * k, 1, k, y, yAt, yLd, 1, buf, 0, mp, false);
                        columns(g, out, xOff, xStride, m, buf, mp, true);
                        break;
                    }
                    default: { // gw += gy · colsᵀ
                        columns(g, a, xOff, xStride, m, buf, mp, false);
                        if (og * k <= FEW_WEIGHTS) {
                            LongDotProducts.add(og, k, mp, y, yAt, yLd, buf, 0, mp, out, gi * og * k, k);
                        } else if (og > k) {
                            addWeightGradientTransposed(og, k, mp, y, yAt, yLd, buf, out, gi * og * k);
                        } else {
                            gemm(og, k, mp, y, yAt, yLd, 1, buf, 0, 1, mp, out, gi * og * k, k, n0 > 0);
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * {@link Im2Col#columns} of {@code m} samples into (or, with {@code fold}, out of) the columns of
     * {@code cols} (row stride {@code ld}), the samples split across threads: each writes only its
     * own columns, or folds into only its own sample of x.
     */
    private static void columns(ConvGeometry g, Object x, int xOff, int xStride, int m, Object cols, int ld,
                                boolean fold) {
        int p = g.oh * g.ow;
        int grain = Math.max(1, PARALLEL_ELEMENTS / Math.max(1, rows(g) * p));
        Parallel.forRange(0, m, grain, (s0, s1) -> Im2Col.columns(g, x, xOff + s0 * xStride, xStride, s1 - s0, cols,
                s0 * p, ld, fold));
    }

    /**
     * Moves {@code m} samples' runs of {@code og} [p]-planes (sample stride {@code sampleStride}) of
     * {@code y} from/to the [og, m*p] matrix at {@code matOff} of {@code mat}: {@code gather} copies y into it.
     * The samples are split across threads.
     */
    private static void planes(Object y, int yOff, Object mat, int matOff, int m, int og, int sampleStride, int p,
                               boolean gather) {
        int grain = Math.max(1, PARALLEL_ELEMENTS / Math.max(1, og * p));
        Parallel.forRange(0, m, grain, (s0, s1) -> planes(y, yOff, mat, matOff, s0, s1, m * p, og, sampleStride, p,
                gather));
    }

    /** {@link #planes} for samples s0..s1 of a matrix with row stride {@code ld}. */
    private static void planes(Object y, int yOff, Object mat, int matOff, int s0, int s1, int ld, int og,
                               int sampleStride, int p, boolean gather) {
        for (int s = s0; s < s1; s++) {
            for (int oc = 0; oc < og; oc++) {
                int yi = yOff + s * sampleStride + oc * p;
                int mi = matOff + oc * ld + s * p;
                if (gather) {
                    System.arraycopy(y, yi, mat, mi, p);
                } else {
                    System.arraycopy(mat, mi, y, yi, p);
                }
            }
        }
    }

    /**
     * gw += (cols · gyᵀ)ᵀ for a layer with fewer kernel taps {@code k} than output channels
     * {@code og} (the first layer of an image network: 9 taps, 32 channels). The GEMM runs its
     * vector loops along the rows of C, and a row of gw has only k elements, too few to fill
     * them; a row of gwᵀ has og. gw's [og, k] block at {@code gwOff} gets the small product added
     * transposed; each element is the same chain of multiply-adds over the columns either way.
     */
    private static void addWeightGradientTransposed(int og, int k, int mp, Object y, int yAt, int yLd, Object cols,
                                                    Object gw, int gwOff) {
        Object product = java.lang.reflect.Array.newInstance(cols.getClass().getComponentType(), k * og);
        gemm(k, og, mp, cols, 0, mp, 1, y, yAt, 1, yLd, product, 0, og, false);
        for (int o = 0; o < og; o++) {
            for (int r = 0; r < k; r++) {
                int at = gwOff + o * k + r;
                ArrayRuns.set(gw, at, ArrayRuns.get(gw, at) + ArrayRuns.get(product, r * og + o));
            }
        }
    }

    private static void gemm(int m, int n, int k, Object a, int aOff, int aRs, int aCs, Object b, int bOff, int bRs,
                             int bCs, Object c, int cOff, int ldc, boolean accumulate) {
        if (a instanceof float[]) {
            Gemm.gemm(m, n, k, (float[]) a, aOff, aRs, aCs, (float[]) b, bOff, bRs, bCs, (float[]) c, cOff, ldc,
                    accumulate);
        } else {
            Gemm.gemm(m, n, k, (double[]) a, aOff, aRs, aCs, (double[]) b, bOff, bRs, bCs, (double[]) c, cOff, ldc,
                    accumulate);
        }
    }

    private static int rows(ConvGeometry g) {
        return g.c / g.groups * g.kh * g.kw;
    }

    /**
     * Adds {@code bias[c]} to every element of channel c's planes in {@code out} ([n, channels, plane]),
     * the planes split across threads.
     */
    public static void addBias(Object out, Object bias, int channels, int plane) {
        int planes = java.lang.reflect.Array.getLength(out) / plane;
        Parallel.forRange(0, planes, Math.max(1, PARALLEL_ELEMENTS / plane), (q0, q1) -> {
            for (int q = q0; q < q1; q++) {
                ArrayRuns.add(out, q * plane, (q + 1) * plane, ArrayRuns.get(bias, q % channels));
            }
        });
    }
}
