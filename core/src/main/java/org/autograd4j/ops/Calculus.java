package org.autograd4j.ops;

import static org.autograd4j.ops.Arithmetic.divScalar;
import static org.autograd4j.ops.Arithmetic.mulScalar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * Finite differences and integrals of sampled functions: {@code diff}, {@code gradient}, {@code trapezoid},
 * {@code cumulative_trapezoid}. All are PyTorch's compositions of slices, arithmetic, cat, sum and cumsum, so
 * they record those ops' nodes and are differentiable to any order; a C++ scalar factor in PyTorch's
 * composition is {@code mulScalar}/{@code divScalar} here, so the nodes are PyTorch's ({@code MulBackward1}).
 */
public final class Calculus {
    private Calculus() {
    }

    /**
     * {@code torch.diff(input, n, dim, prepend, append)}: the n-th forward difference along {@code dim}, after
     * concatenating {@code prepend} and {@code append} (either may be null); bool inputs take logical xor.
     */
    public static Tensor diff(Tensor x, int n, int dim, Tensor prepend, Tensor append) {
        if (x.dim() < 1) {
            throw new IllegalArgumentException("diff expects input to be at least one-dimensional");
        }
        if (n < 0) {
            throw new IllegalArgumentException("order must be non-negative but got " + n);
        }
        int d = Shapes.wrapDim(dim, x.dim());
        if (n == 0) {
            return Tensor.zerosLike(x).copy_(x);
        }
        Tensor result = withEnds(x, d, prepend, append);
        int length = result.size(d) - 1;
        int order = Math.min(n, result.size(d));
        for (int i = 0; i < order; i++, length--) {
            Tensor later = result.narrow(d, 1, length);
            Tensor earlier = result.narrow(d, 0, length);
            result = x.dtype() == DType.BOOL ? later.logicalXor(earlier) : later.sub(earlier);
        }
        return result;
    }

    private static Tensor withEnds(Tensor x, int d, Tensor prepend, Tensor append) {
        if (prepend == null && append == null) {
            return x;
        }
        List<Tensor> parts = new ArrayList<>();
        for (Tensor end : new Tensor[] {prepend, x, append}) {
            if (end == null) {
                continue;
            }
            if (end.dim() != x.dim()) {
                throw new IllegalArgumentException("diff expects prepend or append to be the same dimension as input");
            }
            for (int k = 0; k < x.dim(); k++) {
                if (k != d && end.size(k) != x.size(k)) {
                    throw new IllegalArgumentException("diff expects the shape of tensor to prepend or append to match "
                            + "that of input except along the differencing dimension; input.size(" + k + ") = "
                            + x.size(k) + ", but got tensor.size(" + k + ") = " + end.size(k));
                }
            }
            parts.add(end);
        }
        return Tensor.cat(parts, d);
    }

    /**
     * {@code torch.gradient(input, spacing, dim, edge_order)} with uniform spacings (one per differentiated dim):
     * central differences inside, one-sided first- or second-order differences at the edges; {@code dims} null
     * means every dim. One tensor per dim, as PyTorch's tuple.
     */
    public static List<Tensor> gradient(Tensor x, double[] spacing, int[] dims, int edgeOrder) {
        int[] directions = dims == null ? Reductions.allDims(x.dim()) : dims;
        checkGradient(x, directions, spacing.length, edgeOrder);
        List<Tensor> result = new ArrayList<>();
        for (int i = 0; i < directions.length; i++) {
            int d = Shapes.wrapDim(directions[i], x.dim());
            result.add(alongDim(x, d, spacing.length == 1 ? spacing[0] : spacing[i], edgeOrder));
        }
        return result;
    }

    /**
     * {@code torch.gradient(input, spacing=coordinates, dim, edge_order)}: one 1-d tensor of sample coordinates per
     * differentiated dim (non-uniform spacing), PyTorch's second-order-accurate weights inside.
     */
    public static List<Tensor> gradient(Tensor x, List<Tensor> coordinates, int[] dims, int edgeOrder) {
        int[] directions = dims == null ? Reductions.allDims(x.dim()) : dims;
        checkGradient(x, directions, coordinates.size(), edgeOrder);
        List<Tensor> result = new ArrayList<>();
        for (int i = 0; i < directions.length; i++) {
            Tensor points = coordinates.get(i);
            if (points.dim() != 1) {
                throw new IllegalArgumentException("torch.gradient expected each element of spacing to have one "
                        + "dimension, but got an element with " + points.dim() + " dimensions!");
            }
            result.add(alongDim(x, Shapes.wrapDim(directions[i], x.dim()), points, edgeOrder));
        }
        return result;
    }

    private static void checkGradient(Tensor x, int[] directions, int spacings, int edgeOrder) {
        if (edgeOrder != 1 && edgeOrder != 2) {
            throw new IllegalArgumentException("torch.gradient only supports edge_order=1 and edge_order=2.");
        }
        if (spacings != 1 && spacings != directions.length) {
            throw new IllegalArgumentException("torch.gradient expected spacing to be unspecified, a scalar or it's "
                    + "size to match the number of dimensions in dim (" + directions.length + "), but got " + spacings);
        }
        for (int direction : directions) {
            if (x.size(Shapes.wrapDim(direction, x.dim())) < edgeOrder + 1) {
                throw new IllegalArgumentException(
                        "torch.gradient expected each dimension size to be at least edge_order+1");
            }
        }
    }

    private static Tensor alongDim(Tensor x, int d, Tensor points, int edgeOrder) {
        int n = x.size(d);
        int[] shape = new int[x.dim()];
        Arrays.fill(shape, 1);
        shape[d] = -1;
        Tensor h = points.diff(1, 0, null, null);
        Tensor h1 = h.narrow(0, 0, h.size(0) - 1);
        Tensor h2 = h.narrow(0, 1, h.size(0) - 1);
        Tensor a = h2.neg().div(h1.mul(h1.add(h2))).reshape(shape);
        Tensor b = h2.sub(h1).div(h1.mul(h2)).reshape(shape);
        Tensor c = h1.div(h2.mul(h1.add(h2))).reshape(shape);
        Tensor center = a.mul(x.narrow(d, 0, n - 2)).add(b.mul(x.narrow(d, 1, n - 2))).add(c.mul(x.narrow(d, 2, n - 2)));
        Tensor first;
        Tensor last;
        Tensor h0 = h.select(0, 0);
        Tensor hn = h.select(0, -1);
        if (edgeOrder == 1) {
            first = x.narrow(d, 1, 1).sub(x.narrow(d, 0, 1)).div(h0);
            last = x.narrow(d, n - 1, 1).sub(x.narrow(d, n - 2, 1)).div(hn);
        } else {
            Tensor h01 = h.select(0, 1);
            Tensor hm = h.select(0, -2);
            first = weighted(x, d, 0, h0.mul(2.0).add(h01).div(h0.mul(h0.add(h01))).neg(),
                    h0.add(h01).div(h0.mul(h01)), h0.neg().div(h01.mul(h0.add(h01))));
            last = weighted(x, d, n - 3, hn.div(hm.mul(hn.add(hm))), hn.add(hm).div(hn.mul(hm)).neg(),
                    hn.mul(2).add(hm).div(hn.mul(hn.add(hm))));
        }
        return Tensor.cat(List.of(first, center, last), d);
    }

    /** wa * x[at] + wb * x[at + 1] + wc * x[at + 2] along d: a one-sided second-order difference. */
    private static Tensor weighted(Tensor x, int d, int at, Tensor wa, Tensor wb, Tensor wc) {
        return wa.mul(x.narrow(d, at, 1)).add(wb.mul(x.narrow(d, at + 1, 1))).add(wc.mul(x.narrow(d, at + 2, 1)));
    }

    private static Tensor alongDim(Tensor x, int d, double h, int edgeOrder) {
        int n = x.size(d);
        Tensor center = divScalar(x.narrow(d, 2, n - 2).sub(x.narrow(d, 0, n - 2)), h);
        Tensor first;
        Tensor last;
        if (edgeOrder == 1) {
            first = divScalar(x.narrow(d, 1, 1).sub(x.narrow(d, 0, 1)), h);
            last = divScalar(x.narrow(d, n - 1, 1).sub(x.narrow(d, n - 2, 1)), h);
        } else {
            first = divScalar(mulScalar(x.narrow(d, 0, 1), -1.5).add(mulScalar(x.narrow(d, 1, 1), 2))
                    .sub(mulScalar(x.narrow(d, 2, 1), 0.5)), h);
            last = divScalar(mulScalar(x.narrow(d, n - 3, 1), 0.5).sub(mulScalar(x.narrow(d, n - 2, 1), 2))
                    .add(mulScalar(x.narrow(d, n - 1, 1), 1.5)), h);
        }
        return Tensor.cat(List.of(first, divScalar(center, 2), last), d);
    }

    /** {@code torch.trapezoid(y, dx=, dim)}: the trapezoid rule with uniform spacing ({@code MulBackward1}). */
    public static Tensor trapezoid(Tensor y, double dx, int dim) {
        int d = Shapes.existingDim(dim, y.dim());
        if (y.size(d) == 0) {
            return zerosWithout(y, d);
        }
        requireNumbers(y, null, "trapezoid: received a bool input for `y`, but bool is not supported");
        return mulScalar(y.sum(d).sub(mulScalar(y.select(d, 0).add(y.select(d, -1)), 0.5)), dx);
    }

    /** {@code torch.trapezoid(y, x, dim)}: the trapezoid rule at sample points x ({@code DivBackward1}). */
    public static Tensor trapezoid(Tensor y, Tensor x, int dim) {
        int d = Shapes.existingDim(dim, y.dim());
        if (y.size(d) == 0) {
            return zerosWithout(y, d);
        }
        requireNumbers(y, x, "trapezoid: received a bool input for `x` or `y`, but bool is not supported");
        Tensor dx = spacings(y, x, d, "trapezoid");
        return divScalar(dx.mul(y.slice(d, 1, y.size(d)).add(y.slice(d, 0, y.size(d) - 1))).sum(d), 2);
    }

    /** {@code torch.cumulative_trapezoid(y, dx=, dim)}: running trapezoid sums ({@code CumsumBackward0}). */
    public static Tensor cumulativeTrapezoid(Tensor y, double dx, int dim) {
        int d = sliceableDim(y, dim);
        requireNumbers(y, null, "cumulative_trapezoid: received a bool input for `y`, but bool is not supported");
        return mulScalar(pairSums(y, d), dx / 2).cumsum(d);
    }

    /** {@code torch.cumulative_trapezoid(y, x, dim)}: running trapezoid sums at sample points x ({@code DivBackward1}). */
    public static Tensor cumulativeTrapezoid(Tensor y, Tensor x, int dim) {
        int d = sliceableDim(y, dim);
        requireNumbers(y, x, "cumulative_trapezoid: received a bool input for `x` or `y`, but bool is not supported");
        Tensor dx = spacings(y, x, d, "cumulative_trapezoid");
        return divScalar(dx.mul(pairSums(y, d)).cumsum(d), 2);
    }

    private static int sliceableDim(Tensor y, int dim) {
        if (y.dim() == 0) {
            throw new IndexOutOfBoundsException("slice() cannot be applied to a 0-dim tensor.");
        }
        return Shapes.wrapDim(dim, y.dim());
    }

    /** y[i] + y[i + 1] along d. */
    private static Tensor pairSums(Tensor y, int d) {
        int n = y.size(d);
        return y.slice(d, 0, Math.max(n - 1, 0)).add(y.slice(d, Math.min(1, n), n));
    }

    /** The differences of x, laid along d of y as PyTorch views them (1-d x along d; fewer dims padded in front). */
    private static Tensor spacings(Tensor y, Tensor x, int d, String op) {
        Tensor viewed = x;
        if (x.dim() == 1) {
            if (x.size(0) != y.size(d)) {
                throw new IllegalArgumentException(op + ": There must be one `x` value for each sample point");
            }
            int[] shape = new int[y.dim()];
            Arrays.fill(shape, 1);
            shape[d] = x.size(0);
            viewed = x.view(shape);
        } else if (x.dim() < y.dim()) {
            int[] shape = new int[y.dim()];
            Arrays.fill(shape, 1);
            System.arraycopy(x.shape(), 0, shape, y.dim() - x.dim(), x.dim());
            viewed = x.view(shape);
        }
        int n = viewed.size(d);
        return viewed.slice(d, Math.min(1, n), n).sub(viewed.slice(d, 0, Math.max(n - 1, 0)));
    }

    private static void requireNumbers(Tensor y, Tensor x, String message) {
        if (y.dtype() == DType.BOOL || (x != null && x.dtype() == DType.BOOL)) {
            throw new IllegalArgumentException(message);
        }
    }

    private static Tensor zerosWithout(Tensor y, int d) {
        int[] shape = new int[y.dim() - 1];
        for (int k = 0, j = 0; k < y.dim(); k++) {
            if (k != d) {
                shape[j++] = y.size(k);
            }
        }
        return Tensor.zeros(shape, y.dtype());
    }
}
