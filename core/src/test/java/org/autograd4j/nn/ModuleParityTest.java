package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every layer and loss against real PyTorch 1.13 (values from modules.py beside modules.txt): from
 * the same seed the float32 parameters equal PyTorch's bit for bit and the repr is PyTorch's; then,
 * in float64, the output, the gradient of every parameter and of the input, and the buffers after
 * the call. The recurrent and attention layers use {@link #check(String, Supplier, BiFunction)} too.
 */
class ModuleParityTest {
    static final TorchValues TORCH = TorchValues.load("modules.txt");

    private static final Map<String, Supplier<Module>> CASES = new LinkedHashMap<>();

    private static void add(String name, Supplier<Module> build) {
        CASES.put(name, build);
    }

    static {
        add("linear", () -> new Linear(5, 3));
        add("linear_nobias", () -> new Linear(5, 3, false));
        add("identity", Identity::new);
        add("conv2d", () -> new Conv2d(2, 3, 3, 1, 1));
        add("conv2d_full", () -> new Conv2d(4, 6, new int[] {3, 2}, new int[] {2, 1}, new int[] {1, 0},
                new int[] {1, 2}, 2, false, "zeros"));
        add("conv2d_same_reflect", () -> new Conv2d(2, 2, new int[] {3, 4}, new int[] {1}, "same", new int[] {1}, 1,
                true, "reflect"));
        add("conv2d_circular", () -> new Conv2d(2, 2, new int[] {3}, new int[] {1}, new int[] {1}, new int[] {1}, 1,
                true, "circular"));
        add("conv2d_replicate_valid", () -> new Conv2d(2, 2, new int[] {3}, new int[] {1}, "valid", new int[] {1}, 1,
                true, "replicate"));
        add("conv1d_same_circular", () -> new Conv1d(2, 3, 4, 1, "same", 2, 1, true, "circular"));
        add("conv1d", () -> new Conv1d(2, 4, 3, 2, 1));
        add("conv_transpose2d", () -> new ConvTranspose2d(2, 4, 3, 2, 1, 1, 2, true, 1));
        add("maxpool2d", () -> new MaxPool2d(2));
        add("maxpool2d_full", () -> new MaxPool2d(3, 2, 1, 1, true));
        add("avgpool2d", () -> new AvgPool2d(3, 2, 1));
        add("adaptive_avgpool2d", () -> new AdaptiveAvgPool2d(2, 3));
        add("flatten", Flatten::new);
        add("unflatten", () -> new Unflatten(1, 2, 3));
        add("dropout_eval", () -> new Dropout(0.3));
        add("dropout_train", () -> new Dropout(0.3));
        add("relu", ReLU::new);
        add("gelu", GELU::new);
        add("gelu_tanh", () -> new GELU("tanh"));
        add("tanh", Tanh::new);
        add("sigmoid", Sigmoid::new);
        add("silu", SiLU::new);
        add("leaky_relu", () -> new LeakyReLU(0.2));
        add("elu", () -> new ELU(0.5));
        add("softmax", () -> new Softmax(1));
        add("log_softmax", () -> new LogSoftmax(0));
        add("batchnorm1d", () -> new BatchNorm1d(3));
        add("batchnorm1d_3d", () -> new BatchNorm1d(3, 1e-3, null, true, true));
        add("batchnorm2d", () -> new BatchNorm2d(2, 1e-5, 0.3, true, true));
        add("batchnorm2d_eval", () -> new BatchNorm2d(2));
        add("batchnorm2d_untracked", () -> new BatchNorm2d(2, 1e-5, 0.1, false, false));
        add("layernorm", () -> new LayerNorm(3, 4));
        add("groupnorm", () -> new GroupNorm(2, 6, 1e-4, true));
        add("groupnorm_4d_plain", () -> new GroupNorm(3, 6, 1e-5, false));
        add("layernorm_plain", () -> new LayerNorm(new int[] {4}, 1e-5, false));
        add("embedding", () -> new Embedding(10, 3, 1));
        add("embedding_large", () -> new Embedding(20, 7));
        add("bilinear", () -> new Bilinear(3, 4, 2));
        add("mlp", () -> new Sequential(new Linear(6, 8), new ReLU(), new Linear(8, 3)));
        add("cross_entropy", CrossEntropyLoss::new);
        add("cross_entropy_full", () -> new CrossEntropyLoss(Tensor.of(1f, 2f, 0.5f, 1.5f, 1f), 2, "sum", 0.1));
        add("nll", NLLLoss::new);
        add("mse", MSELoss::new);
        add("mse_none", () -> new MSELoss("none"));
        add("l1", () -> new L1Loss("sum"));
        add("smooth_l1", () -> new SmoothL1Loss("mean", 0.5));
        add("huber", () -> new HuberLoss("mean", 0.7));
        add("bce", () -> new BCELoss(Tensor.of(1f, 2f, 0.5f, 1f), "mean"));
        add("bce_logits", () -> new BCEWithLogitsLoss(null, "mean", Tensor.of(1f, 3f, 0.5f, 2f)));
        add("cross_entropy_probs", () -> new CrossEntropyLoss(null, -100, "none", 0.2));
        add("cross_entropy_4d", CrossEntropyLoss::new);
        add("nll_weighted_sum", () -> new NLLLoss(Tensor.of(0.5f, 1f, 2f, 1f, 1.5f), 4, "sum"));
        add("bce_logits_weighted", () -> new BCEWithLogitsLoss(Tensor.of(0.5f, 1f, 2f, 1f), "sum", null));
        add("kl_div_log_target", () -> new KLDivLoss("sum", true));
        add("kl_div", () -> new KLDivLoss("batchmean", false));
        add("upsample_nearest", () -> new Upsample(2.0, "nearest"));
        add("upsample_bilinear_size", () -> new Upsample(new int[] {5, 7}, null, "bilinear", true, null));
        add("upsample_bicubic_scales", () -> new Upsample(null, new double[] {2.0, 1.5}, "bicubic", null, null));
        add("upsample_linear_recompute", () -> new Upsample(null, new double[] {1.7}, "linear", null, true));
        add("upsampling_nearest2d", () -> new UpsamplingNearest2d(new int[] {5, 6}, null));
        add("upsampling_bilinear2d", () -> new UpsamplingBilinear2d(2.0));
        add("pixel_shuffle", () -> new PixelShuffle(2));
        add("pixel_unshuffle", () -> new PixelUnshuffle(2));
        add("fold", () -> new Fold(new int[] {4, 5}, new int[] {2, 3}, new int[] {1}, new int[] {1}, new int[] {2, 1}));
        add("unfold", () -> new Unfold(new int[] {2, 3}, new int[] {1, 2}, new int[] {1}, new int[] {2, 1}));
        add("adaptive_maxpool1d", () -> new AdaptiveMaxPool1d(3));
        add("adaptive_maxpool2d", () -> new AdaptiveMaxPool2d(2, 3));
        add("max_unpool1d", () -> new MaxUnpool1d(2));
        add("max_unpool2d", () -> new MaxUnpool2d(3, 2, 1));
        add("lppool1d", () -> new LPPool1d(2.0, 3, 2, false));
        add("lppool2d", () -> new LPPool2d(1.5, new int[] {2, 3}, new int[] {1}, true));
        add("local_response_norm", () -> new LocalResponseNorm(3, 0.5, 0.6, 2.0));
        add("embedding_bag", () -> new EmbeddingBag(10, 3));
        add("embedding_bag_sum_2d_padding", () -> new EmbeddingBag(10, 3, null, 2.0, false, "sum", false, false, -6));
        add("embedding_bag_max_last_offset", () -> new EmbeddingBag(10, 3, null, 2.0, false, "max", false, true, null));
        add("reflection_pad1d", () -> new ReflectionPad1d(1, 2));
        add("reflection_pad2d", () -> new ReflectionPad2d(2));
        add("replication_pad1d", () -> new ReplicationPad1d(2));
        add("replication_pad2d", () -> new ReplicationPad2d(1, 0, 2, 1));
        add("zero_pad2d", () -> new ZeroPad2d(1, 2, 0, 1));
        add("constant_pad1d", () -> new ConstantPad1d(2, 3.5));
        add("constant_pad2d", () -> new ConstantPad2d(new int[] {1, 0, -1, 2}, -1.0));
        add("constant_pad3d", () -> new ConstantPad3d(1, 0.5));
    }

    /** The vision layers called with more arguments than a forward takes: PyTorch's full call through {@code run}. */
    @Test
    void visionLayersWithFullArguments() {
        check("adaptive_maxpool2d_indices", () -> new AdaptiveMaxPool2d(3), (m, in) -> List.of(m.withIndices(in.get(0))));
        check("max_unpool1d_output_size", () -> new MaxUnpool1d(2, 2, 0),
                (m, in) -> List.of(m.run(in.get(0), in.get(1), new int[] {9})));
        check("max_unpool2d_output_size", () -> new MaxUnpool2d(3, 2, 1),
                (m, in) -> List.of(m.run(in.get(0), in.get(1), new int[] {2, 2, 6, 6})));
        check("embedding_bag_max_norm_weights", () -> new EmbeddingBag(10, 3, 1.0, 1.0, false, "sum", false, false,
                null), (m, in) -> List.of(m.run(in.get(0), in.get(1), in.get(2))));
        check("ctc_loss", CTCLoss::new, (m, in) -> List.of(m.run(in.get(0), in.get(1), in.get(2), in.get(3))));
        check("ctc_loss_sum_blank_zero_infinity", () -> new CTCLoss(4, "sum", true),
                (m, in) -> List.of(m.run(in.get(0), in.get(1), in.get(2), in.get(3))));
        check("ctc_loss_unbatched", () -> new CTCLoss(0, "none", false),
                (m, in) -> List.of(m.run(in.get(0), in.get(1), in.get(2), in.get(3))));
    }

    /** Running statistics from two training batches, then used in eval mode. */
    @Test
    void batchNormRunningStatisticsServeEvalMode() {
        check("batchnorm2d_running_stats", () -> new BatchNorm2d(2, 1e-5, 0.2, true, true),
                (m, in) -> List.of(m.call(in.get(0)), m.call(in.get(0).mul(2).add(1)), m.eval().call(in.get(0))));
    }

    @TestFactory
    Stream<DynamicTest> matchesPyTorch() {
        return CASES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> check(e.getKey(), e.getValue())));
    }

    static void check(String name, Supplier<Module> build) {
        check(name, build, (m, in) -> List.of(in.size() == 1 ? m.call(in.get(0)) : m.call(in.get(0), in.get(1))));
    }

    /**
     * Builds the case (checking init and repr), runs it in float64 on PyTorch's inputs and compares
     * every output, the gradients of the sum of their weighted sums, and the buffers afterwards.
     */
    static <M extends Module> void check(String name, Supplier<M> build,
            BiFunction<M, List<Tensor>, List<Tensor>> run) {
        M m = buildAndCheckInit(name, build);
        m.train(TORCH.tensor(name + "/training").itemBoolean());
        List<Tensor> inputs = inputs(name);
        List<Tensor> outs = run.apply(m, inputs);
        Tensor loss = Tensor.zeros(new int[0], DType.FLOAT64);
        for (int i = 0; i < outs.size(); i++) {
            assertClose(TORCH.tensor(name + "/out" + i), outs.get(i), name + " output " + i);
            loss = loss.add(weightedSum(outs.get(i)));
        }
        assertFalse(TORCH.has(name + "/out" + outs.size()), name + ": PyTorch has more outputs");
        loss.backward();
        m.namedParameters().forEach((key, p) -> {
            assertNotNull(p.grad(), name + " grad of " + key);
            assertClose(TORCH.tensor(name + "/grad/" + key), p.grad(), name + " grad " + key);
        });
        for (int i = 0; i < inputs.size(); i++) {
            if (TORCH.has(name + "/grad/in" + i)) {
                assertClose(TORCH.tensor(name + "/grad/in" + i), inputs.get(i).grad(), name + " grad input " + i);
            }
        }
        m.namedBuffers().forEach((key, b) -> assertClose(TORCH.tensor(name + "/after/" + key), b, name + " " + key));
    }

    /** Builds from the case's seed, checks the float32 state bit for bit and the repr, and converts to float64. */
    private static <M extends Module> M buildAndCheckInit(String name, Supplier<M> build) {
        Tensor.manualSeed(TORCH.tensor(name + "/seed").itemLong());
        M m = build.get();
        Map<String, Tensor> state = m.stateDict();
        assertEquals(TORCH.keysUnder(name + "/init/"), new java.util.TreeSet<>(state.keySet()), "state dict keys");
        state.forEach((key, t) -> assertArrayEquals(TORCH.tensor(name + "/init/" + key).toDoubleArray(),
                t.toDoubleArray(), name + " init " + key));
        assertEquals(TORCH.string(name + "/repr"), m.toString());
        m.to(DType.FLOAT64);
        return m;
    }

    /** The case's inputs; floating ones require grad. */
    private static List<Tensor> inputs(String name) {
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; TORCH.has(name + "/in" + i); i++) {
            Tensor x = TORCH.tensor(name + "/in" + i);
            inputs.add(x.dtype() == DType.FLOAT64 ? x.requiresGrad(true) : x);
        }
        return inputs;
    }

    /** modules.py's weighted_sum: a 0-d output itself, else {@code (out * linspace(0.5, 1.5, numel)).sum()}. */
    private static Tensor weightedSum(Tensor out) {
        if (out.dim() == 0) {
            return out;
        }
        return out.mul(Tensor.linspace(0.5, 1.5, out.numel(), DType.FLOAT64).reshape(out.shape())).sum();
    }

    static void assertClose(Tensor expected, Tensor actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + " shape");
        double[] e = expected.toDoubleArray();
        double[] a = actual.toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], 1e-10 + 1e-10 * Math.abs(e[i]), what + " element " + i);
        }
    }
}
