package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.storage;
import static org.autograd4j.internal.TensorAccess.versionCounter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Index;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Known values from PyTorch 1.13 for the shape and indexing ops. Each test quotes the Python
 * that produced its expected numbers (run with {@code torch.set_default_dtype(torch.float64)}).
 */
class ShapeIndexingValuesTest {

    private static Tensor arange(int n, int... shape) {
        return Tensor.arange(0, n, 1, DType.FLOAT64).view(shape);
    }

    private static void assertValues(Tensor t, int[] shape, double... expected) {
        assertArrayEquals(shape, t.shape(), "shape");
        assertArrayEquals(expected, t.toDoubleArray(), 1e-12);
    }

    private static void assertError(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }

    // ------------------------------------------------------------------ advanced indexing

    @Test
    void indexWithDuplicatesAccumulatesGradient() {
        // x=torch.arange(12.).view(4,3).requires_grad_(); y=x[torch.tensor([0,2,0])]
        // (y*torch.arange(9.).view(3,3)).sum().backward()
        Tensor x = arange(12, 4, 3).requiresGrad(true);
        Tensor y = x.index(Tensor.of(0L, 2L, 0L));
        assertValues(y, new int[] {3, 3}, 0, 1, 2, 6, 7, 8, 0, 1, 2);
        y.mul(arange(9, 3, 3)).sum().backward();
        assertValues(x.grad(), new int[] {4, 3}, 6, 8, 10, 0, 0, 0, 3, 4, 5, 0, 0, 0);
        assertEquals("IndexBackward0", y.gradFn().name());
    }

    @Test
    void indexTensorsBroadcastTogether() {
        // y=x[torch.tensor([[0],[2]]), torch.tensor([1,2])]; y.sum().backward()
        Tensor x = arange(12, 4, 3).requiresGrad(true);
        Tensor y = x.index(Tensor.of(new long[][] {{0}, {2}}), Tensor.of(1L, 2L));
        assertValues(y, new int[] {2, 2}, 1, 2, 7, 8);
        y.sum().backward();
        assertValues(x.grad(), new int[] {4, 3}, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0);
    }

    @Test
    void negativeAndEmptyIndices() {
        // x[torch.tensor([-1,0])]; x[torch.tensor([],dtype=torch.long)] -> shape (0, 3), zero gradient
        Tensor x = arange(12, 4, 3).requiresGrad(true);
        assertValues(x.index(Tensor.of(-1L, 0L)), new int[] {2, 3}, 9, 10, 11, 0, 1, 2);
        Tensor empty = x.index(Tensor.of(new long[0]));
        assertValues(empty, new int[] {0, 3});
        empty.sum().backward();
        assertValues(x.grad(), new int[] {4, 3}, new double[12]);
    }

    @Test
    void boolMaskIndexing() {
        // m=torch.tensor([[True,False,True],[False,False,False],[True,True,False],[False,False,True]])
        // y=x[m]; (y*torch.arange(5.)).sum().backward()
        Tensor x = arange(12, 4, 3).requiresGrad(true);
        Tensor m = Tensor.of(new boolean[] {true, false, true, false, false, false, true, true, false, false, false,
            true}, 4, 3);
        Tensor y = x.index(m);
        assertValues(y, new int[] {5}, 0, 2, 6, 7, 11);
        y.mul(Tensor.arange(0, 5, 1, DType.FLOAT64)).sum().backward();
        assertValues(x.grad(), new int[] {4, 3}, 0, 0, 1, 0, 0, 0, 2, 3, 0, 0, 0, 4);
    }

    @Test
    void nonContiguousIndexAndMaskTensors() {
        // x[torch.tensor([0,9,2,9])[::2]] == x[[0, 2]]; x.t()[torch.tensor([[True,True],[False,True],[True,False]])[:, 0]]
        Tensor x = arange(12, 4, 3);
        assertValues(x.index(Tensor.of(0L, 9L, 2L, 9L).slice(0, 0, 4, 2)), new int[] {2, 3}, 0, 1, 2, 6, 7, 8);
        Tensor mask = Tensor.of(new boolean[][] {{true, true}, {false, true}, {true, false}}).select(1, 0);
        assertValues(x.t().index(mask), new int[] {2, 4}, 0, 3, 6, 9, 2, 5, 8, 11);
        assertValues(Tensor.where(mask, x.t().select(1, 1), -1.0), new int[] {3}, 3, -1, 5);
    }

    @Test
    void nonAdjacentIndicesGoFirst() {
        // torch.arange(24.).view(2,3,4)[torch.tensor([1,0]), :, torch.tensor([3,3])].shape == (2, 3)
        Tensor b = arange(24, 2, 3, 4);
        assertValues(b.index(Tensor.of(1L, 0L), null, Tensor.of(3L, 3L)), new int[] {2, 3}, 15, 19, 23, 3, 7, 11);
        // b[:, torch.tensor([[2, 0]])].shape == (2, 1, 2, 4)
        assertArrayEquals(new int[] {2, 1, 2, 4}, b.index(null, Tensor.of(new long[][] {{2, 0}})).shape());
    }

    @Test
    void indexPutAccumulatesDuplicates() {
        // v=torch.tensor([1.,2.,3.],requires_grad=True)
        // z=torch.zeros(5).index_put((torch.tensor([1,1,3]),), v, accumulate=True)
        // (z*torch.arange(5.)).sum().backward()
        Tensor v = Tensor.of(1.0, 2.0, 3.0).requiresGrad(true);
        Tensor z = Tensor.zeros(new int[] {5}, DType.FLOAT64).indexPut(new Tensor[] {Tensor.of(1L, 1L, 3L)}, v, true);
        assertValues(z, new int[] {5}, 0, 3, 0, 3, 0);
        z.mul(Tensor.arange(0, 5, 1, DType.FLOAT64)).sum().backward();
        assertValues(v.grad(), new int[] {3}, 1, 1, 3);
    }

    @Test
    void indexPutInPlaceBumpsVersion() {
        Tensor x = Tensor.zeros(new int[] {2, 2}, DType.FLOAT64);
        int before = versionCounter(x).get();
        assertSame(x, x.indexPut_(new Tensor[] {Tensor.of(1L), Tensor.of(0L)}, Tensor.scalar(5.0)));
        assertValues(x, new int[] {2, 2}, 0, 0, 5, 0);
        assertEquals(before + 1, versionCounter(x).get());
    }

    // ------------------------------------------------------------------ gather / scatter / index_add

    @Test
    void scatterAddDuplicatesAndGradients() {
        // s=torch.tensor([[1.,2.,3.],[4.,5.,6.]],requires_grad=True); base=torch.zeros(2,4,requires_grad=True)
        // z=base.scatter_add(1, torch.tensor([[0,0,3],[1,2,1]]), s); (z*torch.arange(8.).view(2,4)).sum().backward()
        Tensor s = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}).requiresGrad(true);
        Tensor base = Tensor.zeros(new int[] {2, 4}, DType.FLOAT64).requiresGrad(true);
        Tensor z = base.scatterAdd(1, Tensor.of(new long[][] {{0, 0, 3}, {1, 2, 1}}), s);
        assertValues(z, new int[] {2, 4}, 3, 0, 0, 3, 0, 10, 5, 0);
        z.mul(arange(8, 2, 4)).sum().backward();
        assertValues(s.grad(), new int[] {2, 3}, 0, 0, 3, 5, 6, 5);
        assertValues(base.grad(), new int[] {2, 4}, 0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void gatherGradientAddsUpAndHandlesTransposedInput() {
        // a=torch.arange(12.).view(3,4).requires_grad_(); g=a.gather(1, torch.tensor([[0,0],[3,1],[2,2]]))
        // (g*torch.tensor([[1.,2.],[3.,4.],[5.,6.]])).sum().backward()
        Tensor a = arange(12, 3, 4).requiresGrad(true);
        Tensor g = a.gather(1, Tensor.of(new long[][] {{0, 0}, {3, 1}, {2, 2}}));
        assertValues(g, new int[] {3, 2}, 0, 0, 7, 5, 10, 10);
        g.mul(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}})).sum().backward();
        assertValues(a.grad(), new int[] {3, 4}, 3, 0, 0, 0, 0, 4, 0, 3, 0, 0, 11, 0);
        // a.t().gather(0, torch.tensor([[2,0,1]])) -> [[2., 4., 9.]]
        Tensor b = arange(12, 3, 4).requiresGrad(true);
        Tensor gt = b.t().gather(0, Tensor.of(new long[][] {{2, 0, 1}}));
        assertValues(gt, new int[] {1, 3}, 2, 4, 9);
        gt.sum().backward();
        assertValues(b.grad(), new int[] {3, 4}, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0);
    }

    @Test
    void scatterValueAndSrc() {
        // torch.zeros(2,3).scatter(1, torch.tensor([[2],[0]]), 7.) ; ...scatter(0, torch.tensor([[1,0,1]]), torch.tensor([[1.,2.,3.]]))
        Tensor z = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64);
        assertValues(z.scatter(1, Tensor.of(new long[][] {{2}, {0}}), 7), new int[] {2, 3}, 0, 0, 7, 7, 0, 0);
        assertValues(z.scatter(0, Tensor.of(new long[][] {{1, 0, 1}}), Tensor.of(new double[][] {{1, 2, 3}})),
                new int[] {2, 3}, 0, 2, 0, 1, 0, 3);
    }

    @Test
    void indexAddWithDuplicatesAndAlpha() {
        // ia=torch.zeros(3,2,requires_grad=True); src=torch.tensor([[1.,2.],[3.,4.],[5.,6.]],requires_grad=True)
        // z=ia.index_add(0, torch.tensor([2,0,2]), src, alpha=2.); (z*torch.arange(6.).view(3,2)).sum().backward()
        Tensor ia = Tensor.zeros(new int[] {3, 2}, DType.FLOAT64).requiresGrad(true);
        Tensor src = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}).requiresGrad(true);
        Tensor z = ia.indexAdd(0, Tensor.of(2L, 0L, 2L), src, 2);
        assertValues(z, new int[] {3, 2}, 6, 8, 0, 0, 12, 16);
        z.mul(arange(6, 3, 2)).sum().backward();
        assertValues(src.grad(), new int[] {3, 2}, 8, 10, 0, 2, 8, 10);
        assertValues(ia.grad(), new int[] {3, 2}, 0, 1, 2, 3, 4, 5);
    }

    @Test
    void indexSelectRepeatsSlices() {
        // torch.arange(6.).view(2,3).index_select(1, torch.tensor([2,2,0]))
        assertValues(arange(6, 2, 3).indexSelect(1, Tensor.of(2L, 2L, 0L)), new int[] {2, 3}, 2, 2, 0, 5, 5, 3);
        // x=torch.tensor(5.,requires_grad=True); y=x.index_select(0, torch.tensor([0])) -> 0-d; y.backward(); x.grad == 1
        Tensor x = Tensor.scalar(5.0).requiresGrad(true);
        Tensor y = x.indexSelect(0, Tensor.of(0L));
        assertValues(y, new int[0], 5);
        assertEquals("IndexSelectBackward0", y.gradFn().name());
        y.backward();
        assertValues(x.grad(), new int[0], 1);
        // torch.tensor(5.).index_add(0, torch.tensor([0]), torch.tensor(2.)) -> tensor(7.)
        assertValues(Tensor.scalar(5.0).indexAdd(0, Tensor.of(0L), Tensor.scalar(2.0)), new int[0], 7);
    }

    // ------------------------------------------------------------------ where, masked ops, nonzero

    @Test
    void wherePromotesAndBroadcasts() {
        // torch.where(torch.tensor([True,False,True]), torch.tensor([1,2,3]), torch.tensor([.5,.5,.5])).dtype == float32
        Tensor c = Tensor.of(true, false, true);
        Tensor w = Tensor.where(c, Tensor.of(1L, 2L, 3L), Tensor.of(0.5f, 0.5f, 0.5f));
        assertEquals(DType.FLOAT32, w.dtype());
        assertValues(w, new int[] {3}, 1, 0.5, 3);
        // torch.where(torch.tensor([True,False]), torch.tensor([1,2]), 7) -> int64 [1, 7]
        Tensor i = Tensor.where(Tensor.of(true, false), Tensor.of(1L, 2L), 7L);
        assertEquals(DType.INT64, i.dtype());
        assertArrayEquals(new long[] {1, 7}, i.toLongArray());
        assertEquals(DType.FLOAT32, Tensor.where(Tensor.of(true, false), 1L, 2.5).dtype());
        // torch.where(torch.tensor(True), torch.tensor(3.), 1.) -> tensor(3.)
        assertValues(Tensor.where(Tensor.scalar(true), Tensor.scalar(3.0), 1.0), new int[0], 3);
        assertArrayEquals(new int[] {2, 3}, Tensor.where(Tensor.of(true, false, true), Tensor.zeros(2, 1),
                Tensor.ones(3)).shape());
    }

    @Test
    void maskedFillWithTensorValue() {
        // xx=torch.tensor([1.,-2.,3.,-4.],requires_grad=True); vv=torch.tensor(9.,requires_grad=True)
        // mf=xx.masked_fill(xx.detach()<0, vv); (mf*torch.tensor([1.,2.,3.,4.])).sum().backward()
        Tensor xx = Tensor.of(1.0, -2.0, 3.0, -4.0).requiresGrad(true);
        Tensor vv = Tensor.scalar(9.0).requiresGrad(true);
        Tensor mf = xx.maskedFill(Tensor.of(false, true, false, true), vv);
        assertValues(mf, new int[] {4}, 1, 9, 3, 9);
        assertEquals("MaskedFillBackward1", mf.gradFn().name());
        mf.mul(Tensor.of(1.0, 2.0, 3.0, 4.0)).sum().backward();
        assertValues(xx.grad(), new int[] {4}, 1, 0, 3, 0);
        assertValues(vv.grad(), new int[0], 6);
    }

    @Test
    void maskedFillBroadcastsAndInPlace() {
        // torch.ones(3).masked_fill(torch.ones(2,3,dtype=torch.bool), 0.).shape == (2, 3)
        assertArrayEquals(new int[] {2, 3}, Tensor.ones(3).maskedFill(Tensor.ones(new int[] {2, 3}, DType.BOOL), 0).shape());
        Tensor x = Tensor.of(1.0, 2.0, 3.0);
        x.maskedFill_(Tensor.of(true, false, true), -1);
        assertValues(x, new int[] {3}, -1, 2, -1);
        assertError(IllegalArgumentException.class, "output with shape [3] doesn't match the broadcast shape [2, 3]",
                () -> Tensor.ones(3).maskedFill_(Tensor.ones(new int[] {2, 3}, DType.BOOL), 0));
    }

    @Test
    void maskedSelectAndNonzero() {
        Tensor x = arange(6, 2, 3).requiresGrad(true);
        Tensor s = x.maskedSelect(Tensor.of(true, false, true));
        assertValues(s, new int[] {4}, 0, 2, 3, 5);
        s.sum().backward();
        assertValues(x.grad(), new int[] {2, 3}, 1, 0, 1, 1, 0, 1);
        // torch.tensor([[0.,1.,0.],[2.,0.,3.]]).nonzero() -> [[0,1],[1,0],[1,2]]
        Tensor nz = Tensor.of(new double[][] {{0, 1, 0}, {2, 0, 3}}).nonzero();
        assertArrayEquals(new int[] {3, 2}, nz.shape());
        assertArrayEquals(new long[] {0, 1, 1, 0, 1, 2}, nz.toLongArray());
        // torch.tensor(0.).nonzero().shape == (0, 0); torch.tensor(5.).nonzero().shape == (1, 0)
        assertArrayEquals(new int[] {0, 0}, Tensor.scalar(0.0).nonzero().shape());
        assertArrayEquals(new int[] {1, 0}, Tensor.scalar(5.0).nonzero().shape());
    }

    // ------------------------------------------------------------------ basic indexing and assignment

    @Test
    void basicIndexingIsAView() {
        // b=torch.arange(24.).view(2,3,4); v=b[0, 1:3, None, :]; v.stride() == (4, 4, 1); v.storage_offset() == 4
        Tensor b = arange(24, 2, 3, 4);
        Tensor v = b.get(Index.at(0), Index.slice(1, 3), Index.NEW_AXIS, Index.ALL);
        assertValues(v, new int[] {2, 1, 4}, 4, 5, 6, 7, 8, 9, 10, 11);
        assertArrayEquals(new int[] {4, 4, 1}, v.stride());
        assertEquals(4, v.storageOffset());
        assertSame(storage(b), storage(v));
        assertValues(b.get(Index.ELLIPSIS, Index.at(-1)), new int[] {2, 3}, 3, 7, 11, 15, 19, 23);
        assertValues(b.get(1, 2, 3), new int[0], 23);
        assertValues(b.get(Index.at(0), Index.slice(null, null, 2), Index.from(2)), new int[] {2, 2}, 2, 3, 10, 11);
        // torch.tensor(3.)[None] -> tensor([3.])
        assertValues(Tensor.scalar(3.0).get(Index.NEW_AXIS), new int[] {1}, 3);
    }

    @Test
    void assignmentRecordsCopySlices() {
        // xg=torch.arange(6.).view(2,3).requires_grad_(); vg=torch.tensor([10.,20.],requires_grad=True)
        // z=xg*1; z[0,0]=100.; z[1,1:]=vg; (z*torch.arange(6.).view(2,3)).sum().backward()
        Tensor xg = arange(6, 2, 3).requiresGrad(true);
        Tensor vg = Tensor.of(10.0, 20.0).requiresGrad(true);
        Tensor z = xg.mul(1.0);
        z.set(100, 0, 0);
        z.set(vg, Index.at(1), Index.from(1));
        assertValues(z, new int[] {2, 3}, 100, 1, 2, 3, 10, 20);
        assertEquals("CopySlices", z.gradFn().name());
        z.mul(arange(6, 2, 3)).sum().backward();
        assertValues(xg.grad(), new int[] {2, 3}, 0, 1, 2, 3, 0, 0);
        assertValues(vg.grad(), new int[] {2}, 4, 5);
    }

    @Test
    void assignmentWithoutGradWritesInPlace() {
        Tensor x = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64);
        Tensor view = x.get(Index.at(1));
        int before = versionCounter(x).get();
        x.set(Tensor.of(1.0, 2.0, 3.0), Index.at(1));
        x.set(7, Index.ALL, Index.at(0));
        assertValues(x, new int[] {2, 3}, 7, 0, 0, 7, 2, 3);
        assertValues(view, new int[] {3}, 7, 2, 3);
        assertEquals(before + 2, versionCounter(x).get());
    }

    @Test
    void mixedBasicAndTensorIndexing() {
        // x=torch.arange(12.).view(3,4); x[0, torch.tensor([1,3])]; x[torch.tensor([True,False,True]), 1:3]
        // x[None, torch.tensor([2])].shape == (1, 1, 4); x[..., torch.tensor([1])].shape == (3, 1)
        Tensor x = arange(12, 3, 4);
        assertValues(x.get(Index.at(0), Index.tensor(Tensor.of(1L, 3L))), new int[] {2}, 1, 3);
        assertValues(x.get(Index.tensor(Tensor.of(true, false, true)), Index.slice(1, 3)), new int[] {2, 2},
                1, 2, 9, 10);
        assertArrayEquals(new int[] {1, 1, 4}, x.get(Index.NEW_AXIS, Index.tensor(Tensor.of(2L))).shape());
        assertArrayEquals(new int[] {3, 1}, x.get(Index.ELLIPSIS, Index.tensor(Tensor.of(1L))).shape());
        Tensor g = arange(12, 3, 4).requiresGrad(true);
        assertEquals("IndexBackward0", g.get(Index.from(1), Index.tensor(Tensor.of(0L, 0L))).gradFn().name());
    }

    @Test
    void assignmentThroughIndexTensors() {
        // x=torch.arange(12.).view(3,4).requires_grad_(); v=torch.tensor([7.,8.,9.],requires_grad=True)
        // z=x*1; z[:, torch.tensor([0,2,0])] = v.view(3,1); (z*torch.arange(12.).view(3,4)).sum().backward()
        Tensor x = arange(12, 3, 4).requiresGrad(true);
        Tensor v = Tensor.of(7.0, 8.0, 9.0).requiresGrad(true);
        Tensor z = x.mul(1.0);
        z.set(v.view(3, 1), Index.ALL, Index.tensor(Tensor.of(0L, 2L, 0L)));
        assertEquals("CopySlices", z.gradFn().name());
        assertValues(z, new int[] {3, 4}, 7, 1, 7, 3, 8, 5, 8, 7, 9, 9, 9, 11);
        z.mul(arange(12, 3, 4)).sum().backward();
        assertValues(x.grad(), new int[] {3, 4}, 0, 1, 0, 3, 0, 5, 0, 7, 0, 9, 0, 11);
        assertValues(v.grad(), new int[] {3}, 2, 14, 26);
        // z=x*1; z[torch.tensor([True,False,True])] = 5. -> IndexPutBackward0
        Tensor w = arange(12, 3, 4).requiresGrad(true).mul(1.0);
        w.set(5, Index.tensor(Tensor.of(true, false, true)));
        assertEquals("IndexPutBackward0", w.gradFn().name());
        assertValues(w, new int[] {3, 4}, 5, 5, 5, 5, 4, 5, 6, 7, 5, 5, 5, 5);
        Tensor plain = arange(12, 3, 4);
        plain.set(-1, Index.at(1), Index.tensor(Tensor.of(3L, 0L)));
        assertValues(plain.get(1), new int[] {4}, -1, 5, 6, -1);
    }

    // ------------------------------------------------------------------ shape ops

    @Test
    void shapeOpValues() {
        Tensor r = arange(6, 2, 3);
        assertValues(r.roll(1), new int[] {2, 3}, 5, 0, 1, 2, 3, 4);
        assertValues(r.roll(new int[] {1, -1}, new int[] {0, 1}), new int[] {2, 3}, 4, 5, 3, 1, 2, 0);
        assertValues(r.flip(1), new int[] {2, 3}, 2, 1, 0, 5, 4, 3);
        assertValues(Tensor.of(1.0, 2.0).repeat(2, 2), new int[] {2, 4}, 1, 2, 1, 2, 1, 2, 1, 2);
        assertValues(Tensor.of(new double[][] {{1, 2}}).tile(2), new int[] {1, 4}, 1, 2, 1, 2);
        assertValues(Tensor.arange(0, 6, 1, DType.FLOAT64).unflatten(0, 2, -1), new int[] {2, 3}, 0, 1, 2, 3, 4, 5);
        // torch.arange(24.).view(2,3,4).movedim(0,-1)[1]
        assertValues(arange(24, 2, 3, 4).movedim(0, -1).get(1), new int[] {4, 2}, 4, 16, 5, 17, 6, 18, 7, 19);
        assertValues(Tensor.scalar(3.0).flatten(), new int[] {1}, 3);
        Tensor x = arange(24, 2, 3, 4);
        assertSame(x, x.flatten(1, 1));
        assertSame(storage(x), storage(x.flatten(1)));
        assertSame(storage(x), storage(x.narrow(2, 1, 2)));
        assertSame(storage(x), storage(x.unbind(1).get(2)));
        assertSame(storage(x), storage(x.split(2, 2).get(1)));
    }

    @Test
    void repeatAndSplitGradients() {
        // rr=torch.tensor([1.,2.],requires_grad=True); (rr.repeat(3,2)*torch.arange(12.).view(3,4)).sum().backward()
        Tensor rr = Tensor.of(1.0, 2.0).requiresGrad(true);
        rr.repeat(3, 2).mul(arange(12, 3, 4)).sum().backward();
        assertValues(rr.grad(), new int[] {2}, 30, 36);
        // sp=torch.arange(10.).requires_grad_(); (sp.split([3,7])[1]*2).sum().backward()
        Tensor sp = Tensor.arange(0, 10, 1, DType.FLOAT64).requiresGrad(true);
        List<Tensor> pieces = sp.split(new int[] {3, 7});
        assertEquals("SplitWithSizesBackward0", pieces.get(1).gradFn().name());
        pieces.get(1).mul(2.0).sum().backward();
        assertValues(sp.grad(), new int[] {10}, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2);
        // [p.shape[0] for p in torch.arange(10.).chunk(4)] == [3, 3, 3, 1]; torch.arange(5.).chunk(4) -> [2, 2, 1]
        assertArrayEquals(new int[] {3, 3, 3, 1},
                Tensor.arange(0, 10, 1, DType.FLOAT64).chunk(4).stream().mapToInt(t -> t.size(0)).toArray());
        assertArrayEquals(new int[] {2, 2, 1},
                Tensor.arange(0, 5, 1, DType.FLOAT64).chunk(4).stream().mapToInt(t -> t.size(0)).toArray());
        Tensor u = arange(6, 2, 3).requiresGrad(true);
        List<Tensor> rows = u.unbind();
        rows.get(0).mul(rows.get(1)).sum().backward();
        assertValues(u.grad(), new int[] {2, 3}, 3, 4, 5, 0, 1, 2);
    }

    // ------------------------------------------------------------------ errors (PyTorch's messages)

    @Test
    void errors() {
        Tensor x = arange(6, 2, 3);
        assertError(IndexOutOfBoundsException.class, "index 5 is out of bounds for dimension 0 with size 2",
                () -> x.index(Tensor.of(5L)));
        assertError(IndexOutOfBoundsException.class, "index -3 is out of bounds for dimension 0 with size 2",
                () -> x.index(Tensor.of(-3L)));
        assertError(IndexOutOfBoundsException.class, "too many indices for tensor of dimension 2",
                () -> x.get(0, 0, 0));
        assertError(IndexOutOfBoundsException.class, "index 5 is out of bounds for dimension 0 with size 2",
                () -> x.get(5));
        assertError(IndexOutOfBoundsException.class, "index out of range in self",
                () -> x.indexSelect(0, Tensor.of(3L)));
        assertError(IllegalArgumentException.class, "index_select(): Expected dtype int32 or int64 for index",
                () -> x.indexSelect(0, Tensor.of(1.0)));
        assertError(IllegalArgumentException.class, "index 3 is out of bounds for dimension 1 with size 3",
                () -> x.gather(1, Tensor.of(new long[][] {{3}})));
        // gather takes no negative index, and names the first bad one in row-major order
        assertError(IllegalArgumentException.class, "index -1 is out of bounds for dimension 1 with size 2",
                () -> x.t().gather(1, Tensor.of(new long[][] {{0, 1}, {-1, 5}})));
        assertError(IndexOutOfBoundsException.class, "index out of range in self",
                () -> x.indexSelect(1, Tensor.of(0L, -1L)));
        assertError(IndexOutOfBoundsException.class, "index out of range in self",
                () -> x.indexAdd(1, Tensor.of(2L, 3L), Tensor.ones(new int[] {2, 2}, DType.FLOAT64)));
        assertError(IllegalArgumentException.class,
                "Index tensor must have the same number of dimensions as input tensor", () -> x.gather(1, Tensor.of(0L)));
        assertError(IllegalArgumentException.class, "start (2) + length (2) exceeds dimension size (3).",
                () -> x.narrow(1, 2, 2));
        assertError(IllegalArgumentException.class,
                "unflatten: Provided sizes [2, 2] don't multiply up to the size of dim 1 (3) in the input tensor",
                () -> x.unflatten(1, 2, 2));
        assertError(IllegalArgumentException.class,
                "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor",
                () -> x.repeat(2));
        assertError(IllegalArgumentException.class, "movedim: Invalid source or destination dims: source ([0, 1] "
                + "dims) should contain the same number of dims as destination ([1] dims)",
                () -> x.movedim(new int[] {0, 1}, new int[] {1}));
        assertError(IllegalArgumentException.class, "movedim: repeated dim in `source` ([0, 0])",
                () -> x.movedim(new int[] {0, 0}, new int[] {1, 0}));
        assertError(IllegalArgumentException.class, "shifts and dimensions must align. shifts: 2, dims:1",
                () -> x.roll(new int[] {1, 2}, new int[] {0}));
        assertError(IllegalArgumentException.class, "masked_fill_ only supports a 0-dimensional value tensor, but got "
                + "tensor with 1 dimension(s).", () -> x.maskedFill(Tensor.of(true, false, true), Tensor.ones(3)));
        assertError(IllegalArgumentException.class,
                "where expected condition to be a boolean tensor, but got a tensor with dtype Long",
                () -> Tensor.where(Tensor.of(1L, 0L, 1L), x, x));
        assertError(IllegalArgumentException.class,
                "split_size can only be 0 if dimension size is 0, but got dimension size of 2", () -> x.split(0));
        assertError(IllegalArgumentException.class, "chunk expects `chunks` to be greater than 0, got: 0",
                () -> x.chunk(0));
        assertError(IndexOutOfBoundsException.class, "The shape of the mask [3] at index 0 does not match the shape "
                + "of the indexed tensor [2, 3] at index 0", () -> x.index(Tensor.of(true, false, true)));
        assertError(IndexOutOfBoundsException.class,
                "shape mismatch: indexing tensors could not be broadcast together with shapes [2], [3]",
                () -> x.index(Tensor.of(0L, 1L), Tensor.of(0L, 1L, 2L)));
        assertError(IllegalArgumentException.class, "index 3 is out of bounds for dimension 1 with size 3",
                () -> x.scatter(1, Tensor.of(new long[][] {{3}}), 1).sum());
        assertError(IllegalArgumentException.class, "shape mismatch: value tensor of shape [3, 3] cannot be broadcast "
                + "to indexing result of shape [2, 3]",
                () -> x.indexPut(new Tensor[] {Tensor.of(0L, 1L)}, Tensor.ones(new int[] {3, 3}, DType.FLOAT64)));
        assertError(IllegalArgumentException.class, "index_add_(): Number of indices (1) should be equal to "
                + "source.size(dim): (2), for dim: 0",
                () -> x.indexAdd(0, Tensor.of(0L), Tensor.ones(new int[] {2, 3}, DType.FLOAT64)));
        assertError(IllegalArgumentException.class, "dim 0 appears multiple times in the list of dims",
                () -> x.flip(0, 0));
        assertError(IllegalArgumentException.class, "step must be greater than zero", () -> Index.slice(0, 2, -1));
        assertError(IllegalArgumentException.class, "flatten() has invalid args: start_dim cannot come after end_dim",
                () -> x.flatten(1, 0));
        assertError(IndexOutOfBoundsException.class, "Dimension out of range (expected to be in range of [-2, 1], but "
                + "got 2)", () -> x.unbind(2));
        Tensor leaf = arange(6, 2, 3).requiresGrad(true);
        assertError(IllegalStateException.class,
                "a view of a leaf Variable that requires grad is being used in an in-place operation.",
                () -> leaf.set(1, 0));
    }
}
