package org.autograd4j;

import static org.autograd4j.internal.TensorAccess.storage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.autograd4j.autograd.AccumulateGrad;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.Function;
import org.autograd4j.autograd.FunctionContext;
import org.autograd4j.internal.TensorAccess;
import org.junit.jupiter.api.Test;

/** The autograd engine and API, with PyTorch's values and messages (seed_tutorial.out.txt). */
class AutogradTest {

    private static String messageOf(Runnable action) {
        RuntimeException e = assertThrows(RuntimeException.class, action::run);
        return e.getMessage();
    }

    @Test
    void tutorialGraphAndGradients() {
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        Tensor b = a.add(2);
        Tensor c = b.pow(2);
        Tensor out = c.sum();
        assertEquals("tensor([[3., 3.],\n        [3., 3.]], grad_fn=<AddBackward0>)", b.toString());
        assertEquals("tensor([[9., 9.],\n        [9., 9.]], grad_fn=<PowBackward0>)", c.toString());
        assertEquals("tensor(36., grad_fn=<SumBackward0>)", out.toString());
        assertEquals("<AddBackward0>", b.gradFn().toString());
        assertEquals("[(<AccumulateGrad>, 0), (None, 0)]", b.gradFn().nextFunctions().toString());
        assertEquals("PowBackward0", c.gradFn().name());
        assertSame(b.gradFn(), c.gradFn().nextFunctions().get(0).node());
        assertSame(a, ((AccumulateGrad) b.gradFn().nextFunctions().get(0).node()).variable());
        assertEquals(36.0, out.item());
        assertEquals(0, out.dim());
        assertTrue(a.isLeaf());
        assertFalse(b.isLeaf());

        out.backward();
        assertEquals("tensor([[6., 6.],\n        [6., 6.]])", a.grad().toString());
        assertNull(a.gradFn());
        assertNull(b.grad());
        assertNull(out.grad());
    }

    @Test
    void secondBackwardThroughFreedGraphFails() {
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        Tensor out = a.add(2).pow(2).sum();
        out.backward();
        assertEquals("Trying to backward through the graph a second time (or directly access saved tensors after they "
                + "have already been freed). Saved intermediate values of the graph are freed when you call .backward() "
                + "or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time "
                + "or if you need to access saved tensors after calling backward.", messageOf(out::backward));
    }

    @Test
    void nonScalarBackward() {
        Tensor x = Tensor.ones(2, 2).requiresGrad(true);
        Tensor y = x.mul(3);
        assertEquals("grad can be implicitly created only for scalar outputs", messageOf(y::backward));
        y.backward(Tensor.of(new float[][] {{1f, 0.1f}, {0.01f, 0.001f}}));
        assertEquals("tensor([[3.0000, 0.3000],\n        [0.0300, 0.0030]])", x.grad().toString());
        assertEquals("Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of "
                + "torch.Size([2, 2]).", messageOf(() -> y.backward(Tensor.ones(3))));
        Tensor x2 = Tensor.ones(3).requiresGrad(true);
        Tensor y2 = x2.mul(2);
        assertEquals("Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] has a shape of "
                + "torch.Size([3]).", messageOf(() -> y2.backward(Tensor.ones(2))));
    }

    @Test
    void backwardOnTensorWithoutGradFails() {
        assertEquals("element 0 of tensors does not require grad and does not have a grad_fn",
                messageOf(() -> Tensor.ones(2, 2).backward()));
        assertEquals("Only Tensors of floating point and complex dtype can require gradients",
                messageOf(() -> Tensor.ones(new int[] {2}, DType.INT64).requiresGrad(true)));
    }

    @Test
    void backwardOnLeafAccumulatesTheGradientItself() {
        Tensor l = Tensor.ones(2, 2).requiresGrad(true);
        Tensor g = Tensor.ones(2, 2);
        l.backward(g);
        assertEquals("tensor([[1., 1.],\n        [1., 1.]])", l.grad().toString());
        g.fill_(5);
        assertEquals(1.0, l.grad().sum().item() / 4, "the grad must not alias the gradient argument");
    }

    @Test
    void leafGradientsNeverAlias() {
        Tensor a = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(3.0, 4.0).requiresGrad(true);
        a.add(b).mul(2).sum().backward(); // AddBackward0 hands one fresh gradient to both leaves
        a.grad().add_(100);
        assertArrayEquals(new double[] {2, 2}, b.grad().toDoubleArray());
        Tensor c = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor v = c.mul(3);
        v.retainGrad();
        v.sum().backward();
        c.grad().add_(100);
        assertArrayEquals(new double[] {1, 1}, v.grad().toDoubleArray());
    }

    @Test
    void retainGraphAccumulates() {
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        Tensor out = a.add(2).pow(2).sum();
        out.backward(null, true);
        assertEquals("tensor([[6., 6.],\n        [6., 6.]])", a.grad().toString());
        out.backward(null, true);
        assertEquals("tensor([[12., 12.],\n        [12., 12.]])", a.grad().toString());
        out.backward();
        assertEquals("tensor([[18., 18.],\n        [18., 18.]])", a.grad().toString());
        a.grad().zero_();
        assertEquals("tensor([[0., 0.],\n        [0., 0.]])", a.grad().toString());
        a.setGrad(null);
        assertNull(a.grad());
    }

    @Test
    void retainGradKeepsNonLeafGradient() {
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        Tensor b = a.add(2);
        b.retainGrad();
        Tensor c = b.pow(2);
        c.sum().backward();
        assertEquals("tensor([[6., 6.],\n        [6., 6.]])", b.grad().toString());
        assertTrue(b.retainsGrad());
        assertFalse(c.retainsGrad());
    }

    @Test
    void noGradModes() {
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        assertTrue(Autograd.isGradEnabled());
        Tensor n;
        try (var g = Autograd.noGrad()) {
            n = a.mul(2);
            assertFalse(Autograd.isGradEnabled());
            try (var e = Autograd.enableGrad()) {
                assertTrue(a.mul(2).requiresGrad());
            }
            assertFalse(Autograd.isGradEnabled());
            a.add_(1);
        }
        assertTrue(Autograd.isGradEnabled());
        assertEquals("tensor([[2., 2.],\n        [2., 2.]])", n.toString());
        assertFalse(n.requiresGrad());
        assertNull(n.gradFn());
        assertTrue(n.isLeaf());
        assertTrue(a.mul(2).requiresGrad());
        assertEquals("tensor([[2., 2.],\n        [2., 2.]], requires_grad=True)", a.toString());
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.",
                messageOf(() -> a.add_(1)));
        Autograd.setGradEnabled(false);
        Tensor m = a.mul(2);
        Autograd.setGradEnabled(true);
        assertFalse(m.requiresGrad());
    }

    @Test
    void gradModeIsPerThread() throws InterruptedException {
        AtomicBoolean otherThreadEnabled = new AtomicBoolean();
        try (var g = Autograd.noGrad()) {
            Thread t = new Thread(() -> otherThreadEnabled.set(Autograd.isGradEnabled()));
            t.start();
            t.join();
        }
        assertTrue(otherThreadEnabled.get());
    }

    @Test
    void detachSharesStorage() {
        Tensor a = Tensor.ones(2, 2).requiresGrad(true);
        Tensor b = a.add(2);
        Tensor d = b.detach();
        assertEquals("tensor([[3., 3.],\n        [3., 3.]])", d.toString());
        assertFalse(d.requiresGrad());
        assertNull(d.gradFn());
        assertTrue(d.isLeaf());
        d.select(0, 0).select(0, 0).fill_(100);
        assertEquals("tensor([[100.,   3.],\n        [  3.,   3.]], grad_fn=<AddBackward0>)", b.toString());
        assertSame(storage(a), storage(a.detach()));
        a.requiresGrad(false);
        assertEquals("tensor([[1., 1.],\n        [1., 1.]])", a.toString());
    }

    @Test
    void inPlaceChangeOfSavedTensorIsDetected() {
        Tensor x = Tensor.ones(2, 2).requiresGrad(true);
        Tensor y = x.add(2);
        Tensor z = y.mul(y);
        y.add_(1);
        assertEquals("one of the variables needed for gradient computation has been modified by an inplace operation: "
                + "[torch.FloatTensor [2, 2]], which is output 0 of AddBackward0, is at version 1; expected version 0 "
                + "instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, "
                + "with torch.autograd.set_detect_anomaly(True).", messageOf(() -> z.sum().backward()));
    }

    @Test
    void inPlaceOnNonLeafIsRecorded() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor w = Tensor.of(3.0, 4.0).requiresGrad(true);
        Tensor y = x.mul(2);
        y.mul_(w);
        assertEquals("MulBackward0", y.gradFn().name());
        y.sum().backward();
        assertArrayEquals(new double[] {2, 4}, w.grad().toDoubleArray());
        assertArrayEquals(new double[] {6, 8}, x.grad().toDoubleArray());
        Tensor plain = Tensor.ones(2, 3);
        plain.add_(Tensor.ones(3).requiresGrad(true));
        assertEquals("AddBackward0", plain.gradFn().name());
        assertEquals("output with shape [3] doesn't match the broadcast shape [2, 3]",
                messageOf(() -> Tensor.ones(3).add_(Tensor.ones(2, 3))));
    }

    @Test
    void inPlaceWriteIntoViewRewritesBaseHistory() {
        // y = x * 2; v = y[0]; v.mul_(3); y.sum().backward()  ->  x.grad = [[6,6,6],[2,2,2]]
        Tensor x = Tensor.ones(2, 3).requiresGrad(true);
        Tensor y = x.mul(2);
        Tensor v = y.select(0, 0);
        v.mul_(3);
        assertEquals("CopySlices", y.gradFn().name());
        assertEquals("AsStridedBackward0", v.gradFn().name());
        y.sum().backward();
        assertArrayEquals(new float[] {6, 6, 6, 2, 2, 2}, x.grad().toFloatArray());

        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor buffer = Tensor.zeros(new int[] {2, 2}, DType.FLOAT64);
        buffer.select(0, 1).copy_(w.mul(w));
        assertTrue(buffer.requiresGrad());
        assertEquals("tensor([[0., 0.],\n        [1., 4.]], dtype=torch.float64, grad_fn=<CopySlices>)", buffer.toString());
        buffer.sum().backward();
        assertArrayEquals(new double[] {2, 4}, w.grad().toDoubleArray());
        assertTrue(GradCheck.gradgradcheck(in -> {
            Tensor t = in[0].mul(1);
            t.slice(1, 0, 2, 1).mul_(in[1]);
            return t.pow(2);
        }, Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3).requiresGrad(true), Tensor.of(0.5, -1.5).requiresGrad(true)));
    }

    @Test
    void viewOfLeafCannotBeModifiedInPlace() {
        Tensor x = Tensor.ones(2, 3).requiresGrad(true);
        assertEquals("a view of a leaf Variable that requires grad is being used in an in-place operation.",
                messageOf(() -> x.select(0, 0).mul_(3)));
    }

    @Test
    void shapeErrorsUsePyTorchText() {
        assertEquals("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1",
                messageOf(() -> Tensor.ones(2, 3).add(Tensor.ones(4))));
        assertEquals("mat1 and mat2 shapes cannot be multiplied (2x3 and 4x2)",
                messageOf(() -> Tensor.ones(2, 3).matmul(Tensor.ones(4, 2))));
        assertEquals("tensor([[2., 2., 2.],\n        [2., 2., 2.]])", Tensor.ones(2, 3).add(Tensor.ones(3)).toString());
        assertEquals("shape '[4]' is invalid for input of size 6", messageOf(() -> Tensor.ones(2, 3).view(4)));
        assertEquals("view size is not compatible with input tensor's size and stride (at least one dimension spans "
                + "across two contiguous subspaces). Use .reshape(...) instead.",
                messageOf(() -> Tensor.ones(2, 3).t().view(6)));
        assertEquals("Dimension out of range (expected to be in range of [-2, 1], but got 5)",
                messageOf(() -> Tensor.ones(2, 3).sum(5)));
        assertEquals("index 5 is out of bounds for dimension 0 with size 2",
                messageOf(() -> Tensor.ones(2, 3).select(0, 5)));
        assertEquals("inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, "
                + "but got 3 and 4 elements respectively", messageOf(() -> Tensor.ones(3).matmul(Tensor.ones(4))));
        assertEquals("The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 0."
                + "  Target sizes: [3, 3].  Tensor sizes: [2, 3]", messageOf(() -> Tensor.ones(2, 3).expand(3, 3)));
        assertEquals("permute(): duplicate dims are not allowed.", messageOf(() -> Tensor.ones(2, 3).permute(0, 0)));
    }

    @Test
    void typePromotionFollowsPyTorch() {
        Tensor ints = Tensor.of(1L, 2L);
        assertEquals("tensor([0.5000, 1.0000])", ints.div(2).toString());
        assertEquals("tensor([3.5000, 4.5000])", ints.add(2.5).toString());
        assertEquals(DType.INT64, ints.add(2).dtype());
        assertEquals("tensor([2.5000, 5.0000], dtype=torch.float64)", ints.mul(Tensor.scalar(2.5)).toString());
        assertEquals(DType.FLOAT32, Tensor.ones(2).add(Tensor.scalar(2.0)).dtype());
        assertEquals(DType.FLOAT64, Tensor.scalar(1f).add(Tensor.scalar(2.0)).dtype());
        assertEquals(DType.INT64, Tensor.of(true).add(1).dtype());
        assertEquals(DType.FLOAT64, Tensor.ones(2).add(Tensor.ones(new int[] {2}, DType.FLOAT64)).dtype());
        assertEquals("Integers to negative integer powers are not allowed.", messageOf(() -> ints.pow(-1)));
    }

    @Test
    void gradientsFlowAcrossDtypes() {
        Tensor a = Tensor.ones(2).requiresGrad(true);
        Tensor b = Tensor.scalar(3.0).requiresGrad(true);
        a.mul(b).sum().backward();
        assertEquals(DType.FLOAT64, b.grad().dtype());
        assertEquals(2.0, b.grad().item());
        assertEquals(DType.FLOAT32, a.grad().dtype());
    }

    @Test
    void viewsShareMemory() {
        Tensor x = Tensor.arange(0, 6, 1).to(DType.FLOAT32).view(2, 3);
        Tensor t = x.t();
        assertFalse(t.isContiguous());
        assertSame(storage(x), storage(t));
        t.select(0, 1).fill_(-1);
        assertEquals("tensor([[ 0., -1.,  2.],\n        [ 3., -1.,  5.]])", x.toString());
        Tensor c = t.contiguous();
        assertTrue(c.isContiguous());
        assertFalse(storage(c) == storage(x));
        assertArrayEquals(new int[] {3, 1}, x.stride());
        assertArrayEquals(new int[] {1, 3}, t.stride());
        Tensor stepped = x.slice(1, 0, 3, 2).expand(3, 2, 2);
        assertArrayEquals(new int[] {0, 3, 2}, stepped.stride());
        assertSame(storage(x), storage(stepped));
    }

    @Test
    void hooksSeeAndReplaceGradients() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        Tensor.HookHandle doubler = x.registerHook(g -> g.mul(2));
        x.mul(3).sum().backward();
        assertArrayEquals(new double[] {6, 6}, x.grad().toDoubleArray());
        doubler.remove();
        x.setGrad(null);
        x.mul(3).sum().backward();
        assertArrayEquals(new double[] {3, 3}, x.grad().toDoubleArray());

        Tensor y = x.mul(2);
        double[] seen = new double[2];
        y.registerHook(g -> {
            System.arraycopy(g.toDoubleArray(), 0, seen, 0, 2);
            return g.mul(10);
        });
        x.setGrad(null);
        y.pow(2).sum().backward();
        assertArrayEquals(new double[] {4, 8}, seen);
        assertArrayEquals(new double[] {80, 160}, x.grad().toDoubleArray());
    }

    @Test
    void higherOrderGradients() {
        Tensor x = Tensor.of(2.0).requiresGrad(true);
        Tensor y = x.pow(3);
        Tensor dy = Autograd.gradWithGraph(y.sum(), x).get(0);
        assertArrayEquals(new double[] {12}, dy.toDoubleArray());
        Tensor d2y = Autograd.gradWithGraph(dy.sum(), x).get(0);
        assertArrayEquals(new double[] {12}, d2y.toDoubleArray());
        Tensor d3y = Autograd.grad(d2y.sum(), x).get(0);
        assertArrayEquals(new double[] {6}, d3y.toDoubleArray());
        assertNull(x.grad(), "autograd.grad must not touch .grad");
    }

    @Test
    void backwardWithCreateGraphGivesDifferentiableGrad() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        x.pow(3).sum().backward(null, false, true);
        Tensor g = x.grad();
        assertTrue(g.requiresGrad());
        Tensor second = Autograd.grad(g.sum(), x).get(0);
        assertArrayEquals(new double[] {6, 12}, second.toDoubleArray());
    }

    @Test
    void gradAllowUnused() {
        Tensor x = Tensor.of(1.0).requiresGrad(true);
        Tensor unused = Tensor.of(1.0).requiresGrad(true);
        Tensor y = x.mul(2).sum();
        assertEquals("One of the differentiated Tensors appears to not have been used in the graph. Set "
                + "allow_unused=True if this is the desired behavior.",
                messageOf(() -> Autograd.grad(List.of(y), List.of(x, unused), null, true, false, false)));
        List<Tensor> grads = Autograd.grad(List.of(y), List.of(x, unused), null, false, false, true);
        assertArrayEquals(new double[] {2}, grads.get(0).toDoubleArray());
        assertNull(grads.get(1));
    }

    @Test
    void backwardWithInputsAccumulatesOnlyThere() {
        Tensor a = Tensor.of(1.0).requiresGrad(true);
        Tensor b = Tensor.of(2.0).requiresGrad(true);
        Tensor h = a.mul(b);
        a.mul(b).sum().backward(null, false, false, List.of(a));
        assertArrayEquals(new double[] {2}, a.grad().toDoubleArray());
        assertNull(b.grad());
        h.sum().backward(null, false, false, List.of(h));
        assertArrayEquals(new double[] {1}, h.grad().toDoubleArray());
    }

    @Test
    void functionalHelpers() {
        Tensor x = Tensor.of(1.0, 2.0);
        Tensor jac = Autograd.jacobian(t -> t.pow(2), x);
        assertArrayEquals(new double[] {2, 0, 0, 4}, jac.toDoubleArray());
        Tensor hess = Autograd.hessian(t -> t.pow(3).sum(), x);
        assertArrayEquals(new double[] {6, 0, 0, 12}, hess.toDoubleArray());
        Tensor v = Tensor.of(1.0, 1.0);
        assertArrayEquals(new double[] {2, 4}, Autograd.vjp(t -> t.pow(2), x, v)[1].toDoubleArray());
        assertArrayEquals(new double[] {2, 4}, Autograd.jvp(t -> t.pow(2), x, v)[1].toDoubleArray());
        assertArrayEquals(new double[] {6, 12}, Autograd.hvp(t -> t.pow(3).sum(), x, v)[1].toDoubleArray());
        Tensor matrix = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        assertArrayEquals(new double[] {1, 2, 3, 4}, Autograd.jacobian(matrix::mv, x).toDoubleArray());
        assertArrayEquals(new double[] {4, 6}, Autograd.vjp(matrix::mv, x, v)[1].toDoubleArray());
        assertArrayEquals(new double[] {3, 7}, Autograd.jvp(matrix::mv, x, v)[1].toDoubleArray());
    }

    /** exp with a hand-written backward. */
    static final class MyExp extends Function {
        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            Tensor y = in[0].exp();
            ctx.saveForBackward(y);
            return new Tensor[] {y};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... grads) {
            return new Tensor[] {grads[0].mul(ctx.savedTensors().get(0))};
        }
    }

    /** A deliberately wrong backward, to prove that gradcheck can fail. */
    static final class WrongSquare extends Function {
        @Override
        protected Tensor[] forward(FunctionContext ctx, Tensor... in) {
            ctx.saveForBackward(in[0]);
            return new Tensor[] {in[0].mul(in[0])};
        }

        @Override
        protected Tensor[] backward(FunctionContext ctx, Tensor... grads) {
            return new Tensor[] {grads[0].mul(ctx.savedTensors().get(0))}; // should be 2x
        }
    }

    @Test
    void customFunctions() {
        Tensor x = Tensor.of(0.5, -1.0, 2.0).requiresGrad(true);
        Tensor y = new MyExp().apply1(x);
        assertEquals("MyExpBackward", y.gradFn().name());
        assertFalse(y.gradFn().nextFunctions().isEmpty());
        Edge edge = y.gradFn().nextFunctions().get(0);
        assertSame(TensorAccess.gradAccumulator(x), edge.node());
        assertTrue(GradCheck.gradcheck(in -> new MyExp().apply1(in[0]), x));
        assertTrue(GradCheck.gradgradcheck(in -> new MyExp().apply1(in[0]), x));
        assertThrows(GradCheck.GradcheckError.class, () -> GradCheck.gradcheck(in -> new WrongSquare().apply1(in[0]), x));
    }

    @Test
    void variableApi() {
        Variable v = new Variable(Tensor.ones(2, 2), true);
        Variable out = v.add(2).pow(2).sum();
        assertEquals("tensor(36., grad_fn=<SumBackward0>)", out.toString());
        assertEquals("SumBackward0", out.gradFn().name());
        out.backward();
        assertEquals("tensor([[6., 6.],\n        [6., 6.]])", v.grad().toString());
        assertTrue(v.isLeaf());
        assertEquals("tensor([[1., 1.],\n        [1., 1.]])", v.data().toString());
        assertFalse(new Variable(Tensor.ones(1)).requiresGrad());
    }

    @Test
    void creationAndExport() {
        assertEquals("tensor([[1., 0., 0.],\n        [0., 1., 0.]])", Tensor.eye(2, 3).toString());
        assertEquals("tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])", Tensor.linspace(0, 1, 5).toString());
        assertEquals("tensor([0, 1, 2])", Tensor.arange(3).toString());
        assertEquals("tensor([[7., 7.]])", Tensor.full(new int[] {1, 2}, 7).toString());
        assertEquals("tensor(2.5000)", Tensor.scalar(2.5f).toString());
        assertEquals("tensor(2.5000, dtype=torch.float64)", Tensor.scalar(2.5).toString());
        assertEquals("tensor([ True, False])", Tensor.of(true, false).toString());
        assertEquals("tensor([[1, 2],\n        [3, 4]])", Tensor.of(new long[] {1, 2, 3, 4}, 2, 2).toString());
        assertArrayEquals(new float[] {1, 2, 3, 4}, Tensor.of(new double[][] {{1, 2}, {3, 4}}).toFloatArray());
        assertEquals(DType.FLOAT64, Tensor.of(new double[] {1}).dtype());
        assertEquals("a Tensor with 2 elements cannot be converted to Scalar", messageOf(() -> Tensor.ones(2).item()));
        assertEquals("shape '[2, 3]' is invalid for input of size 5", messageOf(() -> Tensor.of(new float[5], 2, 3)));
        assertEquals("expected sequence of length 2 at dim 1 (got 3)",
                messageOf(() -> Tensor.of(new float[][] {{1, 2}, {1, 2, 3}})));
        Tensor.manualSeed(0);
        assertEquals("tensor([0.4963, 0.7682, 0.0885, 0.1320, 0.3074])", Tensor.rand(5).toString());
    }
}
