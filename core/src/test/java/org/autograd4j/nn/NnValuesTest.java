package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Known values from real PyTorch (1.13, float64) for the nn functions: outputs and gradients on
 * fixed literal inputs, with the PyTorch snippet that produced them above each test, plus
 * PyTorch's error messages.
 */
class NnValuesTest {

    private static void assertClose(double[] expected, Tensor actual) {
        double[] a = actual.toDoubleArray();
        assertEquals(expected.length, a.length, "element count");
        for (int i = 0; i < a.length; i++) {
            assertEquals(expected[i], a[i], 1e-9 + 1e-9 * Math.abs(expected[i]), "element " + i);
        }
    }

    /** {@code (out * linspace(0.5, 1.5, n)).sum().backward()}, or {@code out.backward()} for a scalar. */
    private static void backwardWeighted(Tensor out) {
        Tensor weights = Tensor.linspace(0.5, 1.5, out.numel(), DType.FLOAT64).reshape(out.shape());
        (out.dim() == 0 ? out : out.mul(weights)).sum().backward();
    }

    private static void assertMessage(Class<? extends Throwable> type, String message, Executable call) {
        Throwable t = assertThrows(type, call);
        assertEquals(message, t.getMessage());
    }

    // ------------------------------------------------------------------ dropout, one_hot

    @Test
    void dropoutEvalIsIdentity() {
        Tensor x = Tensor.of(1.0, 2.0, 3.0).requiresGrad(true);
        assertSame(x, F.dropout(x, 0.5, false));
    }

    @Test
    void dropoutTrainingScalesKeptElementsAndIsReproducible() {
        Tensor x = Tensor.ones(new int[] {1000}, DType.FLOAT64).requiresGrad(true);
        Tensor a = F.dropout(x, 0.25, true, false, new Generator(42));
        Tensor b = F.dropout(x, 0.25, true, false, new Generator(42));
        assertArrayEquals(a.toDoubleArray(), b.toDoubleArray());
        assertEquals("MulBackward0", a.gradFn().name());
        int kept = 0;
        for (double v : a.toDoubleArray()) {
            assertTrue(v == 0 || Math.abs(v - 1 / 0.75) < 1e-12, "value " + v);
            kept += v == 0 ? 0 : 1;
        }
        assertTrue(kept > 700 && kept < 800, "kept " + kept);
        a.sum().backward();
        assertArrayEquals(a.toDoubleArray(), x.grad().toDoubleArray());
        assertFalse(java.util.Arrays.equals(a.toDoubleArray(),
                F.dropout(x, 0.25, true, false, new Generator(43)).toDoubleArray()));
    }

    @Test
    void dropoutExtremes() {
        Tensor x = Tensor.of(1.0, 2.0, 3.0);
        assertArrayEquals(new double[] {0, 0, 0}, F.dropout(x, 1.0).toDoubleArray());
        assertArrayEquals(new double[] {1, 2, 3}, F.dropout(x, 0.0).toDoubleArray());
        assertMessage(IllegalArgumentException.class, "dropout probability has to be between 0 and 1, but got 1.5",
                () -> F.dropout(x, 1.5));
    }

    @Test
    void oneHot() {
        Tensor h = F.oneHot(Tensor.of(new long[] {0, 2, 1, 2}, 2, 2));
        assertEquals(DType.INT64, h.dtype());
        assertArrayEquals(new int[] {2, 2, 3}, h.shape());
        assertArrayEquals(new long[] {1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1}, h.toLongArray());
        assertArrayEquals(new int[] {2, 5}, F.oneHot(Tensor.of(1L, 0L), 5).shape());
        assertMessage(IllegalArgumentException.class, "Class values must be non-negative.",
                () -> F.oneHot(Tensor.of(-1L, 0L), 3));
        assertMessage(IllegalArgumentException.class, "Class values must be smaller than num_classes.",
                () -> F.oneHot(Tensor.of(3L, 0L), 3));
        assertMessage(IllegalArgumentException.class, "one_hot is only applicable to index tensor.",
                () -> F.oneHot(Tensor.of(1.0, 0.0), 3));
    }

    // ------------------------------------------------------------------ float32 stability

    /*
     * x = torch.tensor([[1000., -1000., 0.], [-1000., 1000., 0.]], requires_grad=True)   # float32
     * l = F.cross_entropy(x, torch.tensor([2, 1])); l.backward()   -> 500.0, [[0.5, 0, -0.5], [0, 0, 0]]
     * F.cross_entropy(torch.zeros(2, 3), torch.tensor([-100, -100]))   -> nan
     * x = torch.tensor([[1000., -1000., 0.3]], requires_grad=True)
     * l = F.binary_cross_entropy_with_logits(x, torch.tensor([[0., 1., 1.]])); l.backward()
     *     -> 666.8514404296875, [[0.3333333432674408, -0.3333333432674408, -0.1418524980545044]]
     */
    @Test
    void float32LargeLogits() {
        Tensor x = Tensor.of(new float[][] {{1000, -1000, 0}, {-1000, 1000, 0}}).requiresGrad(true);
        Tensor loss = F.crossEntropy(x, Tensor.of(2L, 1L));
        assertEquals(DType.FLOAT32, loss.dtype());
        loss.backward();
        assertClose(new double[] {500.0}, loss);
        assertClose(new double[] {0.5, 0, -0.5, 0, 0, 0}, x.grad());
        assertTrue(Double.isNaN(F.crossEntropy(Tensor.zeros(2, 3), Tensor.of(-100L, -100L)).item()));
        Tensor z = Tensor.of(new float[][] {{1000, -1000, 0.3f}}).requiresGrad(true);
        Tensor bce = F.binaryCrossEntropyWithLogits(z, Tensor.of(new float[][] {{0, 1, 1}}));
        bce.backward();
        assertEquals(666.8514404296875, bce.item(), 1e-4);
        double[] g = z.grad().toDoubleArray();
        assertEquals(0.3333333432674408, g[0], 1e-6);
        assertEquals(-0.3333333432674408, g[1], 1e-6);
        assertEquals(-0.1418524980545044, g[2], 1e-6);
    }

    // ------------------------------------------------------------------ errors (PyTorch's messages)

    @Test
    void lossErrors() {
        Tensor x = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64);
        assertMessage(IndexOutOfBoundsException.class, "Target 3 is out of bounds.",
                () -> F.crossEntropy(x, Tensor.of(0L, 3L)));
        assertMessage(IndexOutOfBoundsException.class, "Target -2 is out of bounds.",
                () -> F.nllLoss(x, Tensor.of(0L, -2L)));
        assertMessage(IllegalArgumentException.class, "Expected input batch_size (2) to match target batch_size (3).",
                () -> F.crossEntropy(x, Tensor.of(0L, 1L, 2L)));
        assertMessage(IllegalArgumentException.class, "expected scalar type Long but found Double",
                () -> F.nllLoss(x, Tensor.of(0.0, 1.0)));
        assertMessage(IllegalArgumentException.class, "weight tensor should be defined either for all 3 classes or no "
                + "classes but got weight tensor of shape: [4]",
                () -> F.crossEntropy(x, Tensor.of(0L, 1L), Tensor.ones(new int[] {4}, DType.FLOAT64), -100, "mean"));
        assertMessage(IllegalArgumentException.class, "label_smoothing must be between 0.0 and 1.0. Got: 1.5",
                () -> F.crossEntropy(x, Tensor.of(0L, 1L), null, -100, "mean", 1.5));
        assertMessage(IllegalArgumentException.class, "avg is not a valid value for reduction",
                () -> F.mseLoss(x, x, "avg"));
        assertMessage(IllegalArgumentException.class, "batchmeann is not a valid value for reduction",
                () -> F.klDiv(x, x, "batchmeann"));
        Tensor wrongTarget = Tensor.zeros(new int[] {3, 3}, DType.FLOAT64);
        assertMessage(IllegalArgumentException.class, "Using a target size (torch.Size([3, 3])) that is different to "
                + "the input size (torch.Size([2, 3])) is deprecated. Please ensure they have the same size.",
                () -> F.binaryCrossEntropy(x, wrongTarget));
        assertMessage(IllegalArgumentException.class, "all elements of input should be between 0 and 1",
                () -> F.binaryCrossEntropy(x.add(2), x));
        assertMessage(IllegalArgumentException.class,
                "Target size (torch.Size([3, 3])) must be the same as input size (torch.Size([2, 3]))",
                () -> F.binaryCrossEntropyWithLogits(x, wrongTarget));
    }

    @Test
    void layerErrors() {
        Tensor x = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64);
        assertMessage(IllegalArgumentException.class, "mat1 and mat2 shapes cannot be multiplied (2x3 and 5x4)",
                () -> F.linear(x, Tensor.zeros(new int[] {4, 5}, DType.FLOAT64)));
        assertMessage(IllegalArgumentException.class, "Given normalized_shape=[4], expected input with shape [*, 4], "
                + "but got input of size[2, 3]", () -> F.layerNorm(x, new int[] {4}));
        assertMessage(IllegalArgumentException.class, "Expected number of channels in input to be divisible by "
                + "num_groups, but got input of shape [2, 3, 1] and num_groups=2",
                () -> F.groupNorm(x.reshape(2, 3, 1), 2));
        assertMessage(IllegalArgumentException.class, "Expected more than 1 value per channel when training, got input "
                + "size torch.Size([1, 3])", () -> F.batchNorm(Tensor.zeros(new int[] {1, 3}, DType.FLOAT64), null,
                        null, null, null, true));
        assertMessage(IndexOutOfBoundsException.class, "index out of range in self",
                () -> F.embedding(Tensor.of(5L), x));
        assertMessage(IllegalArgumentException.class, "Padding_idx must be within num_embeddings",
                () -> F.embedding(Tensor.of(1L), x, 2));
        assertMessage(IllegalArgumentException.class, "Expected tensor for argument #1 'indices' to have one of the "
                + "following scalar types: Long, Int; but got torch.DoubleTensor instead (while checking arguments for "
                + "embedding)", () -> F.embedding(Tensor.of(1.0), x));
        assertMessage(IllegalArgumentException.class, "running_mean must be defined in evaluation mode",
                () -> F.batchNorm(x, null, null));
        assertMessage(IllegalArgumentException.class, "huber_loss does not support non-positive values for delta.",
                () -> F.huberLoss(x, x, "mean", 0.0));
        assertMessage(IllegalArgumentException.class, "smooth_l1_loss does not support negative values for beta.",
                () -> F.smoothL1Loss(x, x, "mean", -1.0));
        assertMessage(IllegalArgumentException.class, "_scaled_dot_product_attention: Explicit attn_mask should not be "
                + "set when is_causal=True", () -> F.scaledDotProductAttention(x, x, x, x, 0.0, true));
    }

    @Test
    void nodeNamesOfComposedFunctions() {
        Tensor x = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64).requiresGrad(true);
        Tensor t = Tensor.of(0L, 2L);
        Tensor ce = F.crossEntropy(x, t);
        assertEquals("NllLossBackward0", ce.gradFn().name());
        assertEquals("LogSoftmaxBackward0", ce.gradFn().nextFunctions().get(0).node().name());
    }

    // ------------------------------------------------------------------ double backward of the fused kernels

    /**
     * x = torch.tensor([[0.2, -1.0, 0.5], [1.0, 0.0, -0.5]], dtype=torch.double, requires_grad=True)
     * out = f(x); w = torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)
     * g, = torch.autograd.grad((out * w).sum() if out.dim() else out, x, create_graph=True) -> g.grad_fn name, g
     * gg, = torch.autograd.grad((g * torch.linspace(-1, 1, 6).reshape(2, 3)).sum(), x) -> gg
     */
    private static void assertDoubleBackward(java.util.function.UnaryOperator<Tensor> f, String node, double[] grad,
            double[] gradGrad) {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5}, {1.0, 0.0, -0.5}}).requiresGrad(true);
        Tensor out = f.apply(x);
        Tensor w = Tensor.linspace(0.5, 1.5, out.numel(), DType.FLOAT64).reshape(out.shape());
        Tensor g = org.autograd4j.Autograd.gradWithGraph(out.dim() == 0 ? out : out.mul(w).sum(), x).get(0);
        assertEquals(node, g.gradFn().name());
        assertClose(grad, g);
        Tensor w2 = Tensor.linspace(-1, 1, 6, DType.FLOAT64).reshape(2, 3);
        assertClose(gradGrad, org.autograd4j.Autograd.grad(g.mul(w2).sum(), x).get(0));
    }

    @Test
    void softmaxDoubleBackward() {
        assertDoubleBackward(x -> F.softmax(x, 1), "SoftmaxBackwardDataBackward0",
                new double[] {-0.08539774519371708, -0.002998697116711638, 0.0883964423104287, -0.06432552808352864,
                    0.02258074020000337, 0.041744787883525314},
                new double[] {0.012444400839364246, -0.007739819968233061, -0.004704580871131207, -0.013500948286486465,
                    -0.005400040960686406, 0.01890098924717281});
        assertDoubleBackward(x -> F.softmax(x, 0), "SoftmaxBackwardDataBackward0",
                new double[] {-0.1283458179121767, -0.11796715994488913, -0.11796715994488904, 0.12834581791217667,
                    0.11796715994488913, 0.11796715994488913},
                new double[] {0.0585178323906355, 0.06541757832452287, -0.06541757832452287, -0.05851783239063552,
                    -0.06541757832452287, 0.06541757832452287});
    }

    @Test
    void logSoftmaxAndCrossEntropyDoubleBackward() {
        assertDoubleBackward(x -> F.logSoftmax(x, 1), "LogSoftmaxBackwardDataBackward0",
                new double[] {-0.2921380615787958, 0.46141260081711516, -0.1692745392383197, -1.3512737049258736,
                    0.3982267992736187, 0.9530469056522549},
                new double[] {0.35867052981361175, 0.012594527890188821, -0.3712650577038007, 0.5017391190515237,
                    -0.17612977356002624, -0.3256093454914975});
        assertDoubleBackward(x -> F.crossEntropy(x, Tensor.of(2L, 0L)), "LogSoftmaxBackwardDataBackward0",
                new double[] {0.18860430037590376, 0.05680652361497257, -0.24541082399087627, -0.18573414039411879,
                    0.11561194881107452, 0.07012219158304424},
                new double[] {-0.08539774519371707, -0.002998697116711627, 0.08839644231042874, -0.06432552808352866,
                    0.02258074020000337, 0.04174478788352532});
        Tensor x = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64).requiresGrad(true);
        Tensor g = org.autograd4j.Autograd.gradWithGraph(F.nllLoss(x, Tensor.of(2L, 0L)), x).get(0);
        assertEquals("NllLossBackwardBackward0", g.gradFn().name());
    }

    @Test
    void activationDoubleBackward() {
        assertDoubleBackward(Tensor::tanh, "TanhBackwardBackward0",
                new double[] {0.4805214914830583, 0.2939820391298183, 0.7078029596693347, 0.4619717757754288, 1.3,
                    1.179671599448891},
                new double[] {0.1896861665128342, -0.2686740035486743, 0.1308351566490457, -0.1407340018588294, -0.0,
                    1.090292972075381});
        assertDoubleBackward(Tensor::sigmoid, "SigmoidBackwardBackward0",
                new double[] {0.12375828635592998, 0.13762835326903727, 0.21150334098143503, 0.21627312656563005,
                    0.325, 0.35250556830239177},
                new double[] {0.01233474021931658, -0.038160254022638326, 0.010360223073417734, -0.01998870448804865,
                    0.0, 0.08633519227848112});
        assertDoubleBackward(x -> x.relu().mul(x), "AddBackward0",
                new double[] {0.2, 0.0, 0.9, 2.2, 0.0, 0.0}, new double[] {-1.0, 0.0, -0.36, 0.44, 0.0, 0.0});
    }

    /*
     * x = torch.tensor([float('nan'), 1., -1.], requires_grad=True); x.relu().sum().backward() -> x.grad [1, 1, 0]
     * x = torch.zeros(2, 3, requires_grad=True); F.nll_loss(x, torch.tensor([-100, -100])).backward()
     *   -> loss nan, x.grad zeros
     */
    @Test
    void reluNanAndAllIgnoredNllGradients() {
        Tensor x = Tensor.of(Double.NaN, 1.0, -1.0).requiresGrad(true);
        x.relu().sum().backward();
        assertArrayEquals(new double[] {1, 1, 0}, x.grad().toDoubleArray());
        Tensor y = Tensor.zeros(new int[] {2, 3}, DType.FLOAT64).requiresGrad(true);
        Tensor loss = F.nllLoss(y, Tensor.of(-100L, -100L));
        assertTrue(Double.isNaN(loss.item()));
        loss.backward();
        assertArrayEquals(new double[6], y.grad().toDoubleArray());
    }

    // ------------------------------------------------------------------ values from PyTorch

    /*
     * x = torch.tensor([[1000., -1000., 0.], [1., 2., 3.]], requires_grad=True)
     * out = F.softmax(x, 1)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void softmaxLargeLogits() {
        Tensor x = Tensor.of(new double[][] {{1000, -1000, 0}, {1, 2, 3}}).requiresGrad(true);
        Tensor out = F.softmax(x, 1);
        assertClose(new double[] {1.0, 0.0, 0.0, 0.09003057317038045, 0.2447284710547976, 0.6652409557748218}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.0, 0.0, 0.0, -0.028363418721962394, -0.028154071493925934, 0.05651749021588865}, x.grad());
    }

    /*
     * x = torch.tensor([[1000., -1000., 0.], [1., 2., 3.]], requires_grad=True)
     * out = F.softmax(x, 0)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void softmaxDim0() {
        Tensor x = Tensor.of(new double[][] {{1000, -1000, 0}, {1, 2, 3}}).requiresGrad(true);
        Tensor out = F.softmax(x, 0);
        assertClose(new double[] {1.0, 0.0, 0.04742587317756679, 0.0, 1.0, 0.9525741268224334}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.0, -0.0, -0.027105995838547295, 0.0, 0.0, 0.027105995838547052}, x.grad());
    }

    /*
     * x = torch.tensor([[1000., -1000., 0.], [1., 2., 3.]], requires_grad=True)
     * out = F.log_softmax(x, 1)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void logSoftmaxLargeLogits() {
        Tensor x = Tensor.of(new double[][] {{1000, -1000, 0}, {1, 2, 3}}).requiresGrad(true);
        Tensor out = F.logSoftmax(x, 1);
        assertClose(new double[] {0.0, -2000.0, -1000.0, -2.4076059644443806, -1.4076059644443804, -0.4076059644443804}, out);
        backwardWeighted(out);
        assertClose(new double[] {-1.6, 0.7, 0.9, 0.7488807646355163, 0.3455589628862892, -1.0944397275218052}, x.grad());
    }

    /*
     * x = torch.tensor([[1000., -1000., 0.], [1., 2., 3.]], requires_grad=True)
     * t = torch.tensor([1, 2])
     * out = F.cross_entropy(x, t)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropyLargeLogits() {
        Tensor x = Tensor.of(new double[][] {{1000, -1000, 0}, {1, 2, 3}}).requiresGrad(true);
        Tensor t = Tensor.of(1L, 2L);
        Tensor out = F.crossEntropy(x, t);
        assertClose(new double[] {1000.2038029822222}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.5, -0.5, 0.0, 0.04501528658519022, 0.12236423552739882, -0.1673795221125891}, x.grad());
    }

    /*
     * x = torch.tensor([[0.2, -1.0, 0.5, 1.5], [1.0, 0.0, -0.5, 2.0], [-1.2, 0.3, 0.8, 0.1]], requires_grad=True)
     * w = torch.tensor([0.5, 2.0, 1.0, 1.5])
     * t = torch.tensor([2, -100, 1])
     * out = F.cross_entropy(x, t, weight=w, ignore_index=-100, reduction='mean', label_smoothing=0.2)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropyWeightIgnoreSmoothing_mean() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5, 1.5}, {1.0, 0.0, -0.5, 2.0}, {-1.2, 0.3, 0.8, 0.1}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 2.0, 1.0, 1.5);
        Tensor t = Tensor.of(2L, -100L, 1L);
        Tensor out = F.crossEntropy(x, t, w, -100, "mean", 0.2);
        assertClose(new double[] {1.3822213563047483}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.04704334949704025, -0.016654196989926994, -0.20858263028041074, 0.17819347777329755, 0.0, 0.0, 0.0, 0.0, 0.028949925847508842, -0.39957469148930497, 0.2588214269715474, 0.11180333867024878}, x.grad());
    }

    /*
     * x = torch.tensor([[0.2, -1.0, 0.5, 1.5], [1.0, 0.0, -0.5, 2.0], [-1.2, 0.3, 0.8, 0.1]], requires_grad=True)
     * w = torch.tensor([0.5, 2.0, 1.0, 1.5])
     * t = torch.tensor([2, -100, 1])
     * out = F.cross_entropy(x, t, weight=w, ignore_index=-100, reduction='sum', label_smoothing=0.2)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropyWeightIgnoreSmoothing_sum() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5, 1.5}, {1.0, 0.0, -0.5, 2.0}, {-1.2, 0.3, 0.8, 0.1}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 2.0, 1.0, 1.5);
        Tensor t = Tensor.of(2L, -100L, 1L);
        Tensor out = F.crossEntropy(x, t, w, -100, "sum", 0.2);
        assertClose(new double[] {4.146664068914244}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.14113004849112074, -0.049962590969780986, -0.6257478908412324, 0.5345804333198926, 0.0, 0.0, 0.0, 0.0, 0.08684977754252653, -1.198724074467915, 0.7764642809146421, 0.3354100160107463}, x.grad());
    }

    /*
     * x = torch.tensor([[0.2, -1.0, 0.5, 1.5], [1.0, 0.0, -0.5, 2.0], [-1.2, 0.3, 0.8, 0.1]], requires_grad=True)
     * w = torch.tensor([0.5, 2.0, 1.0, 1.5])
     * t = torch.tensor([2, -100, 1])
     * out = F.cross_entropy(x, t, weight=w, ignore_index=-100, reduction='none', label_smoothing=0.2)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropyWeightIgnoreSmoothing_none() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5, 1.5}, {1.0, 0.0, -0.5, 2.0}, {-1.2, 0.3, 0.8, 0.1}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 2.0, 1.0, 1.5);
        Tensor t = Tensor.of(2L, -100L, 1L);
        Tensor out = F.crossEntropy(x, t, w, -100, "none", 0.2);
        assertClose(new double[] {1.7034632637099567, 0.0, 2.443200805204288}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.07056502424556037, -0.024981295484890493, -0.3128739454206162, 0.2672902166599463, 0.0, 0.0, 0.0, 0.0, 0.1302746663137898, -1.7980861117018727, 1.1646964213719633, 0.5031150240161195}, x.grad());
    }

    /*
     * x = torch.tensor([[0.2, -1.0, 0.5, 1.5], [1.0, 0.0, -0.5, 2.0], [-1.2, 0.3, 0.8, 0.1]], requires_grad=True)
     * w = torch.tensor([0.5, 2.0, 1.0, 1.5])
     * t = torch.tensor([2, -100, 1])
     * out = F.cross_entropy(x, t, label_smoothing=0.3)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropySmoothingNoWeightIgnore() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5, 1.5}, {1.0, 0.0, -0.5, 2.0}, {-1.2, 0.3, 0.8, 0.1}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 2.0, 1.0, 1.5);
        Tensor t = Tensor.of(2L, -100L, 1L);
        Tensor out = F.crossEntropy(x, t, null, -100, "mean", 0.3);
        assertClose(new double[] {1.499779377947985}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.04160954690053367, -0.013672662366562376, -0.2807132813529677, 0.25277639681899644, 0.0, 0.0, 0.0, 0.0, -0.007270330393911756, -0.2520200201264635, 0.18586872457152484, 0.07342162594885034}, x.grad());
    }

    /*
     * x = torch.tensor([[0.2, -1.0, 0.5, 1.5], [1.0, 0.0, -0.5, 2.0], [-1.2, 0.3, 0.8, 0.1]], requires_grad=True)
     * w = torch.tensor([0.5, 2.0, 1.0, 1.5])
     * t = torch.tensor([2, 0, 1])
     * out = F.cross_entropy(x, t, ignore_index=0)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropyIgnoreIndexCustom() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5, 1.5}, {1.0, 0.0, -0.5, 2.0}, {-1.2, 0.3, 0.8, 0.1}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 2.0, 1.0, 1.5);
        Tensor t = Tensor.of(2L, 0L, 1L);
        Tensor out = F.crossEntropy(x, t, null, 0, "mean");
        assertClose(new double[] {1.4247793779479851}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.07910954690053368, 0.023827337633437626, -0.39321328135296774, 0.2902763968189965, 0.0, 0.0, 0.0, 0.0, 0.03022966960608825, -0.3645200201264635, 0.2233687245715249, 0.11092162594885036}, x.grad());
    }

    /*
     * x = torch.tensor([[0.2, -1.0, 0.5, 1.5], [1.0, 0.0, -0.5, 2.0], [-1.2, 0.3, 0.8, 0.1]], requires_grad=True)
     * w = torch.tensor([0.5, 2.0, 1.0, 1.5])
     * p = torch.tensor([[0.1, 0.2, 0.3, 0.4], [1.0, 0.0, 0.0, 0.0], [0.25, 0.25, 0.25, 0.25]])
     * out = F.cross_entropy(x, p)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropyProbabilities() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5, 1.5}, {1.0, 0.0, -0.5, 2.0}, {-1.2, 0.3, 0.8, 0.1}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 2.0, 1.0, 1.5);
        Tensor p = Tensor.of(new double[][] {{0.1, 0.2, 0.3, 0.4}, {1.0, 0.0, 0.0, 0.0}, {0.25, 0.25, 0.25, 0.25}});
        Tensor out = F.crossEntropy(x, p);
        assertClose(new double[] {1.513444081684274}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.01940636460035579, -0.05078177491104158, -0.028808854235311817, 0.06018426454599767, -0.2559810960188952, 0.028456297836596298, 0.017259617099809936, 0.21026518108248893, -0.06318022026260783, 0.006986653249024329, 0.06557914971434993, -0.00938558270076643}, x.grad());
    }

    /*
     * x = torch.tensor([[0.2, -1.0, 0.5, 1.5], [1.0, 0.0, -0.5, 2.0], [-1.2, 0.3, 0.8, 0.1]], requires_grad=True)
     * w = torch.tensor([0.5, 2.0, 1.0, 1.5])
     * p = torch.tensor([[0.1, 0.2, 0.3, 0.4], [1.0, 0.0, 0.0, 0.0], [0.25, 0.25, 0.25, 0.25]])
     * out = F.cross_entropy(x, p, weight=w, reduction='none', label_smoothing=0.1)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropyProbabilitiesWeightSmoothingNone() {
        Tensor x = Tensor.of(new double[][] {{0.2, -1.0, 0.5, 1.5}, {1.0, 0.0, -0.5, 2.0}, {-1.2, 0.3, 0.8, 0.1}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 2.0, 1.0, 1.5);
        Tensor p = Tensor.of(new double[][] {{0.1, 0.2, 0.3, 0.4}, {1.0, 0.0, 0.0, 0.0}, {0.25, 0.25, 0.25, 0.25}});
        Tensor out = F.crossEntropy(x, p, w, -100, "none", 0.1);
        assertClose(new double[] {2.1234078794012783, 0.8899447562651894, 1.7697302737866814}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.07725679284671515, -0.1730713675711936, -0.004405797012976773, 0.1002203717374553, -0.32906739063259416, -0.0009128862318713837, 0.004772839497172142, 0.32520743736729346, -0.07413873897716906, -0.24195007547423814, 0.4626327171432184, -0.14654390269181117}, x.grad());
    }

    /*
     * x = torch.tensor([[[0.1, -0.4], [0.3, 0.2], [-0.5, 0.9]], [[1.1, 0.0], [-0.2, 0.6], [0.7, -0.3]]], requires_grad=True)
     * t = torch.tensor([[0, 2], [1, 1]])
     * w = torch.tensor([1.0, 2.0, 0.5])
     * out = F.nll_loss(x, t, weight=w)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void nllLossSpatialWeighted() {
        Tensor x = Tensor.of(new double[][][] {{{0.1, -0.4}, {0.3, 0.2}, {-0.5, 0.9}}, {{1.1, 0.0}, {-0.2, 0.6}, {0.7, -0.3}}}).requiresGrad(true);
        Tensor t = Tensor.of(new long[] {0, 2, 1, 1}, 2, 2);
        Tensor w = Tensor.of(1.0, 2.0, 0.5);
        Tensor out = F.nllLoss(x, t, w, -100, "mean");
        assertClose(new double[] {-0.24545454545454548}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.18181818181818182, 0.0, 0.0, 0.0, 0.0, -0.09090909090909091, 0.0, 0.0, -0.36363636363636365, -0.36363636363636365, 0.0, 0.0}, x.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.mse_loss(x, y, reduction='mean')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void mseLoss_mean() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.mseLoss(x, y, "mean");
        assertClose(new double[] {2.068333333333333}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.16666666666666666, -0.8333333333333333, 0.5, -0.06666666666666665, 0.6333333333333333, -0.033333333333333326}, x.grad());
        assertClose(new double[] {-0.16666666666666666, 0.8333333333333333, -0.5, 0.06666666666666665, -0.6333333333333333, 0.033333333333333326}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.l1_loss(x, y, reduction='mean')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void l1Loss_mean() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.l1Loss(x, y, "mean");
        assertClose(new double[] {1.1166666666666667}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.16666666666666666, -0.16666666666666666, 0.16666666666666666, -0.16666666666666666, 0.16666666666666666, -0.16666666666666666}, x.grad());
        assertClose(new double[] {-0.16666666666666666, 0.16666666666666666, -0.16666666666666666, 0.16666666666666666, -0.16666666666666666, 0.16666666666666666}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.smooth_l1_loss(x, y, reduction='mean', beta=0.8)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void smoothL1Loss_mean() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.smoothL1Loss(x, y, "mean", 0.8);
        assertClose(new double[] {0.8145833333333335}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.10416666666666666, -0.16666666666666666, 0.16666666666666666, -0.04166666666666666, 0.16666666666666666, -0.02083333333333333}, x.grad());
        assertClose(new double[] {-0.10416666666666666, 0.16666666666666666, -0.16666666666666666, 0.04166666666666666, -0.16666666666666666, 0.02083333333333333}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.huber_loss(x, y, reduction='mean', delta=0.8)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void huberLoss_mean() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.huberLoss(x, y, "mean", 0.8);
        assertClose(new double[] {0.6516666666666667}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.08333333333333333, -0.13333333333333333, 0.13333333333333333, -0.033333333333333326, 0.13333333333333333, -0.016666666666666663}, x.grad());
        assertClose(new double[] {-0.08333333333333333, 0.13333333333333333, -0.13333333333333333, 0.033333333333333326, -0.13333333333333333, 0.016666666666666663}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.mse_loss(x, y, reduction='sum')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void mseLoss_sum() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.mseLoss(x, y, "sum");
        assertClose(new double[] {12.409999999999998}, out);
        backwardWeighted(out);
        assertClose(new double[] {1.0, -5.0, 3.0, -0.39999999999999997, 3.8, -0.19999999999999996}, x.grad());
        assertClose(new double[] {-1.0, 5.0, -3.0, 0.39999999999999997, -3.8, 0.19999999999999996}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.l1_loss(x, y, reduction='sum')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void l1Loss_sum() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.l1Loss(x, y, "sum");
        assertClose(new double[] {6.7}, out);
        backwardWeighted(out);
        assertClose(new double[] {1.0, -1.0, 1.0, -1.0, 1.0, -1.0}, x.grad());
        assertClose(new double[] {-1.0, 1.0, -1.0, 1.0, -1.0, 1.0}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.smooth_l1_loss(x, y, reduction='sum', beta=0.8)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void smoothL1Loss_sum() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.smoothL1Loss(x, y, "sum", 0.8);
        assertClose(new double[] {4.887500000000001}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.625, -1.0, 1.0, -0.24999999999999997, 1.0, -0.12499999999999997}, x.grad());
        assertClose(new double[] {-0.625, 1.0, -1.0, 0.24999999999999997, -1.0, 0.12499999999999997}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.huber_loss(x, y, reduction='sum', delta=0.8)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void huberLoss_sum() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.huberLoss(x, y, "sum", 0.8);
        assertClose(new double[] {3.9100000000000006}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.5, -0.8, 0.8, -0.19999999999999998, 0.8, -0.09999999999999998}, x.grad());
        assertClose(new double[] {-0.5, 0.8, -0.8, 0.19999999999999998, -0.8, 0.09999999999999998}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.mse_loss(x, y, reduction='none')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void mseLoss_none() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.mseLoss(x, y, "none");
        assertClose(new double[] {0.25, 6.25, 2.25, 0.039999999999999994, 3.61, 0.009999999999999995}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.5, -3.5, 2.7, -0.44, 4.9399999999999995, -0.29999999999999993}, x.grad());
        assertClose(new double[] {-0.5, 3.5, -2.7, 0.44, -4.9399999999999995, 0.29999999999999993}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.l1_loss(x, y, reduction='none')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void l1Loss_none() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.l1Loss(x, y, "none");
        assertClose(new double[] {0.5, 2.5, 1.5, 0.19999999999999998, 1.9, 0.09999999999999998}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.5, -0.7, 0.9, -1.1, 1.3, -1.5}, x.grad());
        assertClose(new double[] {-0.5, 0.7, -0.9, 1.1, -1.3, 1.5}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.smooth_l1_loss(x, y, reduction='none', beta=0.8)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void smoothL1Loss_none() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.smoothL1Loss(x, y, "none", 0.8);
        assertClose(new double[] {0.15625, 2.1, 1.1, 0.024999999999999994, 1.5, 0.006249999999999997}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.3125, -0.7, 0.9, -0.27499999999999997, 1.3, -0.18749999999999994}, x.grad());
        assertClose(new double[] {-0.3125, 0.7, -0.9, 0.27499999999999997, -1.3, 0.18749999999999994}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.huber_loss(x, y, reduction='none', delta=0.8)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void huberLoss_none() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.huberLoss(x, y, "none", 0.8);
        assertClose(new double[] {0.125, 1.6800000000000002, 0.8800000000000001, 0.019999999999999997, 1.2000000000000002, 0.0049999999999999975}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.25, -0.5599999999999999, 0.7200000000000001, -0.22, 1.04, -0.14999999999999997}, x.grad());
        assertClose(new double[] {-0.25, 0.5599999999999999, -0.7200000000000001, 0.22, -1.04, 0.14999999999999997}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.smooth_l1_loss(x, y, beta=0.0)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void smoothL1LossBetaZero() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.smoothL1Loss(x, y, "mean", 0.0);
        assertClose(new double[] {1.1166666666666667}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.16666666666666666, -0.16666666666666666, 0.16666666666666666, -0.16666666666666666, 0.16666666666666666, -0.16666666666666666}, x.grad());
        assertClose(new double[] {-0.16666666666666666, 0.16666666666666666, -0.16666666666666666, 0.16666666666666666, -0.16666666666666666, 0.16666666666666666}, y.grad());
    }

    /*
     * x = torch.tensor([[1000., -1000., 0.3], [-2.0, 0.0, 5.0]], requires_grad=True)
     * t = torch.tensor([[0.0, 1.0, 0.5], [1.0, 0.2, 0.0]], requires_grad=True)
     * w = torch.tensor([0.5, 1.0, 2.0])
     * pw = torch.tensor([3.0, 1.0, 0.5])
     * out = F.binary_cross_entropy_with_logits(x, t)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, t.grad
     */
    @Test
    void bceWithLogitsLargeLogits() {
        Tensor x = Tensor.of(new double[][] {{1000, -1000, 0.3}, {-2.0, 0.0, 5.0}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {1.0, 0.2, 0.0}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 1.0, 2.0);
        Tensor pw = Tensor.of(3.0, 1.0, 0.5);
        Tensor out = F.binaryCrossEntropyWithLogits(x, t);
        assertClose(new double[] {334.7551909640934}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.16666666666666666, -0.16666666666666666, 0.012407086135276505, -0.14679951299631375, 0.049999999999999996, 0.1655511915126192}, x.grad());
        assertClose(new double[] {-166.66666666666666, 166.66666666666666, -0.049999999999999996, 0.3333333333333333, -0.0, -0.8333333333333334}, t.grad());
    }

    /*
     * x = torch.tensor([[1000., -1000., 0.3], [-2.0, 0.0, 5.0]], requires_grad=True)
     * t = torch.tensor([[0.0, 1.0, 0.5], [1.0, 0.2, 0.0]], requires_grad=True)
     * w = torch.tensor([0.5, 1.0, 2.0])
     * pw = torch.tensor([3.0, 1.0, 0.5])
     * out = F.binary_cross_entropy_with_logits(x, t, weight=w, reduction='none', pos_weight=pw)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, t.grad
     */
    @Test
    void bceWithLogitsWeightPosWeight() {
        Tensor x = Tensor.of(new double[][] {{1000, -1000, 0.3}, {-2.0, 0.0, 5.0}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {1.0, 0.2, 0.0}}).requiresGrad(true);
        Tensor w = Tensor.of(0.5, 1.0, 2.0);
        Tensor pw = Tensor.of(3.0, 1.0, 0.5);
        Tensor out = F.binaryCrossEntropyWithLogits(x, t, w, "none", pw);
        assertClose(new double[] {500.0, 1000.0, 1.1315328667027906, 3.1903920165644593, 0.6931471805599453, 10.013430696978237}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.25, -0.7, 0.32549739769573965, -1.4533151786635063, 0.39, 2.979921447227146}, x.grad());
        assertClose(new double[] {-250.0, 700.0, -1.0389197200216744, 3.439620812147271, 0.0, -15.010073022733678}, t.grad());
    }

    /*
     * x = torch.tensor([[0.9, 0.1, 0.5], [0.0, 1.0, 0.3]], requires_grad=True)
     * t = torch.tensor([[1.0, 0.0, 0.2], [0.0, 1.0, 0.7]])
     * w = torch.tensor([0.5, 1.0, 2.0])
     * out = F.binary_cross_entropy(x, t, weight=w, reduction='sum')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void binaryCrossEntropyWeightEdges() {
        Tensor x = Tensor.of(new double[][] {{0.9, 0.1, 0.5}, {0.0, 1.0, 0.3}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{1.0, 0.0, 0.2}, {0.0, 1.0, 0.7}});
        Tensor w = Tensor.of(0.5, 1.0, 2.0);
        Tensor out = F.binaryCrossEntropy(x, t, w, "sum");
        assertClose(new double[] {3.44390202702618}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.5555555555555556, 1.111111111111111, 2.4, 0.0, 0.0, -3.8095238095238093}, x.grad());
    }

    /*
     * x = torch.tensor([[-1.2, -0.5, -2.0], [-0.1, -3.0, -1.0]], requires_grad=True)
     * t = torch.tensor([[0.2, 0.5, 0.3], [0.0, 0.9, 0.1]])
     * out = F.kl_div(x, t, reduction='batchmean')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void klDiv_batchmean() {
        Tensor x = Tensor.of(new double[][] {{-1.2, -0.5, -2.0}, {-0.1, -3.0, -1.0}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {0.0, 0.9, 0.1}});
        Tensor out = F.klDiv(x, t, "batchmean");
        assertClose(new double[] {1.2676320062719892}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.1, -0.25, -0.15, -0.0, -0.45, -0.05}, x.grad());
    }

    /*
     * x = torch.tensor([[-1.2, -0.5, -2.0], [-0.1, -3.0, -1.0]], requires_grad=True)
     * t = torch.tensor([[0.2, 0.5, 0.3], [0.0, 0.9, 0.1]])
     * out = F.kl_div(x, t, reduction='mean')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void klDiv_mean() {
        Tensor x = Tensor.of(new double[][] {{-1.2, -0.5, -2.0}, {-0.1, -3.0, -1.0}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {0.0, 0.9, 0.1}});
        Tensor out = F.klDiv(x, t, "mean");
        assertClose(new double[] {0.42254400209066306}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.03333333333333333, -0.08333333333333333, -0.049999999999999996, -0.0, -0.15, -0.016666666666666666}, x.grad());
    }

    /*
     * x = torch.tensor([[-1.2, -0.5, -2.0], [-0.1, -3.0, -1.0]], requires_grad=True)
     * t = torch.tensor([[0.2, 0.5, 0.3], [0.0, 0.9, 0.1]])
     * out = F.kl_div(x, t, reduction='sum')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void klDiv_sum() {
        Tensor x = Tensor.of(new double[][] {{-1.2, -0.5, -2.0}, {-0.1, -3.0, -1.0}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {0.0, 0.9, 0.1}});
        Tensor out = F.klDiv(x, t, "sum");
        assertClose(new double[] {2.5352640125439785}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.2, -0.5, -0.3, -0.0, -0.9, -0.1}, x.grad());
    }

    /*
     * x = torch.tensor([[-1.2, -0.5, -2.0], [-0.1, -3.0, -1.0]], requires_grad=True)
     * t = torch.tensor([[0.2, 0.5, 0.3], [0.0, 0.9, 0.1]])
     * out = F.kl_div(x, t, reduction='none')
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void klDiv_none() {
        Tensor x = Tensor.of(new double[][] {{-1.2, -0.5, -2.0}, {-0.1, -3.0, -1.0}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {0.0, 0.9, 0.1}});
        Tensor out = F.klDiv(x, t, "none");
        assertClose(new double[] {-0.0818875824868201, -0.09657359027997264, 0.23880815870221916, 0.0, 2.6051755359079567, -0.13025850929940455}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.1, -0.35, -0.27, -0.0, -1.1700000000000002, -0.15000000000000002}, x.grad());
    }

    /*
     * x = torch.tensor([[-1.2, -0.5, -2.0], [-0.1, -3.0, -1.0]], requires_grad=True)
     * t = torch.tensor([[0.2, 0.5, 0.3], [0.0, 0.9, 0.1]])
     * out = F.kl_div(x, t.add(0.1).log(), reduction='batchmean', log_target=True)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void klDivLogTarget() {
        Tensor x = Tensor.of(new double[][] {{-1.2, -0.5, -2.0}, {-0.1, -3.0, -1.0}}).requiresGrad(true);
        Tensor t = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {0.0, 0.9, 0.1}});
        Tensor out = F.klDiv(x, t.add(0.1).log(), "batchmean", true);
        assertClose(new double[] {1.541825199953369}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.15000000000000002, -0.3, -0.2, -0.05000000000000001, -0.5, -0.1}, x.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.cosine_similarity(x, y)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void cosineSimilarity() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.cosineSimilarity(x, y);
        assertClose(new double[] {-0.17541160386140586, -0.7987761717506644}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.006746600148515613, 0.155171803415859, 0.11469220252476539, 0.5754309417984029, -0.2942175154392963, -0.6908422323850882}, x.grad());
        assertClose(new double[] {0.08770580193070292, -0.19295276424754648, 0.38590552849509285, 0.4660182188515838, 0.2709712677030278, -0.6558290102377626}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.cosine_similarity(x, y, dim=0, eps=0.5)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void cosineSimilarityDim0() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.cosineSimilarity(x, y, 0, 0.5);
        assertClose(new double[] {0.1176696810829104, -0.9701425001453319, 0.9732966135517316}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.11314392411818307, -0.07133400736362727, -0.025256232187242267, 0.5657196205909154, -0.11889001227271229, -0.1683748812482812}, x.grad());
        assertClose(new double[] {0.9805806756909201, -0.12126781251816648, 0.2374666428639558, 0.1255143264884378, -0.12126781251816643, 0.5936666071598882}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.pairwise_distance(x, y)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void pairwiseDistance() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.pairwiseDistance(x, y);
        assertClose(new double[] {2.9580397225194592, 1.913113483304898}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.08451559933315107, -0.4225769824805917, 0.253546459937732, -0.15681165943264036, 1.489718997263367, -0.07840543768521144}, x.grad());
        assertClose(new double[] {-0.08451559933315107, 0.4225769824805917, -0.253546459937732, 0.15681165943264036, -1.489718997263367, 0.07840543768521144}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.pairwise_distance(x, y, p=1.0, keepdim=True)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, y.grad
     */
    @Test
    void pairwiseDistanceP1Keepdim() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.pairwiseDistance(x, y, 1.0, 1e-6, true);
        assertClose(new double[] {4.500001, 2.1999989999999996}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.5, -0.5, 0.5, -1.5, 1.5, -1.5}, x.grad());
        assertClose(new double[] {-0.5, 0.5, -0.5, 1.5, -1.5, 1.5}, y.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.normalize(x)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void normalize() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.normalize(x);
        assertClose(new double[] {0.19611613513818404, -0.5883484054145521, 0.7844645405527362, 0.10482848367219183, 0.9434563530497265, -0.3144854510165755}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.16594442204000187, 0.3650777284880041, 0.23232219085600264, 1.0575005275941989, 0.5022551525392925, 1.8592656334826112}, x.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * y = torch.tensor([[0.0, 1.0, 0.5], [0.3, -1.0, -0.2]], requires_grad=True)
     * out = F.normalize(x, p=1.0, dim=0)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void normalizeP1Dim0() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor y = Tensor.of(new double[][] {{0.0, 1.0, 0.5}, {0.3, -1.0, -0.2}}).requiresGrad(true);
        Tensor out = F.normalize(x, 1.0, 0, 1e-12);
        assertClose(new double[] {0.8333333333333334, -0.625, 0.8695652173913044, 0.16666666666666669, 0.375, -0.13043478260869565}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.16666666666666685, 0.3125, 0.13610586011342146, 0.8333333333333333, 0.5208333333333334, 0.9073724007561438}, x.grad());
    }

    /*
     * x = torch.tensor([[[0.5, -1.5, 2.0, 1.0], [0.1, 0.9, -0.3, 0.0]], [[1.0, 2.0, 3.0, 4.0], [-1.0, 0.5, 0.25, 2.0]]], requires_grad=True)
     * w = torch.tensor([1.0, 0.5, -1.0, 2.0], requires_grad=True)
     * b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
     * out = F.layer_norm(x, (4,), w, b)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, w, b.grad
     */
    @Test
    void layerNorm() {
        Tensor x = Tensor.of(new double[][][] {{{0.5, -1.5, 2.0, 1.0}, {0.1, 0.9, -0.3, 0.0}}, {{1.0, 2.0, 3.0, 4.0}, {-1.0, 0.5, 0.25, 2.0}}}).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 0.5, -1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(true);
        Tensor out = F.layerNorm(x, new int[] {4}, w, b);
        assertClose(new double[] {0.10000000000000006, -0.5844621268268284, -0.8766931902402428, 1.1844621268268285, -0.0690265582622252, 1.016961698267422, 1.37050153566076, -0.3887906052237178, -1.241635419968927, -0.023605903328154543, -0.1472118066563089, 3.0832708399378537, -1.2482779474926398, 0.2293103901628835, 0.47586234097730085, 3.3310390162883476}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.08825198926801825, -0.2788348442135247, -0.6529650583005897, 0.8435479132460963, 0.550540008489572, -1.0023191486978835, -2.8235714546891204, 3.275350594897432, 0.6260937566278125, -0.03726857478503244, -1.8037533626167732, 1.2149281807739924, 1.3150849141375178, -0.23185053880275697, -2.0557170068810575, 0.9724826315462972}, x.grad());
        assertClose(new double[] {-3.2687049603760294, 0.060727832498572644, 0.05146539075569911, 3.746275898709197}, w.grad());
        assertClose(new double[] {3.5999999999999996, 3.8666666666666667, 4.133333333333334, 4.4}, b.grad());
    }

    /*
     * x = torch.tensor([[[0.5, -1.5, 2.0, 1.0], [0.1, 0.9, -0.3, 0.0]], [[1.0, 2.0, 3.0, 4.0], [-1.0, 0.5, 0.25, 2.0]]], requires_grad=True)
     * w = torch.tensor([1.0, 0.5, -1.0, 2.0], requires_grad=True)
     * b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
     * out = F.layer_norm(x, (2, 4), eps=0.1)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void layerNormTwoDims() {
        Tensor x = Tensor.of(new double[][][] {{{0.5, -1.5, 2.0, 1.0}, {0.1, 0.9, -0.3, 0.0}}, {{1.0, 2.0, 3.0, 4.0}, {-1.0, 0.5, 0.25, 2.0}}}).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 0.5, -1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(true);
        Tensor out = F.layerNorm(x, new int[] {2, 4}, null, null, 0.1);
        assertClose(new double[] {0.15954824007106932, -1.8041224069574762, 1.6323012253424785, 0.6504659018282057, -0.23318588933463977, 0.5522823694767784, -0.6259200187403489, -0.33136942168606703, -0.3053350107655597, 0.3460463455343009, 0.9974277018341615, 1.648809058134022, -1.608097723365281, -0.6310256889154899, -0.7938710279904552, 0.3460463455343009}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.2280054595731391, -0.1759583774540262, -0.08703762851819041, -0.028286243341491657, 0.03113557214096585, 0.10195470282131947, 0.15936522738650105, 0.2268322065380617, -0.15968118859554914, -0.09984572652987267, -0.04001026446419631, 0.01982519760148016, -0.018799570206957883, 0.049240911014894806, 0.08856382519013073, 0.16070681599007153}, x.grad());
    }

    /*
     * x = torch.tensor([[[0.5, -1.5], [2.0, 1.0], [0.1, 0.9], [-0.3, 0.0]], [[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5], [0.25, 2.0]]], requires_grad=True)
     * w = torch.tensor([1.0, 0.5, -1.0, 2.0], requires_grad=True)
     * b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
     * out = F.group_norm(x, 2, w, b)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, w, b.grad
     */
    @Test
    void groupNorm() {
        Tensor x = Tensor.of(new double[][][] {{{0.5, -1.5}, {2.0, 1.0}, {0.1, 0.9}, {-0.3, 0.0}}, {{1.0, 2.0}, {3.0, 4.0}, {-1.0, 0.5}, {0.25, 2.0}}}).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 0.5, -1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(true);
        Tensor out = F.groupNorm(x, 2, w, b, 1e-5);
        assertClose(new double[] {0.10000000000000003, -1.4689242536536569, 0.7883465951201214, 0.39611553170670716, 0.4690265582622252, -1.3339233965348443, -1.7410030713215199, -0.3887906052237178, -1.241635419968927, -0.347211806656309, 0.4236059033281544, 0.8708177099844634, 1.64827794749264, 0.24137921967423304, 0.04827531804539831, 3.3310390162883476}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.05229747512178856, -0.012067930179610165, -0.0040234211457395586, -0.036206123796438894, -3.3032429126174008, 0.5299697759192572, 0.4894922666383228, 2.283780870059823, -0.05813563870242966, 0.1595061764283805, -0.14459911620650345, 0.043228578480552615, -0.21027136248235986, -2.1086821320090547, 2.1678790449194287, 0.15107444957198607}, x.grad());
        assertClose(new double[] {-2.767346665026904, 3.1962315572689137, -0.4406304628505528, 0.6015097321959824}, w.grad());
        assertClose(new double[] {3.2, 3.7333333333333334, 4.266666666666667, 4.8}, b.grad());
    }

    /*
     * x = torch.tensor([[[0.5, -1.5], [2.0, 1.0], [0.1, 0.9], [-0.3, 0.0]], [[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5], [0.25, 2.0]]], requires_grad=True)
     * w = torch.tensor([1.0, 0.5, -1.0, 2.0], requires_grad=True)
     * b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
     * out = F.batch_norm(x, None, None, w, b, training=True)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, w, b.grad
     */
    @Test
    void batchNormTraining() {
        Tensor x = Tensor.of(new double[][][] {{{0.5, -1.5}, {2.0, 1.0}, {0.1, 0.9}, {-0.3, 0.0}}, {{1.0, 2.0}, {3.0, 4.0}, {-1.0, 0.5}, {0.25, 2.0}}}).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 0.5, -1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(true);
        Tensor out = F.batchNorm(x, null, null, w, b, true);
        assertClose(new double[] {0.10000000000000003, -1.4689242536536569, -0.023605903328154487, -0.4708177099844635, 0.33528888209334873, -0.7939553448938106, -1.3603768732948653, -0.6897571120396786, 0.49223106341341427, 1.2766931902402427, 0.4236059033281545, 0.8708177099844635, 1.8879996942006927, -0.22933323140023093, -0.13090731099368957, 3.7810412963282336}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.23533863804804858, 0.06637602970262313, -0.08646133090457514, 0.03875721172381394, 0.4291501938536842, 0.15317102879943945, -0.25919450683223744, -0.2669013234763355, 0.12068686476903924, 0.04827574357638621, 0.05664721046082121, -0.008943091280060012, -0.07360050653044752, -0.5087207161226761, 0.6456737799292096, -0.11957794962063661}, x.grad());
        assertClose(new double[] {0.810610864387723, 0.9540518542001263, -0.45640287507397725, 0.8364118688988305}, w.grad());
        assertClose(new double[] {3.2, 3.7333333333333334, 4.266666666666667, 4.8}, b.grad());
    }

    /*
     * x = torch.tensor([[[0.5, -1.5], [2.0, 1.0], [0.1, 0.9], [-0.3, 0.0]], [[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5], [0.25, 2.0]]], requires_grad=True)
     * w = torch.tensor([1.0, 0.5, -1.0, 2.0], requires_grad=True)
     * b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
     * rm = torch.tensor([0.1, -0.2, 0.3, 0.0])
     * rv = torch.tensor([0.5, 1.0, 2.0, 4.0])
     * out = F.batch_norm(x, rm, rv, w, b, training=False)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, w, b.grad
     */
    @Test
    void batchNormEval() {
        Tensor x = Tensor.of(new double[][][] {{{0.5, -1.5}, {2.0, 1.0}, {0.1, 0.9}, {-0.3, 0.0}}, {{1.0, 2.0}, {3.0, 4.0}, {-1.0, 0.5}, {0.25, 2.0}}}).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 0.5, -1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(true);
        Tensor rm = Tensor.of(0.1, -0.2, 0.3, 0.0);
        Tensor rv = Tensor.of(0.5, 1.0, 2.0, 4.0);
        Tensor out = F.batchNorm(x, rm, rv, w, b, false);
        assertClose(new double[] {0.66567976817984, -2.16271907271936, 1.2999945000412496, 0.7999970000224998, 0.44142100268524476, -0.1242630080557342, 0.10000037499929691, 0.4, 1.37277947840464, 2.78697889885424, 1.7999920000599996, 2.2999895000787496, 1.2192365174540907, 0.15857899731475528, 0.649999687500586, 2.3999975000046874}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.7070997102248, 0.8013796715881066, 0.31666508334520826, 0.3499982500131249, -0.5421138436267714, -0.5892541778551863, 0.8999988750021093, 0.9666654583355988, 1.4613394011312535, 1.5556193624945602, 0.5833304166885416, 0.6166635833564582, -0.9192365174540909, -0.9663768516825058, 1.433331541670026, 1.4999981250035157}, x.grad());
        assertClose(new double[] {3.2715146593067415, 11.146610933751331, -0.7566023643660593, 1.5441647364619524}, w.grad());
        assertClose(new double[] {3.2, 3.7333333333333334, 4.266666666666667, 4.8}, b.grad());
    }

    /*
     * x = torch.tensor([[[0.5, -1.5], [2.0, 1.0], [0.1, 0.9], [-0.3, 0.0]], [[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5], [0.25, 2.0]]], requires_grad=True)
     * w = torch.tensor([1.0, 0.5, -1.0, 2.0], requires_grad=True)
     * b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
     * F.batch_norm(x, rm, rv, w, b, training=True, momentum=0.3); rm, rv afterwards
     */
    @Test
    void batchNormUpdatesRunningStats() {
        Tensor x = Tensor.of(new double[][][] {{{0.5, -1.5}, {2.0, 1.0}, {0.1, 0.9}, {-0.3, 0.0}}, {{1.0, 2.0}, {3.0, 4.0}, {-1.0, 0.5}, {0.25, 2.0}}}).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 0.5, -1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(true);
        Tensor rm = Tensor.of(0.1, -0.2, 0.3, 0.0);
        Tensor rv = Tensor.of(0.5, 1.0, 2.0, 4.0);
        F.batchNorm(x, rm, rv, w, b, true, 0.3, 1e-5);
        assertClose(new double[] {0.21999999999999997, 0.61, 0.2475, 0.14625}, rm);
        assertClose(new double[] {0.9999999999999999, 1.2, 1.60075, 3.1201874999999997}, rv);
        assertNull(rm.gradFn());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * w = torch.tensor([[1.0, 0.5, -1.0], [2.0, 0.0, 0.25]], requires_grad=True)
     * b = torch.tensor([0.1, -0.2], requires_grad=True)
     * out = F.linear(x, w, b)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, w, b.grad
     */
    @Test
    void linear() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor w = Tensor.of(new double[][] {{1.0, 0.5, -1.0}, {2.0, 0.0, 0.25}}).requiresGrad(true);
        Tensor b = Tensor.of(0.1, -0.2).requiresGrad(true);
        Tensor out = F.linear(x, w, b);
        assertClose(new double[] {-2.15, 1.3, 0.9500000000000001, -0.07500000000000001}, out);
        backwardWeighted(out);
        assertClose(new double[] {2.1666666666666665, 0.25, -0.2916666666666667, 4.166666666666667, 0.5833333333333334, -0.7916666666666667}, x.grad());
        assertClose(new double[] {0.3666666666666667, 0.3000000000000001, 0.65, 0.5666666666666667, 0.10000000000000003, 1.2166666666666666}, w.grad());
        assertClose(new double[] {1.6666666666666667, 2.333333333333333}, b.grad());
    }

    /*
     * x = torch.tensor([[0.5, -1.5, 2.0], [0.1, 0.9, -0.3]], requires_grad=True)
     * w = torch.tensor([[1.0, 0.5, -1.0], [2.0, 0.0, 0.25]], requires_grad=True)
     * b = torch.tensor([0.1, -0.2], requires_grad=True)
     * bw = torch.arange(12.).reshape(2, 3, 2).mul(0.1).requires_grad_()
     * x2 = torch.tensor([[1.0, -1.0], [0.5, 2.0]])
     * out = F.bilinear(x, x2, bw, b)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x, bw, b.grad
     */
    @Test
    void bilinear() {
        Tensor x = Tensor.of(new double[][] {{0.5, -1.5, 2.0}, {0.1, 0.9, -0.3}}).requiresGrad(true);
        Tensor w = Tensor.of(new double[][] {{1.0, 0.5, -1.0}, {2.0, 0.0, 0.25}}).requiresGrad(true);
        Tensor b = Tensor.of(0.1, -0.2).requiresGrad(true);
        Tensor bw = Tensor.arange(0.0, 12.0, 1.0, DType.FLOAT64).reshape(2, 3, 2).mul(0.1).detach().requiresGrad(true);
        Tensor x2 = Tensor.of(new double[][] {{1.0, -1.0}, {0.5, 2.0}});
        Tensor out = F.bilinear(x, x2, bw, b);
        assertClose(new double[] {1.3877787807814457e-16, -0.3000000000000003, 0.39000000000000024, 1.1400000000000001}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.13333333333333336, -0.1333333333333334, -0.13333333333333336, 2.7833333333333337, 4.116666666666667, 5.450000000000001}, x.grad());
        assertClose(new double[] {0.30833333333333335, -0.016666666666666635, -0.22499999999999998, 2.85, 0.825, -1.7000000000000002, 0.49166666666666664, -0.11666666666666659, -0.575, 3.95, 1.4416666666666664, -2.5666666666666664}, bw.grad());
        assertClose(new double[] {1.6666666666666667, 2.333333333333333}, b.grad());
    }

    /*
     * w = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], requires_grad=True)
     * i = torch.tensor([[0, 2], [2, 3]])
     * out = F.embedding(i, w, padding_idx=2)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> w.grad
     */
    @Test
    void embeddingPaddingIdx() {
        Tensor w = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}}).requiresGrad(true);
        Tensor i = Tensor.of(new long[] {0, 2, 2, 3}, 2, 2);
        Tensor out = F.embedding(i, w, 2);
        assertClose(new double[] {1.0, 2.0, 5.0, 6.0, 5.0, 6.0, 7.0, 8.0}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.5, 0.6428571428571428, 0.0, 0.0, 0.0, 0.0, 1.3571428571428572, 1.5}, w.grad());
    }

    /*
     * w = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]], requires_grad=True)
     * i = torch.tensor([[0, 2], [2, 3]])
     * out = F.embedding(i, w, scale_grad_by_freq=True)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> w.grad
     */
    @Test
    void embeddingScaleGradByFreq() {
        Tensor w = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}}).requiresGrad(true);
        Tensor i = Tensor.of(new long[] {0, 2, 2, 3}, 2, 2);
        Tensor out = F.embedding(i, w, null, null, 2.0, true, false);
        assertClose(new double[] {1.0, 2.0, 5.0, 6.0, 5.0, 6.0, 7.0, 8.0}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.5, 0.6428571428571428, 0.0, 0.0, 0.9285714285714286, 1.0714285714285714, 1.3571428571428572, 1.5}, w.grad());
    }

    /*
     * q = torch.tensor([[0.5, -1.0], [1.0, 0.2], [0.0, 0.3]], requires_grad=True)
     * k = torch.tensor([[1.0, 0.0], [0.3, -0.7], [2.0, 1.0]], requires_grad=True)
     * v = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]], requires_grad=True)
     * m = torch.tensor([[True, False, True], [False, True, True], [True, True, False]])
     * def sdpa(q, k, v, mask): return torch.softmax((q @ k.T / math.sqrt(2)).masked_fill(~mask, float('-inf')), -1) @ v
     * out = sdpa(q, k, v, m)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> q, k, v.grad
     */
    @Test
    void scaledDotProductAttentionBoolMask() {
        Tensor q = Tensor.of(new double[][] {{0.5, -1.0}, {1.0, 0.2}, {0.0, 0.3}}).requiresGrad(true);
        Tensor k = Tensor.of(new double[][] {{1.0, 0.0}, {0.3, -0.7}, {2.0, 1.0}}).requiresGrad(true);
        Tensor v = Tensor.of(new double[][] {{1.0, 2.0}, {3.0, -1.0}, {0.5, 0.5}}).requiresGrad(true);
        Tensor m = Tensor.of(new boolean[] {true, false, true, false, true, true, true, true, false}, 3, 3);
        Tensor out = F.scaledDotProductAttention(q, k, v, m, 0.0, false);
        assertClose(new double[] {0.7937395004198049, 1.3812185012594147, 0.9778971067730499, 0.21326173593617012, 1.9258899152372726, 0.6111651271440911}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.22277515936636058, -0.2227751593663605, -0.11151744443032777, -0.11151744443032777, 0.23382169249211002, 0.23382169249211}, q.grad());
        assertClose(new double[] {0.11138757968318021, -0.12256586258402756, 0.06559849672372221, -0.08708959743758841, -0.17698607640690245, 0.20965546002161606}, k.grad());
        assertClose(new double[] {0.9919110555155778, 1.2168178641597724, 0.7738714033425251, 0.9046921634080964, 0.9342175411418973, 1.1784899724321314}, v.grad());
    }

    /*
     * q = torch.tensor([[0.5, -1.0], [1.0, 0.2], [0.0, 0.3]], requires_grad=True)
     * k = torch.tensor([[1.0, 0.0], [0.3, -0.7], [2.0, 1.0]], requires_grad=True)
     * v = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]], requires_grad=True)
     * m = torch.tensor([[True, False, True], [False, True, True], [True, True, False]])
     * def sdpa(q, k, v, mask): return torch.softmax((q @ k.T / math.sqrt(2)).masked_fill(~mask, float('-inf')), -1) @ v
     * out = sdpa(q, k, v, torch.ones(3, 3, dtype=torch.bool).tril())
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> q, k, v.grad
     */
    @Test
    void scaledDotProductAttentionCausal() {
        Tensor q = Tensor.of(new double[][] {{0.5, -1.0}, {1.0, 0.2}, {0.0, 0.3}}).requiresGrad(true);
        Tensor k = Tensor.of(new double[][] {{1.0, 0.0}, {0.3, -0.7}, {2.0, 1.0}}).requiresGrad(true);
        Tensor v = Tensor.of(new double[][] {{1.0, 2.0}, {3.0, -1.0}, {0.5, 0.5}}).requiresGrad(true);
        Tensor m = Tensor.of(new boolean[] {true, false, true, false, true, true, true, true, false}, 3, 3);
        Tensor out = F.scaledDotProductAttention(q, k, v, null, 0.0, true);
        assertClose(new double[] {1.0, 2.0, 1.711449081869267, 0.9328263771960991, 1.3569219319062114, 0.5668072860989852}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.0, 0.0, 0.17016087803828145, 0.1701608780382813, -0.313095610791832, -0.3130956107918318}, q.grad());
        assertClose(new double[] {0.2430869686261163, 0.16403815477776326, -0.24308696862611617, -0.06125979243992355, 0.0, -0.10277836233783975}, k.grad());
        assertClose(new double[] {1.4994304569452328, 1.8928367093408296, 0.6818349826751195, 0.8086234132980384, 0.5187345603796477, 0.5985398773611319}, v.grad());
    }

    /*
     * x = torch.tensor([0.3, -0.2, 1.5], requires_grad=True)
     * t = torch.tensor(2)
     * out = F.cross_entropy(x, t)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropy1dInput() {
        Tensor x = Tensor.of(0.3, -0.2, 1.5).requiresGrad(true);
        Tensor t = Tensor.scalar(2L);
        Tensor out = F.crossEntropy(x, t);
        assertClose(new double[] {0.3946587531873082}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.2029777822067944, 0.12311224814889427, -0.3260900303556886}, x.grad());
    }

    /*
     * x = torch.tensor([[[0.1, -0.4], [0.3, 0.2], [-0.5, 0.9]], [[1.1, 0.0], [-0.2, 0.6], [0.7, -0.3]]], requires_grad=True)
     * t = torch.tensor([[0, 2], [1, -100]])
     * out = F.cross_entropy(x, t, reduction='none', label_smoothing=0.1)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void crossEntropySpatialNone() {
        Tensor x = Tensor.of(new double[][][] {{{0.1, -0.4}, {0.3, 0.2}, {-0.5, 0.9}}, {{1.1, 0.0}, {-0.2, 0.6}, {0.7, -0.3}}}).requiresGrad(true);
        Tensor t = Tensor.of(new long[] {0, 2, 1, -100}, 2, 2);
        Tensor out = F.crossEntropy(x, t, null, -100, "none", 0.1);
        assertClose(new double[] {1.032258049185184, 0.6371472734497707, 1.8908235804590132, 0.0}, out);
        backwardWeighted(out);
        assertClose(new double[] {-0.2861752212980091, 0.10059689450133774, 0.20378608253092728, 0.20613612607596893, 0.08238913876708188, -0.30673302057730667, 0.5616029464665716, 0.0, -0.9252357722971803, 0.0, 0.3636328258306089, 0.0}, x.grad());
    }

    /*
     * x = torch.tensor([[1000., -1000., 0.], [1., 2., 3.]], requires_grad=True)
     * out = x.softmax(-1) + x.log_softmax(0)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void tensorSoftmaxMethods() {
        Tensor x = Tensor.of(new double[][] {{1000, -1000, 0}, {1, 2, 3}}).requiresGrad(true);
        Tensor out = x.softmax(-1).add(x.logSoftmax(0));
        assertClose(new double[] {1.0, -1002.0, -3.048587351573742, -998.9099694268297, 0.2447284710547976, 0.6166536042010798}, out);
        backwardWeighted(out);
        assertClose(new double[] {-1.1, 0.7, 0.7861779043738397, 1.0716365812780377, -0.7281540714939259, -0.729660414157951}, x.grad());
    }

    /*
     * x = torch.tensor([[[0.5, -1.5], [2.0, 1.0], [0.1, 0.9], [-0.3, 0.0]], [[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5], [0.25, 2.0]]], requires_grad=True)
     * w = torch.tensor([1.0, 0.5, -1.0, 2.0], requires_grad=True)
     * b = torch.tensor([0.1, 0.2, 0.3, 0.4], requires_grad=True)
     * rm = torch.tensor([0.1, -0.2, 0.3, 0.0])
     * rv = torch.tensor([0.5, 1.0, 2.0, 4.0])
     * out = F.batch_norm(x, rm, rv, eps=0.1)
     * (out if out.dim() == 0 else out * torch.linspace(0.5, 1.5, out.numel()).reshape(out.shape)).sum().backward() -> x.grad
     */
    @Test
    void batchNormEvalNoAffine() {
        Tensor x = Tensor.of(new double[][][] {{{0.5, -1.5}, {2.0, 1.0}, {0.1, 0.9}, {-0.3, 0.0}}, {{1.0, 2.0}, {3.0, 4.0}, {-1.0, 0.5}, {0.25, 2.0}}}).requiresGrad(true);
        Tensor w = Tensor.of(1.0, 0.5, -1.0, 2.0).requiresGrad(true);
        Tensor b = Tensor.of(0.1, 0.2, 0.3, 0.4).requiresGrad(true);
        Tensor rm = Tensor.of(0.1, -0.2, 0.3, 0.0);
        Tensor rv = Tensor.of(0.5, 1.0, 2.0, 4.0);
        Tensor out = F.batchNorm(x, rm, rv, null, null, false, 0.1, 0.1);
        assertClose(new double[] {0.5163977794943222, -2.065591117977289, 2.097617696340303, 1.1441551070947107, -0.13801311186847082, 0.4140393356054125, -0.14815943949743846, 0.0, 1.161895003862225, 2.4528894525980305, 3.051080285585895, 4.004542874831487, -0.8970852271450603, 0.13801311186847084, 0.12346619958119871, 0.9877295966495897}, out);
        backwardWeighted(out);
        assertClose(new double[] {0.6454972243679028, 0.7315635209502899, 0.6038596398555417, 0.6674238124719145, 0.5290502621624714, 0.5750546327852951, 0.44447831849231534, 0.47740263838063496, 1.3340275970269992, 1.4200938936093863, 1.1123730207865243, 1.1759371934028973, 0.8970852271450604, 0.943089597767884, 0.7078728775988726, 0.7407971974871923}, x.grad());
    }
}
