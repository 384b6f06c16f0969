package org.autograd4j.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.tensor.Shapes;

/**
 * Products beyond the matrix product: the cross product (an op with its node), and
 * {@code multi_dot}, {@code kron} and {@code tensordot}, which PyTorch composes of matrix products
 * and reshapes (so their outputs carry those ops' nodes).
 */
public final class TensorProducts {
    private TensorProducts() {
    }

    /** The cross product of 3-vectors along {@code dim}, broadcasting (node {@code LinalgCrossBackward0}). */
    public static Tensor cross(Tensor a, Tensor b, int dim) {
        if (a.dim() != b.dim()) {
            throw new IllegalArgumentException("linalg.cross: inputs must have the same number of dimensions.");
        }
        int d = Shapes.wrapDim(dim, a.dim());
        if (a.size(d) != 3 || b.size(d) != 3) {
            throw new IllegalArgumentException("linalg.cross: inputs dimension " + dim + " must have length 3. Got "
                    + a.size(d) + " and " + b.size(d));
        }
        int[] shape = Shapes.broadcast(a.shape(), b.shape());
        Tensor ae = a.expand(shape);
        Tensor be = b.expand(shape);
        Tensor out = crossValues(ae.detach(), be.detach(), d);
        return Graph.record("LinalgCrossBackward0", out, ae, be, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], ta -> cross(ta, be, d)), Tangents.map(t[1], tb -> cross(ae, tb, d))));
            SavedTensor sa = ctx.save(ae);
            SavedTensor sb = ctx.save(be);
            return g -> new Tensor[] {cross(sb.get(), g, d), cross(g, sa.get(), d)};
        });
    }

    private static Tensor crossValues(Tensor a, Tensor b, int d) {
        List<Tensor> parts = new ArrayList<>(3);
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3;
            int k = (i + 2) % 3;
            parts.add(a.narrow(d, j, 1).mul(b.narrow(d, k, 1)).sub(a.narrow(d, k, 1).mul(b.narrow(d, j, 1))));
        }
        return Tensor.cat(parts, d);
    }

    /**
     * The product of a chain of matrices, the first may be a vector (a row) and the last a vector
     * (a column), multiplied in the order that needs fewest operations (the classic dynamic program).
     */
    public static Tensor multiDot(List<Tensor> tensors) {
        int n = tensors.size();
        if (n < 2) {
            throw new IllegalArgumentException("multi_dot(): expected at least 2 tensors but got " + n);
        }
        List<Tensor> ms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Tensor t = tensors.get(i);
            boolean end = i == 0 || i == n - 1;
            if (t.dim() != 2 && !(end && t.dim() == 1)) {
                String which = i == 0 ? "the first tensor" : i == n - 1 ? "the last tensor" : "tensor " + i;
                throw new IllegalArgumentException("multi_dot(): " + which + " must be " + (end ? "1D or 2D" : "2D")
                        + " but got " + t.dim() + "D");
            }
            ms.add(t.dim() == 2 ? t : i == 0 ? t.unsqueeze(0) : t.unsqueeze(1));
        }
        for (int i = 0; i + 1 < n; i++) {
            if (ms.get(i).size(1) != ms.get(i + 1).size(0)) {
                throw new IllegalArgumentException("multi_dot(): tensors " + i + " and " + (i + 1) + " with shapes "
                        + Arrays.toString(tensors.get(i).shape()) + " and "
                        + Arrays.toString(tensors.get(i + 1).shape()) + " cannot be multiplied");
            }
        }
        Tensor out = chain(ms, order(ms), 0, n - 1);
        if (tensors.get(0).dim() == 1) {
            out = out.squeeze(0);
        }
        return tensors.get(n - 1).dim() == 1 ? out.squeeze(-1) : out;
    }

    /** split[i][j]: where the cheapest parenthesization of matrices i..j splits. */
    private static int[][] order(List<Tensor> ms) {
        int n = ms.size();
        long[] dims = new long[n + 1];
        for (int i = 0; i < n; i++) {
            dims[i] = ms.get(i).size(0);
        }
        dims[n] = ms.get(n - 1).size(1);
        long[][] cost = new long[n][n];
        int[][] split = new int[n][n];
        for (int len = 1; len < n; len++) {
            for (int i = 0; i + len < n; i++) {
                int j = i + len;
                cost[i][j] = Long.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    long c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        split[i][j] = k;
                    }
                }
            }
        }
        return split;
    }

    private static Tensor chain(List<Tensor> ms, int[][] split, int i, int j) {
        if (i == j) {
            return ms.get(i);
        }
        return chain(ms, split, i, split[i][j]).mm(chain(ms, split, split[i][j] + 1, j));
    }

    /** The Kronecker product: block (i, j) is a[i, j]·b, dims padded on the left to the same count. */
    public static Tensor kron(Tensor a, Tensor b) {
        int rank = Math.max(a.dim(), b.dim());
        int[] sa = padded(a.shape(), rank);
        int[] sb = padded(b.shape(), rank);
        int[] spreadA = new int[2 * rank];
        int[] spreadB = new int[2 * rank];
        int[] result = new int[rank];
        for (int d = 0; d < rank; d++) {
            spreadA[2 * d] = sa[d];
            spreadA[2 * d + 1] = 1;
            spreadB[2 * d] = 1;
            spreadB[2 * d + 1] = sb[d];
            result[d] = sa[d] * sb[d];
        }
        return a.reshape(spreadA).mul(b.reshape(spreadB)).reshape(result);
    }

    private static int[] padded(int[] shape, int rank) {
        int[] out = new int[rank];
        Arrays.fill(out, 1);
        System.arraycopy(shape, 0, out, rank - shape.length, shape.length);
        return out;
    }

    /** Contracts the last {@code dims} dims of a with the first {@code dims} of b. */
    public static Tensor tensordot(Tensor a, Tensor b, int dims) {
        if (dims < 0) {
            throw new IllegalArgumentException("tensordot expects dims >= 0, but got dims=" + dims);
        }
        int[] da = new int[dims];
        int[] db = new int[dims];
        for (int i = 0; i < dims; i++) {
            da[i] = a.dim() - dims + i;
            db[i] = i;
        }
        return tensordot(a, b, da, db);
    }

    /** Contracts dims {@code dimsA} of a with dims {@code dimsB} of b, pairwise. */
    public static Tensor tensordot(Tensor a, Tensor b, int[] dimsA, int[] dimsB) {
        if (dimsA.length != dimsB.length) {
            throw new IllegalArgumentException("both dimension lists should have same length");
        }
        int[] ca = wrapped(dimsA, a.dim());
        int[] cb = wrapped(dimsB, b.dim());
        int contracted = 1;
        for (int i = 0; i < ca.length; i++) {
            if (a.size(ca[i]) != b.size(cb[i])) {
                throw new IllegalArgumentException("contracted dimensions need to match, but first has size "
                        + a.size(ca[i]) + " in dim " + ca[i] + " and second has size " + b.size(cb[i]) + " in dim "
                        + cb[i]);
            }
            contracted *= a.size(ca[i]);
        }
        int[] freeA = others(ca, a.dim());
        int[] freeB = others(cb, b.dim());
        Tensor left = a.permute(concat(freeA, ca)).reshape(sizeOf(a, freeA), contracted);
        Tensor right = b.permute(concat(cb, freeB)).reshape(contracted, sizeOf(b, freeB));
        return left.mm(right).reshape(concat(sizes(a, freeA), sizes(b, freeB)));
    }

    private static int[] wrapped(int[] dims, int rank) {
        int[] out = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Shapes.wrapDim(dims[i], rank);
        }
        return out;
    }

    private static int[] others(int[] dims, int rank) {
        return java.util.stream.IntStream.range(0, rank).filter(d -> Arrays.stream(dims).noneMatch(x -> x == d))
                .toArray();
    }

    private static int[] concat(int[] x, int[] y) {
        int[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    private static int[] sizes(Tensor t, int[] dims) {
        return Arrays.stream(dims).map(t::size).toArray();
    }

    private static int sizeOf(Tensor t, int[] dims) {
        return Shapes.numel(sizes(t, dims));
    }
}
