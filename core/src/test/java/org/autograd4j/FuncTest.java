package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/** {@code Func.grad} and {@code Func.vmap}: composition, no perturbation confusion, per-example gradients. */
class FuncTest {

    @Test
    void gradComposes() {
        Func.TensorFn f = x -> x[0].sin().mul(x[0]);
        Tensor x = Tensor.of(new double[] {0.7}, new int[0]);
        double v = 0.7;
        assertEquals(Math.sin(v) + v * Math.cos(v), Func.grad(f).apply(x).item(), 1e-12);
        assertEquals(2 * Math.cos(v) - v * Math.sin(v), Func.grad(Func.grad(f)).apply(x).item(), 1e-12);
        assertEquals(-3 * Math.sin(v) - v * Math.cos(v), Func.grad(Func.grad(Func.grad(f))).apply(x).item(), 1e-12);
    }

    @Test
    void nestedLevelsDoNotConfuseTheirPerturbations() {
        // d/dx [x * (d/dy (x + y) at y = x)] = d/dx [x * 1] = 1 (perturbation confusion would give 2).
        Func.TensorFn inner = a -> Func.grad(y -> a[0].add(y[0])).apply(a[0]);
        Func.TensorFn outer = a -> a[0].mul(inner.apply(a[0]));
        assertEquals(1.0, Func.grad(outer).apply(Tensor.of(new double[] {3.0}, new int[0])).item(), 1e-12);
    }

    @Test
    void gradOfAnArgumentTheOutputIgnoresIsZero() {
        Func.TensorFn f = a -> a[0].sum();
        Tensor g = Func.grad(f, 1).apply(Tensor.of(1.0, 2.0), Tensor.of(3.0, 4.0));
        assertArrayEquals(new double[] {0, 0}, g.toDoubleArray());
    }

    @Test
    void vmapMapsTheBatchedArgumentsAndPassesTheOthersWhole() {
        Tensor xs = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor scale = Tensor.of(10.0, 100.0, 1000.0);
        Tensor out = Func.vmap(a -> a[0].mul(a[1]).sum(), 0, null).apply(xs, scale);
        assertArrayEquals(new double[] {3210, 6540}, out.toDoubleArray());
        Tensor columns = Func.vmap(a -> a[0].sum(), 1).apply(xs);
        assertArrayEquals(new double[] {5, 7, 9}, columns.toDoubleArray());
    }

    @Test
    void vmapRefusesMismatchedBatchesWithPyTorchsMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Func.vmap(a -> a[0].add(a[1])).apply(Tensor.zeros(2, 3), Tensor.zeros(3, 3)));
        assertEquals("vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [2, 3] for "
                + "the mapped dimension", e.getMessage());
    }

    private static Tensor mlp(Tensor w1, Tensor b1, Tensor w2, Tensor x) {
        return F.linear(F.linear(x, w1, b1).tanh(), w2, null);
    }

    @Test
    void perExampleGradientsOfAnMlpEqualALoopOfBackwardPasses() {
        Generator gen = new Generator(5);
        Tensor w1 = Tensor.randn(new int[] {5, 4}, DType.FLOAT64, gen);
        Tensor b1 = Tensor.randn(new int[] {5}, DType.FLOAT64, gen);
        Tensor w2 = Tensor.randn(new int[] {3, 5}, DType.FLOAT64, gen);
        Tensor xs = Tensor.randn(new int[] {6, 4}, DType.FLOAT64, gen);
        Tensor ys = Tensor.of(0L, 2L, 1L, 1L, 0L, 2L);
        Func.TensorFn loss = a -> F.crossEntropy(mlp(a[0], a[1], a[2], a[3].unsqueeze(0)), a[4].unsqueeze(0));
        Tensor[] params = {w1, b1, w2};
        for (int p = 0; p < params.length; p++) {
            Tensor perExample = Func.vmap(Func.grad(loss, p), null, null, null, 0, 0).apply(w1, b1, w2, xs, ys);
            for (int i = 0; i < 6; i++) {
                Tensor[] leaves = {w1.detach().requiresGrad(true), b1.detach().requiresGrad(true),
                        w2.detach().requiresGrad(true)};
                loss.apply(leaves[0], leaves[1], leaves[2], xs.select(0, i), ys.select(0, i)).backward();
                assertArrayEquals(leaves[p].grad().toDoubleArray(), perExample.select(0, i).toDoubleArray(), 1e-12,
                        "parameter " + p + ", example " + i);
            }
        }
    }

    @Test
    void outDimsPlacesTheBatchDimInTheOutput() {
        Tensor xs = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor scale = Tensor.of(10.0, 100.0);
        Tensor out = Func.vmapOutDims(a -> a[0].mul(a[1]), 1, 1, null).apply(xs, scale);
        assertArrayEquals(new int[] {2, 3}, out.shape());
        assertArrayEquals(new double[] {10, 20, 30, 400, 500, 600}, out.toDoubleArray());
        Tensor last = Func.vmapOutDims(a -> a[0].mul(a[1]), -1, 0, null).apply(xs, Tensor.of(1.0, 2.0, 3.0));
        assertArrayEquals(new int[] {3, 2}, last.shape());
        assertArrayEquals(new double[] {1, 4, 4, 10, 9, 18}, last.toDoubleArray());
    }

    @Test
    void gradRecordsItsBackwardPassOnlyWhenSomethingOutsideCanDifferentiateIt() {
        Tensor x = Tensor.of(0.5, 2.0);
        Tensor alone = Func.grad(a -> a[0].pow(3).sum()).apply(x);
        assertEquals(false, alone.requiresGrad(), "nothing outside the level: a plain backward pass");
        Tensor w = Tensor.of(3.0, -1.0).requiresGrad(true);
        Tensor captured = Func.grad(a -> a[0].pow(2).mul(w).sum()).apply(x);   // 2 x w
        captured.sum().backward();
        assertArrayEquals(new double[] {1.0, 4.0}, w.grad().toDoubleArray(), 1e-12);
    }
}
