package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;

/** MultiheadAttention and the transformer encoder against PyTorch 1.13 (modules.txt), in training mode. */
class AttentionParityTest {

    private static List<Tensor> both(AttentionOutput out) {
        return List.of(out.output(), out.weights());
    }

    @Test
    void multiheadAttention() {
        ModuleParityTest.check("mha_self", () -> new MultiheadAttention(8, 2),
                (m, in) -> both(m.run(in.get(0), in.get(0), in.get(0))));
        ModuleParityTest.check("mha_cross_masked", () -> new MultiheadAttention(6, 3, 0.0, true, true),
                (m, in) -> both(m.run(in.get(0), in.get(1), in.get(2), in.get(3), true, in.get(4))));
        ModuleParityTest.check("mha_causal_nobias", () -> new MultiheadAttention(8, 4, 0.0, false, false),
                (m, in) -> List.of(m.run(in.get(0), in.get(0), in.get(0), null, false, in.get(1)).output()));
        ModuleParityTest.check("mha_kdim_vdim", () -> new MultiheadAttention(6, 2, 0.0, true, 4, 5, false),
                (m, in) -> both(m.run(in.get(0), in.get(1), in.get(2))));
        ModuleParityTest.check("mha_unbatched", () -> new MultiheadAttention(4, 2),
                (m, in) -> both(m.run(in.get(0), in.get(1), in.get(1))));
    }

    @Test
    void transformerEncoder() {
        ModuleParityTest.check("encoder_layer",
                () -> new TransformerEncoderLayer(8, 2, 16, 0.0, "relu", 1e-5, false, false),
                (m, in) -> List.of(m.call(in.get(0))));
        ModuleParityTest.check("encoder_layer_norm_first",
                () -> new TransformerEncoderLayer(8, 2, 12, 0.0, "gelu", 1e-6, true, true),
                (m, in) -> List.of(m.run(in.get(0), null, in.get(1))));
        ModuleParityTest.check("encoder",
                () -> new TransformerEncoder(new TransformerEncoderLayer(8, 2, 16, 0.0, "relu", 1e-5, false, false), 2,
                        new LayerNorm(8)),
                (m, in) -> List.of(m.run(in.get(0), in.get(1), null)));
    }

    @Test
    void encoderLayersStartAsCopiesAndDrawNothingMore() {
        Tensor.manualSeed(3);
        TransformerEncoderLayer layer = new TransformerEncoderLayer(8, 2, 16, 0.0, "relu", 1e-5, false, false);
        double next = Tensor.rand(1).item();
        Tensor.manualSeed(3);
        TransformerEncoder encoder = new TransformerEncoder(
                new TransformerEncoderLayer(8, 2, 16, 0.0, "relu", 1e-5, false, false), 2);
        assertEquals(next, Tensor.rand(1).item(), "the copies drew nothing from the generator");
        encoder.stateDict().forEach((key, t) -> assertArrayEquals(
                layer.stateDict().get(key.substring("layers.0.".length())).toFloatArray(), t.toFloatArray(), key));
    }

    @Test
    void selfAttentionCallGivesTheOutputOnly() {
        MultiheadAttention mha = new MultiheadAttention(4, 2);
        Tensor x = Tensor.randn(3, 2, 4);
        assertArrayEquals(mha.run(x, x, x).output().toFloatArray(), mha.call(x).toFloatArray(), 1e-6f);
        assertNull(mha.run(x, x, x, null, false, null).weights());
    }

    @Test
    void errors() {
        assertEquals("embed_dim must be divisible by num_heads",
                assertThrows(IllegalArgumentException.class, () -> new MultiheadAttention(6, 4)).getMessage());
        MultiheadAttention mha = new MultiheadAttention(4, 2);
        Tensor x = Tensor.randn(3, 2, 4);
        assertEquals("The shape of the 2D attn_mask is torch.Size([3, 4]), but should be (3, 3).",
                assertThrows(IllegalArgumentException.class, () -> mha.run(x, x, x, null, true, Tensor.zeros(3, 4)))
                        .getMessage());
        assertEquals("expecting key_padding_mask shape of (2, 3), but got torch.Size([3, 2])",
                assertThrows(IllegalArgumentException.class, () -> mha.run(x, x, x, Tensor.zeros(3, 2), true, null))
                        .getMessage());
    }
}
