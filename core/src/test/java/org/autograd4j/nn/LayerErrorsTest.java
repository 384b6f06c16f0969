package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The layers' argument and input checks, with PyTorch 1.13's messages (printed by the snippet above each). */
class LayerErrorsTest {
    private static void assertMessage(String message, Executable call) {
        assertEquals(message, assertThrows(RuntimeException.class, call).getMessage());
    }

    // nn.Conv2d(3, 4, 3, groups=2); nn.Conv2d(4, 3, 3, groups=2); nn.Conv2d(2, 2, 3, groups=0)
    // nn.Conv2d(2, 2, 3, padding="foo"); nn.Conv2d(2, 2, 3, stride=2, padding="same")
    // nn.Conv2d(2, 2, 3, padding_mode="foo") (PyTorch prints a set, in hash order)
    @Test
    void convolution() {
        assertMessage("in_channels must be divisible by groups", () -> new Conv2d(3, 4, 3, 1, 0, 1, 2, true));
        assertMessage("out_channels must be divisible by groups", () -> new Conv2d(4, 3, 3, 1, 0, 1, 2, true));
        assertMessage("groups must be a positive integer", () -> new Conv2d(2, 2, 3, 1, 0, 1, 0, true));
        assertMessage("Invalid padding string 'foo', should be one of {'valid', 'same'}",
                () -> new Conv2d(2, 2, new int[] {3}, new int[] {1}, "foo", new int[] {1}, 1, true, "zeros"));
        assertMessage("padding='same' is not supported for strided convolutions",
                () -> new Conv2d(2, 2, new int[] {3}, new int[] {2}, "same", new int[] {1}, 1, true, "zeros"));
        assertMessage("padding_mode must be one of {'reflect', 'replicate', 'zeros', 'circular'}, but got "
                + "padding_mode='foo'", () -> new Conv2d(2, 2, new int[] {3}, new int[] {1}, new int[] {0},
                new int[] {1}, 1, true, "foo"));
    }

    // nn.Dropout(1.5); nn.LSTM(2, 2, dropout=1.5); nn.GELU("foo")(x); nn.GroupNorm(4, 6);
    // nn.Embedding(5, 2, padding_idx=5); nn.MultiheadAttention(6, 4); nn.TransformerEncoderLayer(4, 2, activation="tanh")
    @Test
    void hyperParameters() {
        assertMessage("dropout probability has to be between 0 and 1, but got 1.5", () -> new Dropout(1.5));
        assertMessage("dropout should be a number in range [0, 1] representing the probability of an element being "
                + "zeroed", () -> new LSTM(2, 2, 1, true, false, 1.5, false));
        assertMessage("approximate argument must be either none or tanh.", () -> new GELU("foo"));
        assertMessage("num_channels must be divisible by num_groups", () -> new GroupNorm(4, 6));
        assertMessage("Padding_idx must be within num_embeddings", () -> new Embedding(5, 2, 5));
        assertMessage("embed_dim must be divisible by num_heads", () -> new MultiheadAttention(6, 4));
        assertMessage("activation should be relu/gelu, not tanh",
                () -> new TransformerEncoderLayer(4, 2, 8, 0.1, "tanh", 1e-5, false, false));
    }

    // nn.BatchNorm2d(3)(torch.randn(2, 3, 4)); nn.BatchNorm1d(3)(torch.randn(2, 3, 4, 5));
    // nn.Linear(3, 2)(torch.randn(4, 5)); nn.Linear(2, 2).to(torch.int64); nn.Sequential(nn.ReLU())[3]
    @Test
    void inputs() {
        assertMessage("expected 4D input (got 3D input)", () -> new BatchNorm2d(3).call(Tensor.randn(2, 3, 4)));
        assertMessage("expected 2D or 3D input (got 4D input)",
                () -> new BatchNorm1d(3).call(Tensor.randn(2, 3, 4, 5)));
        assertMessage("mat1 and mat2 shapes cannot be multiplied (4x5 and 3x2)",
                () -> new Linear(3, 2).call(Tensor.randn(4, 5)));
        assertMessage("nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=torch.int64",
                () -> new Linear(2, 2).to(DType.INT64));
        assertMessage("index 3 is out of range", () -> new Sequential(new ReLU()).get(3));
    }

    // m.add_module("a", ...); m.register_parameter("a", None); m.add_module("a.b", ...); m.register_buffer("", None)
    @Test
    void registration() {
        assertMessage("attribute 'a' already exists", () -> new Module() {
            {
                register("a", new ReLU());
                registerParameter("a", null);
            }
        });
        assertMessage("module name can't contain \".\", got: a.b", () -> new Module() {
            {
                register("a.b", new ReLU());
            }
        });
        assertMessage("buffer name can't be empty string \"\"", () -> new Module() {
            {
                registerBuffer("", null, true);
            }
        });
    }

    // nn.EmbeddingBag(5, 2, padding_idx=5); nn.EmbeddingBag.from_pretrained(torch.zeros(3));
    // nn.EmbeddingBag(5, 2, mode="max", scale_grad_by_freq=True)(x); nn.EmbeddingBag(5, 2, mode="prod")(x)
    @Test
    void visionLayers() {
        Tensor bags = Tensor.of(new long[] {1, 2}, 1, 2);
        assertMessage("padding_idx must be within num_embeddings", () -> new EmbeddingBag(5, 2, null, 2.0, false, "mean",
                false, false, 5));
        assertMessage("Embeddings parameter is expected to be 2-dimensional",
                () -> EmbeddingBag.fromPretrained(Tensor.zeros(3), true, "mean"));
        assertMessage("max mode does not support scaling the gradient by the frequency",
                () -> new EmbeddingBag(5, 2, null, 2.0, true, "max", false, false, null).call(bags));
        assertMessage("mode has to be one of sum, mean or max", () -> new EmbeddingBag(5, 2, "prod").call(bags));
        assertMessage("padding must be an int or a tuple of 4 ints, but got 3 ints", () -> new ZeroPad2d(1, 2, 3));
        assertMessage("CTCLoss takes four inputs: run(logProbs, targets, inputLengths, targetLengths)",
                () -> new CTCLoss().call(Tensor.zeros(3, 1, 2), bags));
    }
}
