package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Func.jacrev}, {@code jacfwd}, {@code hessian}, {@code gradAndValue} and {@code Autograd.vhp}
 * against PyTorch 1.13's functorch and {@code torch.autograd.functional} (values from
 * {@code func_values.py} beside {@code func_values.txt} in the test resources).
 */
class FuncTransformsTest {
    private static final Map<String, double[]> TORCH = load();

    private static Map<String, double[]> load() {
        Map<String, double[]> values = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FuncTransformsTest.class.getResourceAsStream("func_values.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.trim().split(" ");
                values.put(parts[0], Arrays.stream(parts, 1, parts.length).mapToDouble(Double::parseDouble).toArray());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static Tensor x() {
        return Tensor.of(0.5, -1.2, 2.0);
    }

    private static Tensor w() {
        return Tensor.of(new double[][] {{0.3, -0.7, 1.1}, {0.9, 0.2, -0.4}});
    }

    /** g(x) = tanh(x) * sum(x): R^3 to R^3. */
    private static Tensor g(Tensor x) {
        return x.tanh().mul(x.sum());
    }

    /** f(x) = sum(sin(x) * x * sum(x)): R^3 to R. */
    private static Tensor f(Tensor x) {
        return x.sin().mul(x).mul(x.sum()).sum();
    }

    private static void assertTorch(String name, int[] shape, Tensor actual) {
        assertArrayEquals(shape, actual.shape(), name);
        assertArrayEquals(TORCH.get(name), actual.toDoubleArray(), 1e-12, name);
    }

    @Test
    void jacrevAndJacfwdGiveTorchsJacobian() {
        assertTorch("jacrev_g", new int[] {3, 3}, Func.jacrev(a -> g(a[0])).apply(x()));
        assertTorch("jacfwd_g", new int[] {3, 3}, Func.jacfwd(a -> g(a[0])).apply(x()));
    }

    @Test
    void jacobiansWithRespectToAnotherArgumentHaveOutputShapeThenArgumentShape() {
        Func.TensorFn h = a -> a[1].mv(a[0]).tanh();
        assertTorch("jacrev_h_w", new int[] {2, 2, 3}, Func.jacrev(h, 1).apply(x(), w()));
        assertTorch("jacfwd_h_w", new int[] {2, 2, 3}, Func.jacfwd(h, 1).apply(x(), w()));
    }

    @Test
    void hessianIsForwardOverReverseAndEqualsReverseOverReverse() {
        assertTorch("hessian_f", new int[] {3, 3}, Func.hessian(a -> f(a[0])).apply(x()));
        Tensor reverseOverReverse = Func.jacrev(Func.jacrev(a -> f(a[0]))).apply(x());
        assertTorch("hessian_f", new int[] {3, 3}, reverseOverReverse);
    }

    @Test
    void gradAndValueGivesBothFromOneCall() {
        int[] calls = {0};
        Func.GradAndValue both = Func.gradAndValue(a -> {
            calls[0]++;
            return f(a[0]);
        }).apply(x());
        assertEquals(1, calls[0]);
        assertTorch("grad_f", new int[] {3}, both.grad());
        assertTorch("value_f", new int[0], both.value());
    }

    @Test
    void vhpIsReverseOverReverseAndEqualsHvpForASymmetricHessian() {
        Tensor v = Tensor.of(1.0, -2.0, 0.5);
        Tensor[] out = Autograd.vhp(FuncTransformsTest::f, x(), v);
        assertEquals(TORCH.get("value_f")[0], out[0].item(), 1e-12);
        assertTorch("vhp_f", new int[] {3}, out[1]);
        assertArrayEquals(out[1].toDoubleArray(), Autograd.hvp(FuncTransformsTest::f, x(), v)[1].toDoubleArray(), 1e-12);
    }

    @Test
    void vhpRefusesAWronglySizedVectorAndANonScalarFunctionWithTorchsMessages() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> Autograd.vhp(FuncTransformsTest::f, x(), Tensor.of(1.0, 2.0)));
        assertEquals("v has invalid size: should be torch.Size([3]) but got torch.Size([2]).", size.getMessage());
        IllegalArgumentException scalar = assertThrows(IllegalArgumentException.class,
                () -> Autograd.vhp(FuncTransformsTest::g, x(), x()));
        assertEquals("The Tensor returned by the function given to vhp should contain a single element",
                scalar.getMessage());
    }

    @Test
    void jacobiansOfAnArgumentTheOutputIgnoresAreZero() {
        Func.TensorFn first = a -> a[0].exp();
        assertArrayEquals(new double[9], Func.jacrev(first, 1).apply(x(), x()).toDoubleArray());
        assertArrayEquals(new double[9], Func.jacfwd(first, 1).apply(x(), x()).toDoubleArray());
    }

    @Test
    void aBadArgnumIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Func.jacfwd(a -> a[0], 2).apply(x()));
        assertEquals("Got argnums=2, but only 1 positional inputs", e.getMessage());
    }

    @Test
    void jacfwdDoesNotNestBecauseForwardModeHasOneLevel() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Func.jacfwd(Func.jacfwd(a -> f(a[0]))).apply(x()));
        assertEquals("Nested forward mode AD is not supported at the moment", e.getMessage());
    }
}
