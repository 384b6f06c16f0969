package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.autograd4j.internal.TensorAccess.storage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * A leaf keeps a gradient without copying it only when nothing else can reach it (PyTorch's rule):
 * issue 9's reproducers, each with PyTorch 1.13's values.
 */
class GradientHandOverTest {

    /** Keeps the gradient it returns in a field, as a user's cache would. */
    static final class CachingDouble extends Function {
        Tensor cached;

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            return new Tensor[] {in[0].mul(2)};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... grads) {
            cached = grads[0].mul(2);
            return new Tensor[] {cached};
        }
    }

    /** Sends one gradient tensor to both of its inputs. */
    static final class SameGradientTwice extends Function {
        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            return new Tensor[] {in[0].add(in[1])};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... grads) {
            Tensor g = grads[0].mul(1);
            return new Tensor[] {g, g};
        }
    }

    /**
     * A gradient such as {@code (gᵀ·x)ᵀ} transposed back covers its whole storage in order: the leaf
     * keeps it. (An op's output stands in for a formula's: its storage is unclaimed.)
     */
    @Test
    void keepsAWholeStorageViewedBackInOrder() {
        Tensor leaf = Tensor.zeros(4, 3).requiresGrad(true);
        Tensor fresh = Tensor.randn(4, 3).add(0.5);
        try (GradMode.Guard backwardRunsWithoutGrad = GradMode.set(false)) {
            AccumulateGrad.accumulate(leaf, fresh.t().t());
        }
        assertSame(storage(fresh), storage(leaf.grad()));
        assertNull(leaf.grad().base());
        assertArrayEquals(fresh.toDoubleArray(), leaf.grad().toDoubleArray());
    }

    @Test
    void copiesAViewOfPartOfAStorage() {
        Tensor leaf = Tensor.zeros(2, 3).requiresGrad(true);
        Tensor fresh = Tensor.randn(4, 3).add(0.5);
        try (GradMode.Guard backwardRunsWithoutGrad = GradMode.set(false)) {
            AccumulateGrad.accumulate(leaf, fresh.narrow(0, 1, 2));
        }
        assertNotSame(storage(fresh), storage(leaf.grad()));
        assertArrayEquals(fresh.narrow(0, 1, 2).toDoubleArray(), leaf.grad().toDoubleArray());
    }

    @Test
    void createGraphGivesEachLeafItsOwnGradient() {
        Tensor x = Tensor.of(1.0, 1.0, 1.0).requiresGrad(true);
        Tensor z = Tensor.of(2.0, 2.0, 2.0).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 2.0, 3.0).requiresGrad(true);
        x.add(z).mul(w).sum().backward(null, true, true);
        assertNotSame(x.grad(), z.grad());
        for (Tensor p : List.of(x, z)) {
            p.grad().detach().mul_(0.5);
        }
        assertArrayEquals(new double[] {0.5, 1, 1.5}, x.grad().toDoubleArray());
        assertArrayEquals(new double[] {0.5, 1, 1.5}, z.grad().toDoubleArray());
        assertEquals("CloneBackward0", x.grad().gradFn().name(), "PyTorch clones a create_graph gradient");
    }

    @Test
    void addSendsOneGradientToTwoLeavesWithoutSharing() {
        Tensor x = Tensor.of(1.0, 1.0).requiresGrad(true);
        Tensor z = Tensor.of(2.0, 2.0).requiresGrad(true);
        x.mul(3).add(z.mul(1)).mul(1).sum().backward();
        x.grad().mul_(0.5);
        assertArrayEquals(new double[] {1.5, 1.5}, x.grad().toDoubleArray());
        assertArrayEquals(new double[] {1, 1}, z.grad().toDoubleArray());
    }

    @Test
    void aHookKeepsTheGradientItWasGiven() {
        Tensor x = Tensor.of(1.0, 1.0, 1.0).requiresGrad(true);
        List<Tensor> log = new ArrayList<>();
        x.registerHook(g -> {
            log.add(g);
            return null;
        });
        x.mul(2).sum().backward();
        x.mul(3).sum().backward();
        assertArrayEquals(new double[] {2, 2, 2}, log.get(0).toDoubleArray());
        assertArrayEquals(new double[] {5, 5, 5}, x.grad().toDoubleArray());
        x.grad().zero_();
        assertArrayEquals(new double[] {2, 2, 2}, log.get(0).toDoubleArray());
        assertArrayEquals(new double[] {3, 3, 3}, log.get(1).toDoubleArray());
    }

    @Test
    void aHookOnAnIntermediateKeepsTheGradientPassedThrough() {
        Tensor x = Tensor.of(1.0, 1.0).requiresGrad(true);
        Tensor y = x.mul(1).add(0);
        List<Tensor> log = new ArrayList<>();
        y.registerHook(g -> {
            log.add(g);
            return null;
        });
        y.mul(2).sum().backward();
        x.grad().add_(Tensor.of(10.0, 10.0));
        assertArrayEquals(new double[] {2, 2}, log.get(0).toDoubleArray());
    }

    @Test
    void aHookReturningTheTensorItKeeps() {
        Tensor x = Tensor.of(1.0, 1.0).requiresGrad(true);
        List<Tensor> log = new ArrayList<>();
        x.registerHook(g -> {
            Tensor mine = g.mul(10);
            log.add(mine);
            return mine;
        });
        x.mul(2).sum().backward();
        x.mul(2).sum().backward();
        assertArrayEquals(new double[] {20, 20}, log.get(0).toDoubleArray());
        assertArrayEquals(new double[] {40, 40}, x.grad().toDoubleArray());
    }

    @Test
    void aHookMayNotChangeTheSize() {
        Tensor x = Tensor.of(1.0, 1.0).requiresGrad(true);
        x.registerHook(g -> Tensor.of(1.0, 2.0, 3.0));
        Tensor loss = x.mul(2).sum();
        assertEquals("hook 'hook' has changed the size of value",
                assertThrows(IllegalStateException.class, loss::backward).getMessage());
    }

    @Test
    void aCustomFunctionCachingItsGradient() {
        Tensor x = Tensor.of(1.0, 1.0, 1.0).requiresGrad(true);
        CachingDouble f = new CachingDouble();
        f.apply1(x).sum().backward();
        Tensor first = f.cached;
        f.apply1(x).sum().backward();
        assertArrayEquals(new double[] {2, 2, 2}, first.toDoubleArray());
        assertArrayEquals(new double[] {4, 4, 4}, x.grad().toDoubleArray());
    }

    @Test
    void aCustomFunctionReturningOneTensorForTwoLeaves() {
        Tensor a = Tensor.of(1.0, 1.0).requiresGrad(true);
        Tensor b = Tensor.of(1.0, 1.0).requiresGrad(true);
        new SameGradientTwice().apply1(a, b).sum().backward();
        a.grad().mul_(3);
        assertArrayEquals(new double[] {3, 3}, a.grad().toDoubleArray());
        assertArrayEquals(new double[] {1, 1}, b.grad().toDoubleArray());
    }

    @Test
    void theGradientArgumentIsNeverKept() {
        Tensor x = Tensor.of(1.0, 1.0).requiresGrad(true);
        Tensor v = Tensor.of(1.0, 2.0);
        x.add(0).backward(v);
        x.grad().mul_(5);
        assertArrayEquals(new double[] {1, 2}, v.toDoubleArray());
    }
}
