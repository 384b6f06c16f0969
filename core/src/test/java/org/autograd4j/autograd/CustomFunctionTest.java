package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.ForwardAD;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * A custom {@link Function}'s forward mode ({@code jvp}, {@code saveForForward}) and its context's
 * {@code markDirty}, {@code markNonDifferentiable}, {@code setMaterializeGrads} and
 * {@link OnceDifferentiable}, against what PyTorch 1.13 does ({@code custom_function_pytorch.py}
 * beside this test prints each value and message).
 */
class CustomFunctionTest {
    private static final double TOL = 1e-12;

    /** (x·y, x + 1), its jvp reading the inputs saved for forward; records what jvp received. */
    static final class ProductAndShift extends Function {
        final List<Tensor> jvpGot = new ArrayList<>();

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            ctx.saveForForward(in[0], in[1]);
            return new Tensor[] {in[0].mul(in[1]), in[0].add(1)};
        }

        @Override
        protected Tensor[] jvp(FunctionContext ctx, Tensor... t) {
            jvpGot.addAll(java.util.Arrays.asList(t));
            Tensor x = ctx.savedTensors().get(0);
            Tensor y = ctx.savedTensors().get(1);
            return new Tensor[] {t[0].mul(y).add(x.mul(t[1])), t[0]};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
            return new Tensor[] {null, null};
        }
    }

    /** 2x with a jvp returning {@code tangents}' result: for PyTorch's checks of what jvp returns. */
    static final class Doubling extends Function {
        private final java.util.function.UnaryOperator<Tensor[]> tangents;

        Doubling(java.util.function.UnaryOperator<Tensor[]> tangents) {
            this.tangents = tangents;
        }

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            return new Tensor[] {in[0].mul(2)};
        }

        @Override
        protected Tensor[] jvp(FunctionContext ctx, Tensor... t) {
            return tangents.apply(t);
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
            return new Tensor[] {g[0].mul(2)};
        }
    }

    @Test
    void jvpGivesTheOutputsTangentsFromTheInputsSavedForForward() {
        ProductAndShift f = new ProductAndShift();
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor[] out = f.apply(ForwardAD.makeDual(Tensor.of(1.0, 2.0), Tensor.of(1.0, 0.5)), Tensor.of(3.0, 4.0));
            assertArrayEquals(new double[] {3, 2}, ForwardAD.unpackDual(out[0]).tangent().toDoubleArray(), TOL);
            assertArrayEquals(new double[] {1, 0.5}, ForwardAD.unpackDual(out[1]).tangent().toDoubleArray(), TOL);
        }
        assertArrayEquals(new double[] {0, 0}, f.jvpGot.get(1).toDoubleArray(), "a plain input's tangent is zeros");
    }

    @Test
    void jvpMatchesFiniteDifferences() {
        Tensor x = Tensor.of(0.5, -1.5);
        Tensor y = Tensor.of(2.0, 3.0);
        Tensor vx = Tensor.of(0.3, 0.7);
        Tensor vy = Tensor.of(-1.0, 0.25);
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor out = new ProductAndShift().apply(ForwardAD.makeDual(x, vx), ForwardAD.makeDual(y, vy))[0];
            double eps = 1e-6;
            Tensor plus = x.add(vx.mul(eps)).mul(y.add(vy.mul(eps)));
            Tensor minus = x.sub(vx.mul(eps)).mul(y.sub(vy.mul(eps)));
            assertArrayEquals(plus.sub(minus).div(2 * eps).toDoubleArray(),
                    ForwardAD.unpackDual(out).tangent().toDoubleArray(), 1e-8);
        }
    }

    @Test
    void jvpResultsAreCheckedWithPyTorchsMessages() {
        try (DualLevel level = ForwardAD.dualLevel()) {
            Tensor dual = ForwardAD.makeDual(Tensor.of(1.0, 2.0), Tensor.of(1.0, 0.5));
            IllegalStateException count = assertThrows(IllegalStateException.class,
                    () -> new Doubling(t -> new Tensor[] {t[0], t[0]}).apply(dual));
            assertEquals("Function's jvp returned an invalid number of forward gradients (expected 1 but got 2)",
                    count.getMessage());
            IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                    () -> new Doubling(t -> new Tensor[] {t[0].narrow(0, 0, 1)}).apply(dual));
            assertEquals("Trying to set a forward gradient that has a different size than that of the original "
                    + "Tensor, this is not supported. Tensor is of size [2] while the given forward gradient is of "
                    + "size [1].", size.getMessage());
        }
    }

    @Test
    void savedTensorsInJvpAreOnlyThoseSavedForForward() {
        List<Integer> sizes = new ArrayList<>();
        Function f = new Function() {
            @Override
            protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
                ctx.saveForBackward(in[0]);
                return new Tensor[] {in[0].mul(2)};
            }

            @Override
            protected Tensor[] jvp(FunctionContext ctx, Tensor... t) {
                sizes.add(ctx.savedTensors().size());
                return new Tensor[] {t[0].mul(2)};
            }

            @Override
            protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
                sizes.add(ctx.savedTensors().size());
                return new Tensor[] {g[0].mul(2)};
            }
        };
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        try (DualLevel level = ForwardAD.dualLevel()) {
            f.apply1(ForwardAD.makeDual(x, Tensor.of(1.0, 1.0))).sum().backward();
        }
        assertEquals(List.of(0, 1), sizes, "jvp sees no tensor saved for backward, as PyTorch's ()");
    }

    /** (2x, 3x) of (x, y), unmaterialized: records what jvp and backward receive. */
    static final class Unmaterialized extends Function {
        final List<Tensor> got = new ArrayList<>();

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            ctx.setMaterializeGrads(false);
            return new Tensor[] {in[0].mul(2), in[0].mul(3)};
        }

        @Override
        protected Tensor[] jvp(FunctionContext ctx, Tensor... t) {
            got.addAll(java.util.Arrays.asList(t));
            return new Tensor[] {t[0].mul(2), t[0].mul(3)};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
            got.addAll(java.util.Arrays.asList(g));
            return new Tensor[] {g[0].mul(2), null};
        }
    }

    @Test
    void withoutMaterializedGradsMissingTangentsAndGradientsArriveAsNull() {
        Unmaterialized f = new Unmaterialized();
        try (DualLevel level = ForwardAD.dualLevel()) {
            f.apply(ForwardAD.makeDual(Tensor.of(1.0, 2.0), Tensor.of(1.0, 0.5)), Tensor.of(1.0, 2.0));
        }
        assertNull(f.got.get(1), "jvp: the plain input's tangent");
        f.got.clear();
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        f.apply(x, Tensor.of(1.0, 2.0))[0].sum().backward();
        assertArrayEquals(new double[] {1, 1}, f.got.get(0).toDoubleArray());
        assertNull(f.got.get(1), "backward: the unused output's gradient");
        assertArrayEquals(new double[] {2, 2}, x.grad().toDoubleArray());
    }

    /** (2x, 3x), the second output marked non-differentiable; records what backward receives. */
    static final class WithIndexLikeOutput extends Function {
        final List<Tensor> got = new ArrayList<>();

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            Tensor v = in[0].mul(3);
            ctx.markNonDifferentiable(v);
            return new Tensor[] {in[0].mul(2), v};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
            got.addAll(java.util.Arrays.asList(g));
            return new Tensor[] {g[0].mul(2)};
        }
    }

    @Test
    void nonDifferentiableOutputsDoNotRequireGradAndGetZeroGradients() {
        WithIndexLikeOutput f = new WithIndexLikeOutput();
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor[] out = f.apply(x);
        assertTrue(out[0].requiresGrad());
        assertFalse(out[1].requiresGrad());
        assertNull(out[1].gradFn());
        out[0].sum().backward();
        assertArrayEquals(new double[] {0, 0}, f.got.get(1).toDoubleArray());
        assertArrayEquals(new double[] {2, 2}, x.grad().toDoubleArray());
    }

    /** Doubles its input in place and says so. */
    static class Dirty extends Function {
        private final boolean returnsIt;

        Dirty(boolean returnsIt) {
            this.returnsIt = returnsIt;
        }

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            in[0].mul_(2);
            ctx.markDirty(in[0]);
            return new Tensor[] {returnsIt ? in[0] : in[0].mul(1)};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
            return new Tensor[] {g[0].mul(2)};
        }
    }

    @Test
    void aDirtyInputIsReturnedItselfWithTheNodeAsItsHistory() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor y = x.mul(1);
        Tensor z = new Dirty(true).apply1(y);
        assertSame(y, z);
        assertEquals("DirtyBackward", z.gradFn().name());
        assertArrayEquals(new double[] {2, 4}, z.toDoubleArray());
        z.sum().backward();
        assertArrayEquals(new double[] {2, 2}, x.grad().toDoubleArray());
    }

    @Test
    void dirtyInputsAreCheckedWithPyTorchsMessages() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        IllegalStateException leaf = assertThrows(IllegalStateException.class, () -> new Dirty(true).apply1(x));
        assertEquals("a leaf Variable that requires grad has been used in an in-place operation.", leaf.getMessage());
        IllegalStateException notReturned = assertThrows(IllegalStateException.class,
                () -> new Dirty(false).apply1(x.mul(1)));
        assertEquals("Some elements marked as dirty during the forward method were not returned as output. The "
                + "inputs that are modified inplace must all be outputs of the Function.", notReturned.getMessage());
    }

    /** {@link Dirty} with a jvp: PyTorch takes only the input's tangent doubled in place. */
    @Test
    void aDirtyInputsJvpMustModifyItsTangentInPlace() {
        for (boolean inPlace : new boolean[] {false, true}) {
            Function f = new Dirty(true) {
                @Override
                protected Tensor[] jvp(FunctionContext ctx, Tensor... t) {
                    return new Tensor[] {inPlace ? t[0].mul_(2) : t[0].mul(2)};
                }
            };
            try (DualLevel level = ForwardAD.dualLevel()) {
                Tensor given = Tensor.of(1.0, 0.5).to(DType.FLOAT64);
                Tensor dual = ForwardAD.makeDual(Tensor.of(1.0, 2.0).to(DType.FLOAT64), given);
                if (inPlace) {
                    Tensor out = f.apply1(dual);
                    assertArrayEquals(new double[] {2, 1}, ForwardAD.unpackDual(out).tangent().toDoubleArray());
                    assertArrayEquals(new double[] {2, 1}, given.toDoubleArray());
                } else {
                    IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.apply1(dual));
                    assertEquals("An inplace custom Function is not modifying the forward mode gradients inplace. If "
                            + "the forward is modifying an input inplace, then the jvp function must modify the "
                            + "corresponding gradient inplace.", e.getMessage());
                }
            }
        }
    }

    @Test
    void aDirtyViewBecomesPartOfItsBasesHistory() {
        Tensor x = Tensor.of(1.0, 2.0, 3.0).requiresGrad(true);
        Tensor base = x.mul(1);
        Tensor view = base.narrow(0, 0, 2);
        Tensor out = new Dirty(true).apply1(view);
        assertSame(view, out);
        assertEquals("AsStridedBackward0", out.gradFn().name());
        assertEquals("CopySlices", base.gradFn().name());
        assertArrayEquals(new double[] {2, 4, 3}, base.toDoubleArray());
        base.mul(Tensor.of(1.0, 10.0, 100.0)).sum().backward();
        assertArrayEquals(new double[] {2, 20, 100}, x.grad().toDoubleArray());
    }

    @Test
    void aSavedTensorModifiedThroughMarkDirtyIsCaught() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor y = x.mul(1);
        Tensor saved = y.exp();
        new Dirty(true).apply1(saved);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> saved.sum().backward());
        assertTrue(e.getMessage().contains("modified by an inplace operation"), e.getMessage());
    }

    @Test
    void anInputReturnedUnmarkedComesBackAsAView() {
        Function identity = new Function() {
            @Override
            protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
                return new Tensor[] {in[0]};
            }

            @Override
            protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
                return new Tensor[] {g[0]};
            }
        };
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor w = x.mul(1);
        Tensor r = identity.apply1(w);
        assertFalse(r == w);
        assertSame(w, r.base());
        assertEquals("MulBackward0", w.gradFn().name(), "the input keeps its history");
        r.sum().backward();
        assertArrayEquals(new double[] {1, 1}, x.grad().toDoubleArray());
    }

    /** x², its backward once differentiable; records whether grad mode was on in backward. */
    static final class OnceSquare extends Function {
        final List<Boolean> gradModeInBackward = new ArrayList<>();

        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            ctx.saveForBackward(in[0]);
            return new Tensor[] {in[0].mul(in[0])};
        }

        @Override
        @OnceDifferentiable
        protected Tensor[] backward(FunctionContext ctx, Tensor... g) {
            gradModeInBackward.add(Autograd.isGradEnabled());
            return new Tensor[] {ctx.savedTensors().get(0).mul(2).mul(g[0])};
        }
    }

    @Test
    void aOnceDifferentiableBackwardRefusesASecondDifferentiation() {
        OnceSquare f = new OnceSquare();
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor gradOutput = Tensor.of(1.0, 1.0).requiresGrad(true);
        Tensor g = Autograd.grad(List.of(f.apply1(x.mul(1))), List.of(x), List.of(gradOutput), false, true, false)
                .get(0);
        assertArrayEquals(new double[] {2, 4}, g.toDoubleArray(), TOL);
        assertEquals(List.of(false), f.gradModeInBackward);
        assertTrue(g.requiresGrad());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> g.sum().backward());
        assertEquals("trying to differentiate twice a function that was marked with @once_differentiable",
                e.getMessage());
    }

    @Test
    void aOnceDifferentiableBackwardGivesFirstDerivatives() {
        Tensor x = Tensor.of(1.0, -3.0).requiresGrad(true);
        new OnceSquare().apply1(x).sum().backward();
        assertArrayEquals(new double[] {2, -6}, x.grad().toDoubleArray(), TOL);
    }
}
