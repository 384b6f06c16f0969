package org.autograd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/** Arguments, messages and newcomer helpers from issue 9, with PyTorch's messages and values. */
class ArgumentsTest {

    private static String messageOf(Runnable action) {
        return assertThrows(RuntimeException.class, action::run).getMessage();
    }

    @Test
    void backwardWithEmptyInputs() {
        Tensor x = Tensor.of(1.0).requiresGrad(true);
        Tensor y = x.mul(2).sum();
        assertEquals("'inputs' argument to backward() cannot be empty.",
                messageOf(() -> y.backward(null, true, false, List.of())));
        assertEquals("grad requires non-empty inputs.", messageOf(() -> Autograd.grad(y)));
    }

    @Test
    void maskedFillNeedsABoolMask() {
        assertEquals("masked_fill_ only supports boolean masks, but got mask with dtype float",
                messageOf(() -> Tensor.ones(3).maskedFill(Tensor.of(1f, 0f, 1f), 2)));
    }

    @Test
    void crossEntropyWithAFloatClassTarget() {
        assertEquals("expected scalar type Long but found Float",
                messageOf(() -> F.crossEntropy(Tensor.ones(3, 3), Tensor.of(0f, 1f, 2f))));
        assertEquals("Expected floating point type for target with class probabilities, got Long",
                messageOf(() -> F.crossEntropy(Tensor.ones(3, 3), Tensor.zeros(new int[] {3, 3}, DType.INT64))));
    }

    @Test
    void narrowWithANegativeLength() {
        assertEquals("narrow(): length must be non-negative.", messageOf(() -> Tensor.ones(3).narrow(0, 0, -1)));
    }

    @Test
    void batchNormRunningStatisticsOfTheWrongSize() {
        assertEquals("running_mean should contain 3 elements not 4",
                messageOf(() -> F.batchNorm(Tensor.ones(2, 3), Tensor.zeros(4), Tensor.ones(4), null, null, false, 0.1,
                        1e-5)));
        assertEquals("running_var should contain 3 elements not 4",
                messageOf(() -> F.batchNorm(Tensor.ones(2, 3), Tensor.zeros(3), Tensor.ones(4), null, null, false, 0.1,
                        1e-5)));
    }

    @Test
    void aNullGeneratorMeansTheDefaultOne() {
        Tensor.manualSeed(0);
        Tensor a = Tensor.randn(new int[] {3}, DType.FLOAT64, null);
        Tensor.manualSeed(0);
        assertArrayEquals(Tensor.randn(new int[] {3}, DType.FLOAT64, Generator.defaultGenerator()).toDoubleArray(),
                a.toDoubleArray());
    }

    @Test
    void randperm() {
        // torch.manual_seed(0); torch.randperm(6)
        Tensor.manualSeed(0);
        assertArrayEquals(new long[] {2, 5, 3, 0, 1, 4}, Tensor.randperm(6).toLongArray());
        // torch.randperm(6, generator=torch.Generator().manual_seed(3))
        assertArrayEquals(new long[] {4, 0, 3, 2, 1, 5}, Tensor.randperm(6, new Generator(3)).toLongArray());
    }

    @Test
    void shapesPrintAsPyTorchPrintsThem() {
        Tensor x = Tensor.ones(2, 3);
        assertEquals("torch.Size([2, 3])", x.torchSize().toString());
        assertEquals("torch.Size([])", Tensor.of(1.0).sum().torchSize().toString());
        assertEquals(Size.of(2, 3), x.torchSize());
        assertArrayEquals(new int[] {2, 3}, x.shape());
        assertEquals(3, x.torchSize().get(-1));
    }

    /** torch.autograd.functional.jacobian(lambda x, y: (x.unsqueeze(1) * y).sin(), (x, y)) in float64. */
    @Test
    void jacobianOverSeveralInputs() {
        Tensor x = Tensor.of(1.0, 2.0);
        Tensor y = Tensor.of(3.0, -1.0, 0.5);
        List<Tensor> j = Autograd.jacobian(xs -> xs.get(0).unsqueeze(1).mul(xs.get(1)).sin(), List.of(x, y));
        assertArrayEquals(new int[] {2, 3, 2}, j.get(0).shape());
        assertArrayEquals(new int[] {2, 3, 3}, j.get(1).shape());
        assertArrayEquals(new double[] {-2.9699774898013365, 0.0, -0.5403023058681398, 0.0, 0.4387912809451864, 0.0,
            0.0, 2.880510859951098, 0.0, 0.4161468365471424, 0.0, 0.2701511529340699},
                j.get(0).toDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {-0.9899924966004454, 0.0, 0.0, 0.0, 0.5403023058681398, 0.0, 0.0, 0.0,
            0.8775825618903728, 1.920340573300732, 0.0, 0.0, 0.0, -0.8322936730942848, 0.0, 0.0, 0.0,
            1.0806046117362795}, j.get(1).toDoubleArray(), 1e-12);
    }

    /** torch.autograd.functional.hessian(lambda x, y: (x.unsqueeze(1) * y).pow(2).sum() + x.prod() * y.sum(), (x, y)). */
    @Test
    void hessianOverSeveralInputs() {
        Tensor x = Tensor.of(1.0, 2.0);
        Tensor y = Tensor.of(3.0, -1.0, 0.5);
        List<List<Tensor>> h = Autograd.hessian(
                xs -> xs.get(0).unsqueeze(1).mul(xs.get(1)).pow(2).sum().add(xs.get(0).prod().mul(xs.get(1).sum())),
                List.of(x, y));
        assertArrayEquals(new double[] {20.5, 2.5, 2.5, 20.5}, h.get(0).get(0).toDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {14.0, -2.0, 4.0, 25.0, -7.0, 5.0}, h.get(0).get(1).toDoubleArray(), 1e-12);
        assertArrayEquals(new int[] {3, 2}, h.get(1).get(0).shape());
        assertArrayEquals(new double[] {14.0, 25.0, -2.0, -7.0, 4.0, 5.0}, h.get(1).get(0).toDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {10, 0, 0, 0, 10, 0, 0, 0, 10}, h.get(1).get(1).toDoubleArray(), 1e-12);
    }

    private static String nullMessageOf(Runnable action) {
        return assertThrows(NullPointerException.class, action::run).getMessage();
    }

    @Test
    void aRequiredNullArgumentIsNamed() {
        Tensor x = Tensor.ones(3);
        assertEquals("argument 'other' must not be null", nullMessageOf(() -> x.add((Tensor) null)));
        assertEquals("argument 'shape' must not be null", nullMessageOf(() -> x.view((int[]) null)));
        assertEquals("argument 'dtype' must not be null", nullMessageOf(() -> x.to((DType) null)));
        assertEquals("argument 'input' must not be null", nullMessageOf(() -> F.relu(null, true)));
        assertEquals("argument 'input' must not be null", nullMessageOf(() -> F.hardtanh(null, 0, 1, false)));
        assertEquals("argument 'weight' must not be null", nullMessageOf(() -> F.linear(x, null)));
        assertEquals("argument 'f' must not be null", nullMessageOf(() -> Autograd.jacobian(null, x)));
        assertEquals("argument 'inputs' must not be null",
                nullMessageOf(() -> Autograd.grad(List.of(x), null, null, false, false, false)));
        assertEquals("argument 'tensors' must not contain null (element 1)",
                nullMessageOf(() -> Tensor.cat(java.util.Arrays.asList(x, null), 0)));
        assertEquals("argument 'operands' must not contain null (element 0)",
                nullMessageOf(() -> Tensor.einsum("i->i", (Tensor) null)));
        assertEquals("argument 'inputs' must not contain null (element 1)",
                nullMessageOf(() -> Autograd.grad(x.sum(), x, null)));
    }

    /** Outside Tensor, F and Autograd too (every parameter: fuzz/NullArgumentSweepTest). */
    @Test
    void aRequiredNullIsNamedAcrossTheApi() {
        Tensor w = Tensor.ones(2).requiresGrad(true);
        assertEquals("argument 'params' must not contain null (element 0)",
                nullMessageOf(() -> new org.autograd4j.optim.SGD(java.util.Arrays.asList((Tensor) null), 0.1)));
        assertEquals("argument 'options' must not be null",
                nullMessageOf(() -> new org.autograd4j.optim.Adam(List.of(w), (org.autograd4j.optim.Adam.Options) null)));
        assertEquals("argument 'optimizer' must not be null", nullMessageOf(() -> new org.autograd4j.optim.lr.StepLR(null, 2)));
        assertEquals("argument 'stateDict' must not be null",
                nullMessageOf(() -> new org.autograd4j.nn.Linear(2, 2).loadStateDict(null)));
        assertEquals("argument 'tensor' must not be null", nullMessageOf(() -> org.autograd4j.nn.init.Init.zeros_(null)));
        assertEquals("argument 'dataset' must not be null",
                nullMessageOf(() -> org.autograd4j.data.DataLoader.builder(null)));
        assertEquals("argument 'file' must not be null", nullMessageOf(() -> {
            try {
                org.autograd4j.io.Npy.load(null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        assertEquals("argument 'other' must not be null", nullMessageOf(() -> new Variable(w).add(null)));
    }

    @Test
    void nullClosureAndGeneratorMeanNone() {
        Tensor w = Tensor.of(1.0, 2.0).requiresGrad(true);
        org.autograd4j.optim.SGD sgd = new org.autograd4j.optim.SGD(List.of(w), 0.5);
        w.mul(w).sum().backward();
        assertEquals(null, sgd.step(null)); // step(closure=None): a plain step, no loss
        assertArrayEquals(new double[] {0, 0}, w.detach().toDoubleArray());
        org.autograd4j.data.TensorDataset data = new org.autograd4j.data.TensorDataset(Tensor.rand(4, 2));
        Tensor.manualSeed(5);
        var split = org.autograd4j.data.RandomSplit.randomSplit(data, new int[] {3, 1}, null);
        Tensor.manualSeed(5);
        var expected = org.autograd4j.data.RandomSplit.randomSplit(data, new int[] {3, 1}, Generator.defaultGenerator());
        assertArrayEquals(expected.get(1).get(0).get(0).toDoubleArray(), split.get(1).get(0).get(0).toDoubleArray());
    }

    @Test
    void nullWherePyTorchAcceptsNoneMeansNone() {
        Tensor x = Tensor.of(1.0, 2.0).requiresGrad(true);
        x.mul(3).sum().backward(null, false, false, null); // inputs=None: every leaf
        assertArrayEquals(new double[] {3, 3}, x.grad().toDoubleArray());
        Tensor logits = Tensor.of(new double[][] {{1, 2}, {3, 1}});
        Tensor target = Tensor.of(new long[] {1, 0});
        assertEquals(F.crossEntropy(logits, target).item(),
                F.crossEntropy(logits, target, null, -100, "mean").item(), 0);
        assertArrayEquals(new double[] {1, 2}, Tensor.of(0.0, 5.0).clamp(1.0, null).sub(Tensor.of(0.0, 3.0))
                .toDoubleArray());
    }
}
