package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Node introspection and node hooks as {@code torch.autograd.graph.Node}: {@code _saved_*} by name,
 * PyTorch's AttributeError text, and {@code register_prehook}/{@code register_hook} (PyTorch 1.13
 * on {@code y = x * 3}: the prehook sees {@code ([1, 1],)}, the hook {@code ([3, 3], None)} and
 * {@code ([1, 1],)}).
 */
class NodeIntrospectionTest {
    private static Tensor leaf(double... v) {
        return Tensor.of(v).requiresGrad(true);
    }

    @Test
    void savedTensorsAndAttributesByPyTorchsNames() {
        Tensor x = leaf(1, 2);
        Tensor z = x.pow(3);
        assertSame(x, z.gradFn().saved("self"));
        assertEquals(3.0, z.gradFn().saved("exponent"));
        assertEquals(Set.of("self", "exponent"), z.gradFn().savedNames());
        Tensor e = x.exp();
        assertSame(e, e.gradFn().saved("result"));
        Tensor a = Tensor.of(new double[][] {{1, 2}, {3, 4}}).requiresGrad(true);
        Tensor b = Tensor.of(new double[][] {{5, 6}, {7, 8}}).requiresGrad(true);
        Tensor m = a.mm(b);
        assertSame(a, m.gradFn().saved("self"));
        assertSame(b, m.gradFn().saved("mat2"));
        Tensor p = a.mul(b);
        assertSame(a, p.gradFn().saved("self"));
        assertSame(b, p.gradFn().saved("other"));
    }

    @Test
    void anUnknownNameIsPyTorchsAttributeError() {
        Tensor y = leaf(1, 2).mul(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> y.gradFn().saved("foo"));
        assertEquals("'MulBackward0' object has no attribute '_saved_foo'", e.getMessage());
        Tensor leaf = leaf(1);
        Node acc = leaf.mul(2).gradFn().nextFunctions().get(0).node();
        assertEquals("'AccumulateGrad' object has no attribute '_saved_variable'",
                assertThrows(IllegalArgumentException.class, () -> acc.saved("variable")).getMessage());
    }

    @Test
    void prehookAndHookSeeWhatPyTorchsSee() {
        Tensor x = Tensor.of(1f, 2f).requiresGrad(true);
        Tensor y = x.mul(3);
        List<String> seen = new ArrayList<>();
        y.gradFn().registerPrehook(go -> {
            seen.add("pre " + go[0]);
            return null;
        });
        y.gradFn().registerHook((gi, go) -> {
            seen.add("post " + gi[0] + " " + gi[1] + " " + go[0]);
            return null;
        });
        y.sum().backward();
        assertEquals(List.of("pre tensor([1., 1.])", "post tensor([3., 3.]) null tensor([1., 1.])"), seen);
    }

    @Test
    void hooksMayReplaceGradientsAndCanBeRemoved() {
        Tensor x = leaf(1, 2);
        Tensor y = x.mul(3);
        Runnable removePre = y.gradFn().registerPrehook(go -> new Tensor[] {go[0].mul(10)});
        Runnable removePost = y.gradFn().registerHook((gi, go) -> new Tensor[] {gi[0].add(1), gi[1]});
        y.sum().backward(null, true);
        assertArrayEquals(new double[] {31, 31}, x.grad().toDoubleArray());
        removePre.run();
        removePost.run();
        x.setGrad(null);
        y.sum().backward();
        assertArrayEquals(new double[] {3, 3}, x.grad().toDoubleArray());
    }

    @Test
    void aHookReturningTheWrongCountOrShapeIsRefused() {
        Tensor x = leaf(1, 2);
        Tensor y = x.mul(3);
        y.gradFn().registerHook((gi, go) -> new Tensor[] {gi[0]});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> y.sum().backward(null, true));
        assertEquals("hook of MulBackward0 returned 1 gradients, but 2 were expected", e.getMessage());
        Tensor z = x.mul(2);
        z.gradFn().registerPrehook(go -> new Tensor[] {Tensor.ones(3)});
        assertEquals("hook 'hook' has changed the size of value",
                assertThrows(IllegalStateException.class, () -> z.sum().backward()).getMessage());
        assertNull(x.grad());
    }
}
