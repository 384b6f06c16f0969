package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import java.util.Arrays;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.kernels.BinaryOp;
import org.autograd4j.kernels.ElementwiseKernels;
import org.autograd4j.kernels.IntegerRuns;
import org.autograd4j.kernels.Kernels;
import org.autograd4j.kernels.Parallel;
import org.autograd4j.kernels.RowAccumulation;
import org.autograd4j.kernels.RunCopy;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.StridedLoop;

/** Sums and means, over everything or over chosen dimensions. */
public final class Reductions {
    private Reductions() {
    }

    /** Sum of all elements (node {@code SumBackward0}); integer and bool inputs sum to int64. */
    public static Tensor sum(Tensor x) {
        int[] all = allDims(x.dim());
        Tensor out = sumKernel(x, all, false);
        int[] shape = x.shape();
        return Graph.record("SumBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].sum());
            return g -> new Tensor[] {g.expand(shape)};
        });
    }

    /** Sum over {@code dims} (node {@code SumBackward1}). */
    public static Tensor sum(Tensor x, int[] dims, boolean keepdim) {
        int[] reduced = normalizeDims(dims, x.dim());
        Tensor out = sumKernel(x, reduced, keepdim);
        int[] shape = x.shape();
        return Graph.record("SumBackward1", out, x, ctx -> {
            ctx.forward(t -> t[0].sum(reduced, keepdim));
            return g -> new Tensor[] {unreduce(g, reduced, keepdim, shape)};
        });
    }

    public static Tensor mean(Tensor x) {
        checkMeanDtype(x);
        int[] shape = x.shape();
        double n = Shapes.count(shape); // an expanded view may count more than an int
        Tensor out = sumKernel(x, allDims(x.dim()), false);
        Pointwise.binaryInto(BinaryOp.DIV, out, TensorAccess.wrap(n), out);
        return Graph.record("MeanBackward0", out, x, ctx -> {
            ctx.forward(t -> t[0].mean());
            return g -> new Tensor[] {g.expand(shape).div(n)};
        });
    }

    public static Tensor mean(Tensor x, int[] dims, boolean keepdim) {
        checkMeanDtype(x);
        int[] reduced = normalizeDims(dims, x.dim());
        int[] shape = x.shape();
        double n = x.dim() == 0 ? 1 : reducedCount(shape, reduced);
        Tensor out = sumKernel(x, reduced, keepdim);
        Pointwise.binaryInto(BinaryOp.DIV, out, TensorAccess.wrap(n), out);
        return Graph.record("MeanBackward1", out, x, ctx -> {
            ctx.forward(t -> t[0].mean(reduced, keepdim));
            return g -> new Tensor[] {unreduce(g, reduced, keepdim, shape).div(n)};
        });
    }

    /** Sums the dimensions that {@code shape} broadcasts, so the result has {@code shape}. */
    public static Tensor sumToSize(Tensor x, int[] shape) {
        int[] xs = rawShape(x);
        if (Arrays.equals(xs, shape)) {
            return x;
        }
        Shapes.expandedStrides(shape, Shapes.contiguousStrides(shape), xs); // validates expandability
        int lead = xs.length - shape.length;
        int[] dims = java.util.stream.IntStream.range(0, xs.length)
                .filter(d -> d < lead || (shape[d - lead] == 1 && xs[d] != 1)).toArray();
        Tensor summed = dims.length == 0 ? x : sum(x, dims, true);
        return lead == 0 ? summed : summed.view(shape);
    }

    /** Brings a reduced gradient back to the input shape (the backward of a sum over {@code dims}). */
    static Tensor unreduce(Tensor g, int[] dims, boolean keepdim, int[] shape) {
        Tensor t = g;
        if (!keepdim) {
            for (int d : dims) {
                t = t.unsqueeze(d);
            }
        }
        return t.expand(shape);
    }

    /** How many elements each output of a reduction over {@code dims} sums (a double: views may count past an int). */
    private static double reducedCount(int[] shape, int[] dims) {
        double n = 1;
        for (int d : dims) {
            n *= shape[d];
        }
        return n;
    }

    private static void checkMeanDtype(Tensor x) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("mean(): could not infer output dtype. Input dtype must be either a "
                    + "floating point or complex dtype. Got: " + x.dtype().scalarTypeName());
        }
    }

    static int[] allDims(int rank) {
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = i;
        }
        return dims;
    }

    /** Wraps negative dims, sorts them and rejects repeats. */
    static int[] normalizeDims(int[] dims, int rank) {
        int[] out = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], rank);
        }
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i] == out[i - 1]) {
                throw new IllegalArgumentException("dim " + out[i] + " appears multiple times in the list of dims");
            }
        }
        return rank == 0 ? new int[0] : out;
    }

    /**
     * Sums {@code x} over the sorted dims {@code reduced}: a sum of contiguous rows by adding the rows
     * ({@link #asRowSum}), any other with the reduced dimensions innermost, so each output element is
     * one (double-accumulated) kernel sum when the reduced dimensions are contiguous.
     */
    static Tensor sumKernel(Tensor x, int[] reduced, boolean keepdim) {
        int rank = x.dim();
        int[] shape = rawShape(x);
        boolean[] isReduced = new boolean[rank];
        for (int d : reduced) {
            isReduced[d] = true;
        }
        int[] keptShape = shape.clone();
        for (int d : reduced) {
            keptShape[d] = 1;
        }
        DType type = x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
        Tensor out = Creation.empty(keptShape, type);
        RowSum rowSum = asRowSum(x, reduced);
        if (rowSum != null) {
            RowAccumulation.sumOfRows(rowSum.rows, rowSum.columns, storage(x).floats(), x.storageOffset(),
                    rowSum.stride, storage(out).floats(), 0);
        } else if (reducesOneElement(shape, reduced)) {
            // each output is one element plus zero (so -0.0 sums to 0.0, as in PyTorch), int64 for integers
            Pointwise.binaryInto(BinaryOp.ADD, out, x, out); // x has the kept shape
        } else {
            accumulate(x, out, reductionLoop(x, isReduced, reduced, keptShape));
        }
        if (keepdim) {
            return out;
        }
        int[] finalShape = new int[rank - reduced.length];
        int k = 0;
        for (int d = 0; d < rank; d++) {
            if (!isReduced[d]) {
                finalShape[k++] = shape[d];
            }
        }
        return TensorAccess.create(storage(out), finalShape);
    }

    /** Whether every reduced dim has size 1 (or none is reduced), so each output sums one element. */
    private static boolean reducesOneElement(int[] shape, int[] reduced) {
        return Arrays.stream(reduced).allMatch(d -> shape[d] == 1);
    }

    /** A sum of {@code rows} rows of {@code columns} contiguous elements, {@code stride} apart. */
    private record RowSum(int rows, int columns, int stride) {
    }

    /**
     * x's sum over {@code reduced} as a sum of rows, or null when it is not one. It is one when x is
     * float32, the reduced dims are the leading ones and the kept dims one contiguous run (the dim-0
     * sum of a contiguous matrix, such as linear's bias gradient), wide enough for
     * {@link RowAccumulation}, which adds rows about 10x faster than the general loop's strided sums.
     */
    private static RowSum asRowSum(Tensor x, int[] reduced) {
        int[] shape = rawShape(x);
        int lead = reduced.length;
        if (x.dtype() != DType.FLOAT32 || lead == 0 || lead == shape.length || reduced[lead - 1] != lead - 1) {
            return null;
        }
        long all = Shapes.count(shape); // an expanded view may have more elements than an int counts
        long columns = Shapes.count(Arrays.copyOfRange(shape, lead, shape.length));
        if (all == 0 || all > Integer.MAX_VALUE || columns < RowAccumulation.MIN_COLUMNS) {
            return null;
        }
        int[] matrix = {(int) (all / columns), (int) columns};
        int[] strides = Views.viewStrides(shape, rawStrides(x), matrix);
        return strides == null || strides[1] != 1 ? null : new RowSum(matrix[0], matrix[1], strides[0]);
    }

    /**
     * The loop of the general sum: the kept dims outermost, the reduced ones innermost, out's stride 0 on
     * them; since some reduced dim has more than one element, every innermost run is one output's.
     */
    private static StridedLoop reductionLoop(Tensor x, boolean[] isReduced, int[] reduced, int[] keptShape) {
        int rank = x.dim();
        int[] shape = rawShape(x);
        int[] outStrides = Shapes.contiguousStrides(keptShape);
        int[] order = new int[rank];
        int k = 0;
        for (int d = 0; d < rank; d++) {
            if (!isReduced[d]) {
                order[k++] = d;
            }
        }
        for (int d : reduced) {
            order[k++] = d;
        }
        int[] iterShape = new int[rank];
        int[] xStrides = new int[rank];
        int[] oStrides = new int[rank];
        for (int i = 0; i < rank; i++) {
            iterShape[i] = shape[order[i]];
            xStrides[i] = rawStrides(x)[order[i]];
            oStrides[i] = isReduced[order[i]] ? 0 : outStrides[order[i]];
        }
        return new StridedLoop(iterShape, oStrides, xStrides);
    }

    /** Input elements a thread's share of the outputs should sum at least, so that splitting pays. */
    private static final int PARALLEL_ELEMENTS = 1 << 15;

    /**
     * The float32 sum into outputs that each add many runs (out's stride 0 along a run), such as a
     * convolution's bias gradient (the sum over batch and positions per channel). Each output adds
     * its runs' (double) sums in double, rounding once at the end, so long float32 sums stay as exact
     * as PyTorch's cascade sums. The kept dims are the loop's outer ones, so each output's runs are
     * one block of consecutive runs: the outputs are split across threads, each summed by one thread
     * in the same order whatever the thread count.
     */
    private static void sumRunsPerOutput(StridedLoop loop, int[] base, float[] a, int xs, float[] o,
                                         ElementwiseKernels k) {
        if (o.length == 0) {
            return;
        }
        long runsPerOutput = loop.outerCount() / o.length;
        long elementsPerOutput = runsPerOutput * loop.innerSize();
        int grain = (int) Math.max(1, PARALLEL_ELEMENTS / Math.max(1, elementsPerOutput));
        Parallel.forRange(0, o.length, grain, (i0, i1) -> {
            double[] totals = new double[i1 - i0];
            loop.forRange(base, i0 * runsPerOutput, i1 * runsPerOutput,
                    (n, off) -> totals[off[0] - i0] += k.sum(n, a, off[1], xs));
            RunCopy.copy(totals, 0, 1, o, i0, 1, totals.length);
        });
    }

    /**
     * Adds each innermost run of {@code loop} (one output's reduced elements, out's stride 0 on them) into
     * its output: floating runs as the kernels' double sums (float32 ones added in double and rounded once,
     * {@link #sumRunsPerOutput}); integer and bool runs in int64.
     */
    private static void accumulate(Tensor x, Tensor out, StridedLoop loop) {
        int xs = loop.innerStride(1);
        int[] base = {0, x.storageOffset()};
        ElementwiseKernels k = Kernels.elementwise();
        switch (x.dtype()) {
            case FLOAT32: {
                float[] a = storage(x).floats();
                sumRunsPerOutput(loop, base, a, xs, storage(out).floats(), k);
                break;
            }
            case FLOAT64: {
                double[] a = storage(x).doubles();
                double[] totals = storage(out).doubles();
                loop.forEach(base, (n, off) -> totals[off[0]] += k.sum(n, a, off[1], xs));
                break;
            }
            default: {
                Object a = storage(x).array();
                long[] totals = storage(out).longs();
                loop.forEach(base, (n, off) -> totals[off[0]] += IntegerRuns.sum(n, a, off[1], xs));
            }
        }
    }
}
