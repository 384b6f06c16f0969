package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.autograd4j.DType;
import org.autograd4j.GradCheck;
import org.autograd4j.Tensor;
import org.autograd4j.ValuesIndices;
import org.junit.jupiter.api.Test;

/**
 * Known values of the reduction and linear-algebra ops, computed with PyTorch 1.13 in float64:
 *
 * <pre>
 * def g(f, *xs):
 *     xs = [torch.tensor(x, dtype=torch.float64, requires_grad=True) for x in xs]
 *     y = f(*xs); y.sum().backward() if y.dim() > 0 else y.backward()
 *     print(y.detach().tolist(), [x.grad.tolist() for x in xs])
 * g(lambda x: x.prod(), [2., 0., 3., 4.])   # 0.0 [[0.0, 24.0, 0.0, 0.0]]
 * </pre>
 *
 * Each test quotes its PyTorch call; the gradient is of {@code y.sum()}.
 */
class ReductionValuesTest {
    private static final double TOL = 1e-12;

    /** Runs {@code f} on a float64 leaf holding {@code x}, backpropagates sum(y), checks y and the gradient. */
    private static void check(Function<Tensor, Tensor> f, double[] x, int[] shape, double[] y, double[] grad) {
        Tensor in = Tensor.of(x, shape).requiresGrad(true);
        Tensor out = f.apply(in);
        assertArrayEquals(y, out.toDoubleArray(), 1e-9);
        out.sum().backward();
        assertArrayEquals(grad, in.grad().toDoubleArray(), 1e-9);
    }

    private static void check(Function<Tensor, Tensor> f, double[] x, double[] y, double[] grad) {
        check(f, x, new int[] {x.length}, y, grad);
    }

    private static double[] d(double... v) {
        return v;
    }

    private static int[] s(int... v) {
        return v;
    }

    @Test
    void prodWithZeros() {
        // x.prod() on [2, 0, 3, 4] -> 0, grad [0, 24, 0, 0]; on [2, 0, 3, 0] -> 0, grad zeros
        check(Tensor::prod, d(2, 0, 3, 4), d(0), d(0, 24, 0, 0));
        check(Tensor::prod, d(2, 0, 3, 0), d(0), d(0, 0, 0, 0));
        check(Tensor::prod, d(2, 5, 3, 4), d(120), d(60, 24, 40, 30));
        // x.prod(1) on [[1,0,3],[0,2,0],[2,3,4]] -> [0, 0, 24], grad [[0,3,0],[0,0,0],[12,8,6]]
        check(x -> x.prod(1), d(1, 0, 3, 0, 2, 0, 2, 3, 4), s(3, 3), d(0, 0, 24), d(0, 3, 0, 0, 0, 0, 12, 8, 6));
    }

    @Test
    void prodAndCumprodWithZerosAreTwiceDifferentiable() {
        for (double[] v : new double[][] {d(2, 0, 3, 4), d(2, 0, 3, 0), d(0, 1.5, -2)}) {
            Tensor x = Tensor.of(v).requiresGrad(true);
            assertTrue(GradCheck.gradcheck(in -> in[0].prod(), x));
            assertTrue(GradCheck.gradgradcheck(in -> in[0].cumprod(0), x));
        }
        // As PyTorch's prod_backward, with two or more zeros the gradient is a constant zero tensor,
        // so only inputs with at most one zero have a correct second derivative.
        for (double[] v : new double[][] {d(2, 0, 3, 4), d(0, 1.5, -2)}) {
            assertTrue(GradCheck.gradgradcheck(in -> in[0].prod(), Tensor.of(v).requiresGrad(true)));
        }
        Tensor m = Tensor.of(d(1, 0, 3, 0, 2, 0, 2, 3, 4), 3, 3).requiresGrad(true);
        assertTrue(GradCheck.gradgradcheck(in -> in[0].prod(0, true), m));
        assertTrue(GradCheck.gradgradcheck(in -> in[0].cumprod(1), m));
    }

    @Test
    void cumsumAndCumprod() {
        Tensor w = Tensor.of(1.0, 2.0, 3.0, 4.0);
        // (x.cumprod(0) * [1,2,3,4]) on [2,0,3,4] -> [2,0,0,0], grad [1, 118, 0, 0]
        check(x -> x.cumprod(0).mul(w), d(2, 0, 3, 4), d(2, 0, 0, 0), d(1, 118, 0, 0));
        // x.cumprod(0) on [2,0,3,4]: grad [1, 32, 0, 0]; on [2,0,3,0]: grad [1, 8, 0, 0]
        check(x -> x.cumprod(0), d(2, 0, 3, 4), d(2, 0, 0, 0), d(1, 32, 0, 0));
        check(x -> x.cumprod(0), d(2, 0, 3, 0), d(2, 0, 0, 0), d(1, 8, 0, 0));
        // (x.cumsum(0) * [1,2,3,4]) on [2,0,3,4] -> [2,4,15,36], grad [10,9,7,4]
        check(x -> x.cumsum(0).mul(w), d(2, 0, 3, 4), d(2, 4, 15, 36), d(10, 9, 7, 4));
        // torch.tensor(2.).cumsum(0) -> tensor(2.)
        assertEquals(0, Tensor.scalar(2.0).cumsum(0).dim());
    }

    @Test
    void maxMinTies() {
        // x.max() / x.amax() on [1,3,3,2] -> 3, grad [0, .5, .5, 0]; x.max(0)[0] -> grad [0, 1, 0, 0]
        check(Tensor::max, d(1, 3, 3, 2), d(3), d(0, 0.5, 0.5, 0));
        check(Tensor::amax, d(1, 3, 3, 2), d(3), d(0, 0.5, 0.5, 0));
        check(x -> x.max(0).values(), d(1, 3, 3, 2), d(3), d(0, 1, 0, 0));
        check(Tensor::min, d(2, 1, 1, 5), d(1), d(0, 0.5, 0.5, 0));
        // x.max(1)[0] on [[3,3],[1,1]] -> [3,1], indices [0,0], grad [[1,0],[1,0]]; amax(1) grad all 0.5
        check(x -> x.max(1).values(), d(3, 3, 1, 1), s(2, 2), d(3, 1), d(1, 0, 1, 0));
        check(x -> x.amax(1), d(3, 3, 1, 1), s(2, 2), d(3, 1), d(0.5, 0.5, 0.5, 0.5));
        // x.amin(0) on [[2,1],[2,5]] -> [2,1], grad [[.5,1],[.5,0]]
        check(x -> x.amin(0), d(2, 1, 2, 5), s(2, 2), d(2, 1), d(0.5, 1, 0.5, 0));
        ValuesIndices vi = Tensor.of(new double[][] {{3, 3}, {1, 1}}).max(1);
        assertArrayEquals(new long[] {0, 0}, vi.indices().toLongArray());
        assertEquals(DType.INT64, vi.indices().dtype());
        assertArrayEquals(new int[] {2, 1}, Tensor.of(new double[][] {{3, 3}, {1, 1}}).max(1, true).values().shape());
        // torch.tensor([1.,3.,3.,2.]).argmax() -> 1; torch.tensor([2.,1.,1.]).argmin() -> 1
        assertEquals(1, Tensor.of(1.0, 3.0, 3.0, 2.0).argmax().itemLong());
        assertEquals(1, Tensor.of(2.0, 1.0, 1.0).argmin().itemLong());
        assertArrayEquals(new long[] {1, 0}, Tensor.of(new double[][] {{1, 5}, {4, 2}}).argmax(1).toLongArray());
        assertArrayEquals(new int[] {2, 1}, Tensor.of(new double[][] {{1, 5}, {4, 2}}).argmin(1, true).shape());
    }

    @Test
    void extremaWithNanAndIntegers() {
        // a = [1, nan, 3]: a.max() -> nan, a.argmax() -> 1, a.max(0) -> (nan, 1)
        Tensor a = Tensor.of(1.0, Double.NaN, 3.0);
        assertTrue(Double.isNaN(a.max().item()));
        assertEquals(1, a.argmax().itemLong());
        assertEquals(1, a.max(0).indices().itemLong());
        assertTrue(Double.isNaN(a.amax().item()));
        // [[1, nan], [2, 1]].min(1) -> values [nan, 1], indices [1, 1]
        ValuesIndices m = Tensor.of(new double[][] {{1, Double.NaN}, {2, 1}}).min(1);
        assertArrayEquals(new long[] {1, 1}, m.indices().toLongArray());
        assertTrue(Double.isNaN(m.values().toDoubleArray()[0]));
        // torch.tensor([3,1,4]).max() -> tensor(4); .max(0) -> (4, 2)
        Tensor ints = Tensor.of(3L, 1L, 4L);
        assertEquals(DType.INT64, ints.max().dtype());
        assertEquals(4, ints.max().itemLong());
        assertEquals(2, ints.max(0).indices().itemLong());
        // torch.tensor([True, False]).max() -> tensor(True)
        assertEquals(DType.BOOL, Tensor.of(true, false).max().dtype());
        // torch.tensor(3.).max(0) -> (3., 0); torch.tensor(3.).argmax() -> 0
        ValuesIndices z = Tensor.scalar(3.0).max(0);
        assertEquals(0, z.values().dim());
        assertEquals(0, z.indices().itemLong());
        assertEquals(0, Tensor.scalar(3.0).argmax().itemLong());
    }

    @Test
    void emptyReductions() {
        // torch.zeros(0).prod() -> 1.; torch.zeros(0).norm() -> 0.; all -> True; any -> False
        assertEquals(1.0, Tensor.zeros(0).prod().item());
        assertEquals(0.0, Tensor.zeros(0).norm().item());
        assertTrue(Tensor.zeros(0).all().itemBoolean());
        assertEquals(false, Tensor.zeros(0).any().itemBoolean());
        assertEquals(0.0, Tensor.zeros(0).sum().item());
        // torch.zeros(0).logsumexp(0) -> -inf; torch.zeros(2, 0).amax(0) -> tensor([])
        assertEquals(Double.NEGATIVE_INFINITY, Tensor.zeros(0).logsumexp(0).item());
        assertArrayEquals(new int[] {0}, Tensor.zeros(2, 0).amax(0).shape());
        assertEquals("max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction "
                + "dim with the 'dim' argument.", assertThrows(IllegalArgumentException.class,
                        () -> Tensor.zeros(0).max()).getMessage());
        assertEquals("amax(): Expected reduction dim 0 to have non-zero size.",
                assertThrows(IndexOutOfBoundsException.class, () -> Tensor.zeros(0, 3).amax(0)).getMessage());
        assertEquals("max(): Expected reduction dim 0 to have non-zero size.",
                assertThrows(IndexOutOfBoundsException.class, () -> Tensor.zeros(0, 3).max(0)).getMessage());
        assertEquals("argmax(): Expected reduction dim to be specified for input.numel() == 0.",
                assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(0).argmax()).getMessage());
    }

    @Test
    void logsumexpIsStable() {
        // x.logsumexp(0) on [1000, 1000] -> 1000.6931471805599, grad [.5, .5]
        check(x -> x.logsumexp(0), d(1000, 1000), d(1000.6931471805599), d(0.5, 0.5));
        // on [-1000, -999] -> -998.6867383124818, grad [0.26894142137, 0.73105857863]
        check(x -> x.logsumexp(0), d(-1000, -999), d(-998.6867383124818), d(0.2689414213699951, 0.7310585786300049));
        check(x -> x.logsumexp(1), d(1, 2, 3, 0, 0, 0), s(2, 3), d(3.4076059644443806, 1.0986122886681098),
                d(0.09003057317038046, 0.24472847105479767, 0.6652409557748219, 1 / 3.0, 1 / 3.0, 1 / 3.0));
        // [-inf, -inf] -> -inf; [inf, 1] -> inf; [nan, 1] -> nan
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(-inf, Tensor.of(-inf, -inf).logsumexp(0).item());
        assertEquals(inf, Tensor.of(inf, 1.0).logsumexp(0).item());
        assertTrue(Double.isNaN(Tensor.of(Double.NaN, 1.0).logsumexp(0).item()));
        // torch.tensor([1,2,3]).logsumexp(0).dtype -> float32
        assertEquals(DType.FLOAT32, Tensor.of(1L, 2L, 3L).logsumexp(0).dtype());
    }

    @Test
    void varianceAndStd() {
        // x.var() on [1,2,4,7] -> 7, grad [-5/3, -1, 1/3, 7/3]; unbiased=False -> 5.25
        check(Tensor::var, d(1, 2, 4, 7), d(7), d(-5 / 3.0, -1, 1 / 3.0, 7 / 3.0));
        check(x -> x.var(false), d(1, 2, 4, 7), d(5.25), d(-1.25, -0.75, 0.25, 1.75));
        // torch.var(x, (0, 1), correction=2) on [[1,2],[4,7]] -> 10.5, grad [[-2.5,-1.5],[.5,3.5]]
        check(x -> x.var(new int[] {0, 1}, 2, false), d(1, 2, 4, 7), s(2, 2), d(10.5), d(-2.5, -1.5, 0.5, 3.5));
        // x.std(1) on [[1,2,4],[3,3,6]] -> [1.5275252316519465, 1.7320508075688772]
        check(x -> x.std(1), d(1, 2, 4, 3, 3, 6), s(2, 3), d(1.5275252316519465, 1.7320508075688772),
                d(-0.43643578047198484, -0.10910894511799625, 0.5455447255899809, -0.2886751345948129,
                        -0.2886751345948129, 0.5773502691896258));
        // torch.var(torch.tensor([1.,2.,3.]), 0, correction=3) -> inf; torch.tensor(3.).var() -> nan
        assertEquals(Double.POSITIVE_INFINITY, Tensor.of(1.0, 2.0, 3.0).var(new int[] {0}, 3, false).item());
        assertTrue(Double.isNaN(Tensor.scalar(3.0).var().item()));
        // torch.ones(3, requires_grad=True).std().backward() -> grad [0, 0, 0] (not nan)
        check(Tensor::std, d(1, 1, 1), d(0), d(0, 0, 0));
        assertEquals(0.0, Tensor.scalar(3.0).std(false).item());
        assertEquals("std and var only support floating point and complex dtypes",
                assertThrows(IllegalArgumentException.class, () -> Tensor.of(1L, 2L).var()).getMessage());
    }

    @Test
    void norms() {
        double inf = Double.POSITIVE_INFINITY;
        check(Tensor::norm, d(3, 4), d(5), d(0.6, 0.8));
        // gradient at the zero vector is 0 (not nan)
        check(Tensor::norm, d(0, 0), d(0), d(0, 0));
        check(x -> x.norm(1), d(3, -4, 0), d(7), d(1, -1, 0));
        // x.norm(inf) on [3,-4,4] -> 4, grad [0, -.5, .5]; norm(-inf) on [3,-4,-3] -> 3, grad [.5, 0, -.5]
        check(x -> x.norm(inf), d(3, -4, 4), d(4), d(0, -0.5, 0.5));
        check(x -> x.norm(-inf), d(3, -4, -3), d(3), d(0.5, 0, -0.5));
        // x.norm(3, 1) on [[1,2],[-3,0]] -> [2.080083823051904, 3], grad [[.23112042, .92448170], [-1, 0]]
        check(x -> x.norm(3, 1), d(1, 2, -3, 0), s(2, 2), d(2.080083823051904, 3),
                d(0.2311204247835449, 0.9244816991341795, -1, 0));
        assertEquals(2.0, Tensor.of(1.0, 0.0, -2.0).norm(0).item());
        assertEquals(Math.sqrt(30), Tensor.of(new double[][] {{1, 2}, {3, 4}}).norm("fro", new int[] {0, 1}, false).item(),
                TOL);
        assertEquals("norm(): input dtype should be either floating point or complex. Got Long instead.",
                assertThrows(IllegalArgumentException.class, () -> Tensor.of(1L, 2L).norm()).getMessage());
        assertEquals("only valid string values are 'fro' and 'nuc', found abc",
                assertThrows(IllegalArgumentException.class, () -> Tensor.ones(2, 3).norm("abc")).getMessage());
    }

    @Test
    void integerAndBoolResults() {
        // torch.tensor([True, True]).prod() -> tensor(1); .cumsum(0) -> tensor([1, 2]); .sum() -> tensor(2)
        Tensor b = Tensor.of(true, true);
        assertEquals(DType.INT64, b.prod().dtype());
        assertEquals(1, b.prod().itemLong());
        assertArrayEquals(new long[] {1, 2}, b.cumsum(0).toLongArray());
        assertEquals(DType.INT64, b.sum().dtype());
        // torch.tensor([3,1,4]).cumprod(0) -> [3,3,12]; torch.tensor([[1,0],[2,2]]).prod(1) -> [0, 4]
        assertArrayEquals(new long[] {3, 3, 12}, Tensor.of(3L, 1L, 4L).cumprod(0).toLongArray());
        assertArrayEquals(new long[] {0, 4}, Tensor.of(new long[][] {{1, 0}, {2, 2}}).prod(1).toLongArray());
        // all / any / count_nonzero
        Tensor bools = Tensor.of(new boolean[][] {{true, false}, {true, true}});
        assertArrayEquals(new boolean[] {false, true}, bools.all(1).toBooleanArray());
        Tensor f = Tensor.of(new double[][] {{0, 0}, {1, 0}});
        assertArrayEquals(new boolean[] {true, false}, f.any(0, true).toBooleanArray());
        assertArrayEquals(new int[] {1, 2}, f.any(0, true).shape());
        assertEquals(DType.BOOL, Tensor.of(1.0, 2.0).all().dtype());
        assertEquals(false, Tensor.of(1L, 0L).all().itemBoolean());
        Tensor c = Tensor.of(new double[][] {{0, 2}, {1, 0}, {3, 3}});
        assertEquals(4, c.countNonzero(new int[] {0, 1}).itemLong());
        assertArrayEquals(new long[] {1, 1, 2}, c.countNonzero(1).toLongArray());
        assertEquals(DType.INT64, c.countNonzero().dtype());
    }

    @Test
    void matrixProducts() {
        // torch.einsum("ij,jk->ik", x, x) on [[1,2],[3,4]] -> [[7,10],[15,22]], grad [[7,11],[9,13]]
        check(x -> Tensor.einsum("ij,jk->ik", x, x), d(1, 2, 3, 4), s(2, 2), d(7, 10, 15, 22), d(7, 11, 9, 13));
        // torch.addmm(x, b, b, beta=0.5, alpha=2), x = [1, 2], b = [[1,2],[3,4]] -> [[14.5,21],[30.5,45]]
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor m = Tensor.of(new double[][] {{1, 2}, {3, 4}}).requiresGrad(true);
        Tensor y = Tensor.addmm(x, m, m, 0.5, 2);
        assertArrayEquals(d(14.5, 21, 30.5, 45), y.toDoubleArray(), TOL);
        y.sum().backward();
        assertArrayEquals(d(1, 1), x.grad().toDoubleArray(), TOL);
        assertArrayEquals(d(14, 22, 18, 26), m.grad().toDoubleArray(), TOL);
        // torch.addmm(torch.tensor([nan]), ones(1,2), ones(2,1), beta=0) -> [[2.]]
        assertEquals(2.0, Tensor.addmm(Tensor.of(Float.NaN), Tensor.ones(1, 2), Tensor.ones(2, 1), 0, 1).item());
        // torch.outer
        assertArrayEquals(new float[] {3, 4, 6, 8}, Tensor.of(1f, 2f).outer(Tensor.of(3f, 4f)).toFloatArray());
        assertEquals("outer: Expected 1-D argument self, but got 2-D", assertThrows(IllegalArgumentException.class,
                () -> Tensor.outer(Tensor.ones(2, 2), Tensor.ones(2))).getMessage());
        Tensor b3 = Tensor.arange(0, 12, 1).toDouble().view(2, 2, 3);
        Tensor c3 = Tensor.arange(0, 12, 1).toDouble().view(2, 3, 2);
        assertArrayEquals(b3.bmm(c3).toDoubleArray(), Tensor.einsum("bij,bjk->bik", b3, c3).toDoubleArray(), TOL);
        assertArrayEquals(b3.bmm(c3).add(1).toDoubleArray(),
                Tensor.baddbmm(Tensor.ones(2, 2, 2).toDouble(), b3, c3, 1, 1).toDoubleArray(), TOL);
    }

    @Test
    void integerMatrixProducts() {
        // torch.tensor([[1,2],[3,4]]).mm(torch.tensor([[5,6],[7,8]])) -> [[19,22],[43,50]]; .matmul([1,1]) -> [3,7]
        Tensor a = Tensor.of(new long[][] {{1, 2}, {3, 4}});
        Tensor b = Tensor.of(new long[][] {{5, 6}, {7, 8}});
        assertArrayEquals(new long[] {19, 22, 43, 50}, a.mm(b).toLongArray());
        assertEquals(DType.INT64, a.mm(b).dtype());
        assertArrayEquals(new long[] {3, 7}, a.matmul(Tensor.of(1L, 1L)).toLongArray());
        // a.matmul(b.t()).t() (strided operands) -> [[17, 39], [23, 53]]
        assertArrayEquals(new long[] {17, 39, 23, 53}, a.matmul(b.t()).t().toLongArray());
        assertEquals(11, Tensor.of(1L, 2L).dot(Tensor.of(3L, 4L)).itemLong());
        assertArrayEquals(new long[] {19, 22, 43, 50}, a.unsqueeze(0).bmm(b.unsqueeze(0)).toLongArray());
        assertArrayEquals(new long[] {19, 22, 43, 50}, Tensor.einsum("ij,jk->ik", a, b).toLongArray());
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(true).unsqueeze(0).mm(Tensor.of(true).unsqueeze(0)));
    }

    @Test
    void einsumErrors() {
        Tensor a = Tensor.ones(2, 3);
        assertEquals("einsum(): subscript j has size 2 for operand 1 which does not broadcast with previously seen "
                + "size 3", assertThrows(IllegalArgumentException.class,
                        () -> Tensor.einsum("ij,jk->ik", a, a)).getMessage());
        assertEquals("einsum(): fewer operands were provided than specified in the equation",
                assertThrows(IllegalArgumentException.class, () -> Tensor.einsum("ij,jk->ik", a)).getMessage());
        assertEquals("einsum(): the number of subscripts in the equation (3) does not match the number of dimensions "
                + "(2) for operand 0 and no ellipsis was given", assertThrows(IllegalArgumentException.class,
                        () -> Tensor.einsum("ijk,jk->ik", a, Tensor.ones(3, 3))).getMessage());
        assertThrows(UnsupportedOperationException.class, () -> Tensor.einsum("...ij,jk", a, Tensor.ones(3, 3)));
        assertThrows(UnsupportedOperationException.class, () -> Tensor.einsum("ii->i", Tensor.ones(3, 3)));
        // implicit output: "ij,jk" is "ik"
        assertArrayEquals(new float[] {3, 3, 3, 3, 3, 3}, Tensor.einsum("ij,jk", a, Tensor.ones(3, 3)).toFloatArray());
    }

    @Test
    void triangularAndDiagonal() {
        Tensor m = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertArrayEquals(d(1, 0, 0, 4, 5, 0), m.tril().toDoubleArray(), TOL);
        assertArrayEquals(d(1, 2, 0, 4, 5, 6), m.tril(1).toDoubleArray(), TOL);
        assertArrayEquals(d(1, 2, 3, 4, 5, 6), m.triu(-1).toDoubleArray(), TOL);
        // torch.arange(24.).view(2,3,4).diagonal(1,0,2) -> [[1,14],[5,18],[9,22]]
        Tensor t = Tensor.arange(0, 24, 1).toDouble().view(2, 3, 4);
        Tensor dg = t.diagonal(1, 0, 2);
        assertArrayEquals(new int[] {3, 2}, dg.shape());
        assertArrayEquals(d(1, 14, 5, 18, 9, 22), dg.toDoubleArray(), TOL);
        // x = torch.arange(6.).view(2, 3): x.t().diagonal().stride() -> (4,), x.diagonal(1).storage_offset() -> 1
        Tensor x = Tensor.arange(0, 6, 1).toDouble().view(2, 3);
        assertArrayEquals(new int[] {4}, x.t().diagonal().stride());
        assertEquals(1, x.diagonal(1).storageOffset());
        assertArrayEquals(d(3), x.diagonal(-1).toDoubleArray(), TOL);
        // the diagonal is a view: writes show through
        x.diagonal().fill_(-1);
        assertArrayEquals(d(-1, 1, 2, 3, -1, 5), x.toDoubleArray(), TOL);
        // x.trace() on [[1,2,3],[4,5,6]] -> 6, grad [[1,0,0],[0,1,0]]; x.diag(1) on [1,2]
        check(Tensor::trace, d(1, 2, 3, 4, 5, 6), s(2, 3), d(6), d(1, 0, 0, 0, 1, 0));
        check(v -> v.diag(1), d(1, 2), d(0, 1, 0, 0, 0, 2, 0, 0, 0), d(1, 1));
        assertEquals(5, Tensor.of(new long[][] {{1, 2}, {3, 4}}).trace().itemLong());
        assertEquals("matrix or a vector expected",
                assertThrows(IllegalArgumentException.class, () -> Tensor.ones(2, 2, 2).diag()).getMessage());
        assertEquals("trace: expected a matrix, but got tensor with dim 1",
                assertThrows(IllegalArgumentException.class, () -> Tensor.ones(2).trace()).getMessage());
        assertEquals("diagonal dimensions cannot be identical 0, 0",
                assertThrows(IllegalArgumentException.class, () -> Tensor.ones(2, 3).diagonal(0, 0, 0)).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> Tensor.ones(2).tril());
    }

    @Test
    void dimErrors() {
        Tensor m = Tensor.ones(2, 2);
        assertEquals("Dimension out of range (expected to be in range of [-2, 1], but got 2)",
                assertThrows(IndexOutOfBoundsException.class, () -> m.max(2)).getMessage());
        assertEquals("dim 0 appears multiple times in the list of dims",
                assertThrows(IllegalArgumentException.class, () -> m.amax(new int[] {0, 0}, false)).getMessage());
    }
}
