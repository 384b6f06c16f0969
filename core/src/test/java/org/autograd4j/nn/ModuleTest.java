package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/** Module's bookkeeping, repr, state dict and hooks, against PyTorch's (values in modules.txt). */
class ModuleTest {
    private static final TorchValues TORCH = ModuleParityTest.TORCH;

    /** A user model in the documented registration style. */
    static final class Net extends Module {
        final Linear fc1;
        final Linear fc2;

        Net() {
            fc1 = register("fc1", new Linear(4, 3));
            fc2 = register("fc2", new Linear(3, 2));
            registerBuffer("steps", Tensor.zeros(1), true);
            registerBuffer("scratch", Tensor.zeros(2), false);
        }

        @Override
        public Tensor forward(Tensor x) {
            return fc2.call(F.relu(fc1.call(x)));
        }
    }

    @Test
    void reprsEqualPyTorchs() {
        Map<String, Module> reprs = new LinkedHashMap<>();
        reprs.put("mlp", new Sequential(new Linear(784, 128), new ReLU(), new Linear(128, 10)));
        reprs.put("cnn", new Sequential(new Conv2d(1, 32, 3), new ReLU(), new MaxPool2d(2), new Flatten(),
                new Dropout(0.25), new Linear(5408, 10)));
        reprs.put("nested", new Sequential(new Sequential(new Linear(2, 2), new Tanh()),
                new ModuleList(new Sigmoid(), new SiLU())));
        Map<String, Module> dict = new LinkedHashMap<>();
        dict.put("act", new ReLU(true));
        dict.put("fc", new Linear(3, 1, false));
        reprs.put("module_dict", new ModuleDict(dict));
        reprs.put("conv1d", new Conv1d(2, 4, 3, 2, 1));
        reprs.put("conv_same", new Conv2d(2, 2, new int[] {3}, new int[] {1}, "same", new int[] {1}, 1, false,
                "reflect"));
        reprs.put("conv_t", new ConvTranspose2d(2, 4, 3, 2, 1, 1, 2, true, 2));
        reprs.put("pools", new Sequential(new MaxPool2d(new int[] {2, 3}, new int[] {1, 2}, new int[] {0},
                new int[] {1}, false), new AvgPool2d(2), new AdaptiveAvgPool2d(1), new AdaptiveAvgPool2d(5, 7)));
        reprs.put("acts", new Sequential(new GELU(), new GELU("tanh"), new LeakyReLU(), new LeakyReLU(0.2, true),
                new ELU(), new ELU(0.5, true), new Softmax(1), new LogSoftmax(1), new SiLU(true), new Identity(),
                new Unflatten(1, 2, 5), new Flatten(0, 2)));
        reprs.put("losses", new ModuleList(new CrossEntropyLoss(), new MSELoss(), new NLLLoss(), new L1Loss(),
                new SmoothL1Loss(), new HuberLoss(), new BCELoss(), new BCEWithLogitsLoss(), new KLDivLoss()));
        reprs.put("dropout", new Dropout(0.1, true));
        reprs.put("norms", new Sequential(new BatchNorm1d(3, 1e-5, null, false, true), new BatchNorm2d(4, 0.001, 0.1,
                true, true), new LayerNorm(new int[] {10}, 1e-5, false), new GroupNorm(2, 4, 1e-5, false)));
        reprs.put("embeddings", new ModuleList(new Embedding(5, 2, -1, 1.5, 1.0, true), new Bilinear(2, 3, 4, false)));
        reprs.put("vision", new Sequential(new Upsample(2.0, "nearest"), new Upsample(new int[] {3, 4}, null, "bilinear",
                true, null), new Upsample(new int[] {3}, "nearest"), new Upsample(null, new double[] {2.0, 1.5},
                "bicubic", null, null), new UpsamplingNearest2d(2.0), new UpsamplingBilinear2d(new int[] {2, 3}, null),
                new PixelShuffle(2), new PixelUnshuffle(3), new ChannelShuffle(2), new Fold(new int[] {4, 5}, 2),
                new Unfold(new int[] {2, 3}, new int[] {2}, new int[] {1}, new int[] {1, 2})));
        reprs.put("vision_pools", new Sequential(new AdaptiveMaxPool1d(3), new AdaptiveMaxPool2d(2, 3),
                new AdaptiveMaxPool2d(3), new MaxUnpool1d(2), new MaxUnpool2d(2, 1, 1),
                new MaxUnpool2d(new int[] {2, 3}, null, new int[] {0}), new LPPool1d(2.0, 3),
                new LPPool2d(1.5, new int[] {2, 3}, new int[] {1}, true), new LocalResponseNorm(3),
                new LocalResponseNorm(2, 0.5, 0.6, 2.0)));
        reprs.put("vision_pads", new Sequential(new ReflectionPad1d(2), new ReflectionPad2d(1, 2, 3, 4),
                new ReplicationPad1d(1, 2), new ReplicationPad2d(1), new ZeroPad2d(2), new ConstantPad1d(2, 3.5),
                new ConstantPad2d(new int[] {1, 2, 3, 4}, 0.0), new ConstantPad3d(1, -1.0)));
        reprs.put("vision_bags", new ModuleList(new EmbeddingBag(10, 3), new EmbeddingBag(10, 3, 1.0, 1.0, true, "sum",
                false, true, 2), new CTCLoss(), new CTCLoss(2, "sum", true)));
        reprs.forEach((key, m) -> assertEquals(TORCH.string("repr/" + key), m.toString(), key));
    }

    @Test
    void defaultInitIsPyTorchsBitForBit() {
        Tensor.manualSeed(0);
        Linear big = new Linear(784, 128);
        assertArrayEquals(TORCH.tensor("init/linear784/weight_head").toFloatArray(),
                big.weight().reshape(-1).slice(0, 0, 8).toFloatArray());
        assertEquals(TORCH.hash("init/linear784/weight"), TorchValues.bitsHash(big.weight()));
        assertEquals(TORCH.hash("init/linear784/bias"), TorchValues.bitsHash(big.bias()));
        Tensor.manualSeed(0);
        Conv2d conv = new Conv2d(3, 16, 5);
        assertEquals(TORCH.hash("init/conv2d/weight"), TorchValues.bitsHash(conv.weight()));
        assertEquals(TORCH.hash("init/conv2d/bias"), TorchValues.bitsHash(conv.bias()));
        Tensor.manualSeed(0);
        assertEquals(TORCH.hash("init/embedding/weight"), TorchValues.bitsHash(new Embedding(1000, 64).weight()));
        Tensor.manualSeed(0);
        Sequential seq = new Sequential(new Conv2d(1, 8, 3), new ReLU(), new Flatten(), new Linear(8 * 26 * 26, 32),
                new Linear(32, 10));
        seq.stateDict().forEach((key, t) -> assertEquals(TORCH.hash("init/sequential/" + key),
                TorchValues.bitsHash(t), key));
    }

    @Test
    void namesFollowPyTorchsDottedKeys() {
        Net net = new Net();
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"),
                new ArrayList<>(net.namedParameters().keySet()));
        assertEquals(List.of("steps", "scratch"), new ArrayList<>(net.namedBuffers().keySet()));
        assertEquals(List.of("steps", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"),
                new ArrayList<>(net.stateDict().keySet()), "own state first, then the children's, as PyTorch");
        assertEquals(List.of("", "fc1", "fc2"), new ArrayList<>(net.namedModules().keySet()));
        assertEquals(List.of(net.fc1, net.fc2), net.children());
        assertEquals(4, net.parameters().size());
        Sequential seq = new Sequential(new Linear(4, 3), new ReLU(), new Linear(3, 2));
        assertEquals(TORCH.string("state/mlp/keys"), String.join(" ", seq.stateDict().keySet()));
    }

    @Test
    void sharedModulesAndParametersAreListedOnce() {
        Linear shared = new Linear(2, 2);
        Sequential seq = new Sequential(shared, new ReLU(), shared);
        assertEquals(List.of("0.weight", "0.bias"), new ArrayList<>(seq.namedParameters().keySet()));
        assertEquals(List.of("", "0", "1"), new ArrayList<>(seq.namedModules().keySet()));
        assertEquals(List.of("0.weight", "0.bias", "2.weight", "2.bias"), new ArrayList<>(seq.stateDict().keySet()),
                "state_dict lists a shared module under each name, as PyTorch's");
        seq.to(DType.FLOAT64);
        assertSame(seq.get(0).parameter("weight"), seq.get(2).parameter("weight"), "to() keeps the tie");
        seq.loadStateDict(seq.stateDict());
    }

    @Test
    void stateDictSharesStorageAndRoundTrips() {
        Tensor.manualSeed(1);
        Net a = new Net();
        Tensor.manualSeed(2);
        Net b = new Net();
        Tensor x = Tensor.randn(5, 4);
        assertFalse(a.call(x).equals(b.call(x)));
        IncompatibleKeys result = b.loadStateDict(a.stateDict());
        assertEquals(List.of(), result.missingKeys());
        assertEquals(List.of(), result.unexpectedKeys());
        assertArrayEquals(a.call(x).toFloatArray(), b.call(x).toFloatArray());
        Tensor w = a.stateDict().get("fc1.weight");
        assertFalse(w.requiresGrad());
        w.fill_(3);
        assertEquals(3.0, a.fc1.weight().get(0, 0).item());
    }

    @Test
    void loadStateDictReportsLikePyTorchAndChangesNothing() {
        Sequential mlp = new Sequential(new Linear(4, 3), new ReLU(), new Linear(3, 2));
        Map<String, Tensor> sd = new LinkedHashMap<>(mlp.stateDict());
        sd.remove("2.bias");
        sd.put("2.extra", Tensor.zeros(1));
        sd.put("foo", Tensor.zeros(1));
        sd.put("0.weight", Tensor.zeros(2, 4));
        sd.put("0.bias", Tensor.zeros(3));
        float[] before = mlp.get(0).parameter("bias").toFloatArray();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mlp.loadStateDict(sd));
        assertEquals(TORCH.string("state/mlp/error"),
                e.getMessage());
        assertArrayEquals(before, mlp.get(0).parameter("bias").toFloatArray(), "nothing was loaded");
    }

    // sd = model.state_dict(); sd["bias"] = None; model.load_state_dict(sd)
    @Test
    void aNullValueIsAnErrorNotACrash() {
        Linear fc = new Linear(2, 1);
        Map<String, Tensor> sd = new LinkedHashMap<>(fc.stateDict());
        sd.put("bias", null);
        assertEquals("Error(s) in loading state_dict for Linear:\n\tWhile copying the parameter named \"bias\", "
                + "expected torch.Tensor or Tensor-like object from checkpoint but received <class 'NoneType'>",
                assertThrows(IllegalArgumentException.class, () -> fc.loadStateDict(sd)).getMessage());
    }

    @Test
    void nonStrictLoadReturnsTheIncompatibleKeys() {
        Sequential mlp = new Sequential(new Linear(4, 3), new ReLU(), new Linear(3, 2));
        Map<String, Tensor> sd = new LinkedHashMap<>(new Sequential(new Linear(4, 3), new ReLU(), new Linear(3, 2))
                .stateDict());
        sd.put("foo", Tensor.zeros(1));
        sd.remove("2.bias");
        IncompatibleKeys keys = mlp.loadStateDict(sd, false);
        String[] expected = TORCH.string("state/mlp/nonstrict").split("\\|");
        assertEquals(List.of(expected[0]), keys.missingKeys());
        assertEquals(List.of(expected[1]), keys.unexpectedKeys());
        assertArrayEquals(sd.get("0.weight").toFloatArray(), mlp.get(0).parameter("weight").toFloatArray());
    }

    @Test
    void trainEvalZeroGradAndFreeze() {
        Net net = new Net();
        assertTrue(net.isTraining());
        net.eval();
        assertFalse(net.isTraining());
        assertFalse(net.fc1.isTraining());
        net.train();
        assertTrue(net.fc2.isTraining());
        net.call(Tensor.randn(2, 4)).sum().backward();
        assertTrue(net.parameters().stream().allMatch(p -> p.grad() != null));
        net.zeroGrad();
        assertTrue(net.parameters().stream().allMatch(p -> p.grad() == null));
        net.requiresGrad(false);
        assertFalse(net.call(Tensor.randn(2, 4)).requiresGrad());
    }

    @Test
    void toConvertsFloatingParametersAndBuffers() {
        BatchNormLikeNet net = new BatchNormLikeNet();
        net.to(DType.FLOAT64);
        assertEquals(DType.FLOAT64, net.parameter("w").dtype());
        assertTrue(net.parameter("w").requiresGrad());
        assertTrue(net.parameter("w").isLeaf());
        assertEquals(DType.FLOAT64, net.buffer("mean").dtype());
        assertEquals(DType.INT64, net.buffer("count").dtype());
    }

    static final class BatchNormLikeNet extends Module {
        BatchNormLikeNet() {
            registerParameter("w", Tensor.ones(2));
            registerBuffer("mean", Tensor.zeros(2), true);
            registerBuffer("count", Tensor.scalar(0L), true);
        }
    }

    @Test
    void applyVisitsChildrenFirst() {
        Net net = new Net();
        List<String> seen = new ArrayList<>();
        net.apply(m -> seen.add(m.name()));
        assertEquals(List.of("Linear", "Linear", "Net"), seen);
    }

    @Test
    void hooksRunAroundForwardAndCanBeRemoved() {
        Linear fc = new Linear(3, 2);
        List<String> log = new ArrayList<>();
        HookHandle pre = fc.registerForwardPreHook((m, in) -> {
            log.add("pre " + in.length);
            return new Tensor[] {in[0].mul(0)};
        });
        HookHandle post = fc.registerForwardHook((m, in, out) -> {
            log.add("post");
            return ((Tensor) out).add(1);
        });
        Tensor y = fc.call(Tensor.randn(4, 3));
        assertEquals(List.of("pre 1", "post"), log);
        Tensor expected = fc.bias().detach().add(1).expand(4, 2);
        assertArrayEquals(expected.contiguous().toFloatArray(), y.toFloatArray(), 1e-6f);
        pre.remove();
        post.remove();
        Tensor x = Tensor.randn(4, 3);
        assertArrayEquals(fc.forward(x).toFloatArray(), fc.call(x).toFloatArray());
        assertEquals(2, log.size());
    }

    // e = nn.Embedding.from_pretrained(torch.tensor([[1., 2.], [3., 4.]])); e(torch.tensor([1, 0, 1]))
    @Test
    void embeddingFromPretrainedIsFrozenAndDrawsNothing() {
        Tensor.manualSeed(4);
        double next = Tensor.rand(1).item();
        Tensor.manualSeed(4);
        Embedding e = Embedding.fromPretrained(Tensor.of(new float[][] {{1, 2}, {3, 4}}));
        assertEquals(next, Tensor.rand(1).item());
        assertArrayEquals(new float[] {3, 4, 1, 2, 3, 4}, e.call(Tensor.of(1L, 0L, 1L)).toFloatArray());
        assertFalse(e.weight().requiresGrad());
        assertEquals("Embedding(2, 2)", e.toString());
        assertTrue(Embedding.fromPretrained(Tensor.ones(3, 2), false, 0).weight().requiresGrad());
    }

    // e = nn.EmbeddingBag.from_pretrained(torch.tensor([[1., 2.], [3., 4.], [5., 6.]]), mode="sum", padding_idx=2)
    // e(torch.tensor([[1, 0, 2], [2, 1, 1]]))
    @Test
    void embeddingBagFromPretrainedSharesTheTableAndDrawsNothing() {
        Tensor.manualSeed(4);
        double next = Tensor.rand(1).item();
        Tensor.manualSeed(4);
        Tensor table = Tensor.of(new float[][] {{1, 2}, {3, 4}, {5, 6}});
        EmbeddingBag e = EmbeddingBag.fromPretrained(table, true, null, 2.0, false, "sum", false, false, 2);
        assertEquals(next, Tensor.rand(1).item());
        assertArrayEquals(new float[] {4, 6, 6, 8}, e.call(Tensor.of(new long[] {1, 0, 2, 2, 1, 1}, 2, 3))
                .toFloatArray());
        assertFalse(e.weight().requiresGrad());
        assertEquals("EmbeddingBag(3, 2, mode=sum, padding_idx=2)", e.toString());
        table.select(0, 0).fill_(7);
        assertEquals(7f, e.weight().toFloatArray()[0], "the weight shares the table's storage");
    }

    // nn.ModuleList()(x)
    @Test
    void aModuleWithoutForwardSaysSo() {
        assertEquals("Module [ModuleList] is missing the required \"forward\" function",
                assertThrows(UnsupportedOperationException.class, () -> new ModuleList().call(Tensor.zeros(1)))
                        .getMessage());
    }

    @Test
    void containers() {
        ReLU relu = new ReLU();
        Sequential seq = new Sequential(new Linear(2, 2), relu);
        assertSame(relu, seq.get(-1));
        assertEquals(2, seq.size());
        ModuleList list = new ModuleList().append(relu).append(new Tanh());
        assertEquals(List.of("0", "1"), new ArrayList<>(list.namedChildren().keySet()));
        List<Module> iterated = new ArrayList<>();
        list.forEach(iterated::add);
        assertEquals(list.children(), iterated);
        ModuleDict dict = new ModuleDict().put("act", relu);
        assertSame(relu, dict.get("act"));
        assertNull(new Linear(2, 2, false).bias());
        assertEquals("Linear(in_features=1, out_features=1, bias=True)", new Linear(1, 1) { }.toString());
    }
}
