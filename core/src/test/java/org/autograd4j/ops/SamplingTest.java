package org.autograd4j.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The samplers' contracts beside their values: in-place semantics, nodes, zero gradients and PyTorch's errors. */
class SamplingTest {
    private static final Generator G = new Generator(0);

    @Test
    void inPlaceSamplersWriteIntoTheTensorAndBumpItsVersion() {
        Tensor t = Tensor.zeros(3, 4);
        Tensor view = t.t();
        int before = TensorAccess.versionCounter(t).get();
        assertSame(view, view.exponential_(2, G));
        assertEquals(before + 1, TensorAccess.versionCounter(t).get());
        assertEquals(12, t.gt(0).sum().item(), 0);
    }

    @Test
    void inPlaceSamplersRefuseALeafThatRequiresGrad() {
        Tensor leaf = Tensor.zeros(3).requiresGrad(true);
        List<Executable> calls = List.of(() -> leaf.normal_(), () -> leaf.uniform_(), () -> leaf.exponential_(),
                () -> leaf.geometric_(0.5), () -> leaf.logNormal_(), () -> leaf.cauchy_(), () -> leaf.random_(),
                () -> leaf.random_(3), () -> leaf.random_(1, 3), () -> leaf.bernoulli_(0.5),
                () -> leaf.bernoulli_(Tensor.full(new int[] {3}, 0.5, DType.FLOAT32)));
        for (Executable call : calls) {
            assertEquals("a leaf Variable that requires grad is being used in an in-place operation.",
                    assertThrows(IllegalStateException.class, call).getMessage());
        }
        try (var guard = Autograd.noGrad()) {
            leaf.normal_(); // as PyTorch's nn.init does
        }
    }

    @Test
    void normalFunctionsRecordPyTorchsNodesWithZeroGradients() {
        Tensor mean = Tensor.zeros(new int[] {2, 1}, DType.FLOAT64).requiresGrad(true);
        Tensor std = Tensor.ones(new int[] {3}, DType.FLOAT64).requiresGrad(true);
        Tensor both = Tensor.normal(mean, std, G);
        assertArrayEquals(new int[] {2, 3}, both.shape());
        assertEquals("NormalBackward3", both.gradFn().name());
        assertEquals("NormalBackward1", Tensor.normal(mean, 2.0, G).gradFn().name());
        assertEquals("NormalBackward2", Tensor.normal(1.0, std, G).gradFn().name());
        both.sum().backward();
        assertArrayEquals(new double[] {0, 0}, mean.grad().toDoubleArray());
        assertArrayEquals(new double[] {0, 0, 0}, std.grad().toDoubleArray());
    }

    @Test
    void samplesWithoutGradientsRecordNothing() {
        Tensor p = Tensor.full(new int[] {4}, 0.5, DType.FLOAT64).requiresGrad(true);
        assertNull(p.bernoulli(0.3, G).gradFn());
        assertFalse(p.bernoulli(0.3, G).requiresGrad());
        assertFalse(p.multinomial(2, true, G).requiresGrad());
        assertEquals(DType.INT64, p.multinomial(2, false, G).dtype());
    }

    @Test
    void overloadsWithoutAGeneratorDrawFromTheDefaultOne() {
        Tensor p = Tensor.full(new int[] {50}, 0.4, DType.FLOAT64);
        Tensor.manualSeed(5);
        Tensor coins = p.bernoulli(0.4);
        Tensor picks = p.multinomial(3, true);
        Generator same = new Generator(5);
        assertArrayEquals(p.bernoulli(0.4, same).toDoubleArray(), coins.toDoubleArray());
        assertArrayEquals(p.multinomial(3, true, same).toLongArray(), picks.toLongArray());
    }

    @Test
    void likeFactoriesKeepTheDtypeAndLayout() {
        Tensor wide = Tensor.zeros(new int[] {3, 4}, DType.FLOAT64).t();
        Tensor ints = Tensor.randintLike(wide, -2, 2);
        assertEquals(DType.FLOAT64, ints.dtype());
        assertArrayEquals(new int[] {1, 4}, ints.stride());
    }

    @Test
    void argumentErrorsUsePyTorchsMessages() {
        Tensor f = Tensor.zeros(3);
        Tensor l = Tensor.zeros(new int[] {3}, DType.INT64);
        Tensor b = Tensor.zeros(new int[] {3}, DType.BOOL);
        assertError("normal expects std >= 0.0, but found std -1", () -> f.normal_(0, -1));
        assertError("uniform_ expects to return a [from, to) range, but found from=2 > to=1", () -> f.uniform_(2, 1));
        assertError("exponential_ expects lambda >= 0.0, but found lambda=-1", () -> f.exponential_(-1));
        assertError("geometric_ expects p to be in (0, 1), but got p=0", () -> f.geometric_(0));
        assertError("geometric_ expects p to be in (0, 1), but got p=1", () -> f.geometric_(1));
        assertError("log_normal_ expects std > 0.0, but found std=0", () -> f.logNormal_(0, 0));
        assertError("random_ expects 'from' to be less than 'to', but got from=5 >= to=2", () -> f.random_(5, 2));
        assertError("random_ expects 'from' to be less than 'to', but got from=0 >= to=-5", () -> l.random_(-5));
        assertError("to - 1 is out of bounds for bool", () -> b.random_(0, 3));
        assertError("\"exponential_cpu\" not implemented for 'Long'", () -> l.exponential_());
        assertError("\"normal_kernel_cpu\" not implemented for 'Long'", () -> l.normal_());
        assertError("\"check_uniform_bounds\" not implemented for 'Long'", () -> l.uniform_());
        assertError("\"cauchy_cpu\" not implemented for 'Long'", () -> l.cauchy_());
        assertError("\"log_normal_cpu\" not implemented for 'Long'", () -> l.logNormal_());
        assertError("bernoulli_ expects p to be in [0, 1], but got p=1.5", () -> f.bernoulli_(1.5));
        String pInRange = "Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be "
                + "improved?  If so, please report an enhancement request to PyTorch.)";
        assertError(pInRange, () -> f.bernoulli_(Tensor.of(0.2f, 1.5f, 0.1f)));
        assertError(pInRange, () -> Tensor.of(0.2, 1.5, 0.1).bernoulli());
        assertError("\"bernoulli_tensor_cpu_p_\" not implemented for 'Long'", () -> Tensor.of(1L, 0L).bernoulli());
        assertError("invalid Poisson rate, expected rate to be non-negative", () -> Tensor.poisson(Tensor.of(-1.0), G));
        assertError("\"poisson_cpu\" not implemented for 'Long'", () -> Tensor.poisson(Tensor.of(1L), G));
        assertError("normal expects all elements of std >= 0.0", () -> Tensor.normal(Tensor.zeros(3), Tensor.of(1f, -1f, 1f), G));
        assertError("normal expects std >= 0.0, but found std -1", () -> Tensor.normal(Tensor.zeros(3), -1.0, G));
        assertError("normal expects all elements of std >= 0.0", () -> Tensor.normal(1.0, Tensor.of(-1f), G));
        assertError("The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0",
                () -> Tensor.normal(Tensor.zeros(3), Tensor.ones(2), G));
        assertError("random_ expects 'from' to be less than 'to', but got from=5 >= to=2",
                () -> Tensor.randintLike(f, 5, 2));
        assertError("\"normal_kernel_cpu\" not implemented for 'Long'", () -> Tensor.randnLike(l));
        assertError("\"check_uniform_bounds\" not implemented for 'Long'", () -> Tensor.randLike(l));
    }

    @Test
    void multinomialErrorsUsePyTorchsMessages() {
        Tensor p = Tensor.of(0.2f, 0.3f);
        assertError("cannot sample n_sample <= 0 samples", () -> p.multinomial(0));
        assertError("cannot sample n_sample > prob_dist.size(-1) samples without replacement", () -> p.multinomial(3));
        assertError("probability tensor contains either `inf`, `nan` or element < 0",
                () -> Tensor.of(0.2f, -0.3f).multinomial(1));
        assertError("probability tensor contains either `inf`, `nan` or element < 0",
                () -> Tensor.of(0.2f, Float.POSITIVE_INFINITY).multinomial(1));
        assertError("invalid multinomial distribution (encountering probability entry < 0)",
                () -> Tensor.of(0.2f, -0.3f).multinomial(3, true, G));
        assertError("invalid multinomial distribution (encountering probability entry < 0)",
                () -> Tensor.of(0.2f, Float.NaN).multinomial(3, true, G));
        assertError("invalid multinomial distribution (encountering probability entry = infinity or NaN)",
                () -> Tensor.of(0.2f, Float.POSITIVE_INFINITY).multinomial(3, true, G));
        assertError("invalid multinomial distribution (sum of probabilities <= 0)",
                () -> Tensor.of(0f, 0f).multinomial(3, true, G));
        assertError("invalid multinomial distribution (sum of probabilities <= 0)", () -> Tensor.of(0f, 0f).multinomial(1));
        assertError("prob_dist must be 1 or 2 dim", () -> Tensor.ones(2, 2, 2).multinomial(1));
        assertError("prob_dist must be 1 or 2 dim", () -> Tensor.scalar(1.0).multinomial(1));
        assertError("multinomial only supports floating-point dtypes for input, got: Long",
                () -> Tensor.of(1L, 2L).multinomial(1));
    }

    private static void assertError(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
