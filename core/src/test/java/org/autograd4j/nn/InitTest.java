package org.autograd4j.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.autograd4j.Tensor;
import org.autograd4j.nn.init.Init;
import org.junit.jupiter.api.Test;

/** {@code nn.init} against PyTorch 1.13 (modules.txt): the same draws from the same seed. */
class InitTest {
    private static final TorchValues TORCH = ModuleParityTest.TORCH;

    private static final Map<String, UnaryOperator<Tensor>> EXACT = new LinkedHashMap<>();
    private static final Map<String, UnaryOperator<Tensor>> CLOSE = new LinkedHashMap<>();

    static {
        EXACT.put("uniform", t -> Init.uniform_(t, -0.5, 2.0));
        EXACT.put("normal", t -> Init.normal_(t, 0.3, 2.0));
        EXACT.put("normal_small", Init::normal_);
        EXACT.put("constant", t -> Init.constant_(t, 0.7));
        EXACT.put("eye", Init::eye_);
        EXACT.put("xavier_uniform", t -> Init.xavierUniform_(t, 1.5));
        EXACT.put("xavier_normal", Init::xavierNormal_);
        EXACT.put("kaiming_uniform", t -> Init.kaimingUniform_(t, 0.1, "fan_out", "relu"));
        EXACT.put("kaiming_normal", t -> Init.kaimingNormal_(t, 0, "fan_in", "tanh"));
        // erfinv and the QR decomposition may differ from PyTorch's in the last bits.
        CLOSE.put("trunc_normal", t -> Init.truncNormal_(t, 0.5, 1.5, -1.0, 2.0));
        CLOSE.put("orthogonal_tall", t -> Init.orthogonal_(t, 2.0));
        CLOSE.put("orthogonal_wide", Init::orthogonal_);
    }

    private static Tensor initialised(String key, UnaryOperator<Tensor> init) {
        Tensor.manualSeed(5);
        Tensor t = Tensor.empty(TORCH.tensor("nninit/" + key).shape());
        assertSame(t, init.apply(t), "returns its argument");
        return t;
    }

    @Test
    void drawsEqualPyTorchsBitForBit() {
        EXACT.forEach((key, init) -> assertArrayEquals(TORCH.tensor("nninit/" + key).toFloatArray(),
                initialised(key, init).toFloatArray(), key));
    }

    @Test
    void truncNormalAndOrthogonalAgreeToRounding() {
        CLOSE.forEach((key, init) -> assertArrayEquals(TORCH.tensor("nninit/" + key).toFloatArray(),
                initialised(key, init).toFloatArray(), 2e-6f, key));
    }

    @Test
    void gains() {
        assertEquals(TORCH.tensor("gain/tanh").item(), Init.calculateGain("tanh"));
        assertEquals(TORCH.tensor("gain/relu").item(), Init.calculateGain("relu"));
        assertEquals(TORCH.tensor("gain/leaky_relu").item(), Init.calculateGain("leaky_relu"));
        assertEquals(TORCH.tensor("gain/leaky_relu_0.2").item(), Init.calculateGain("leaky_relu", 0.2));
        assertEquals(TORCH.tensor("gain/selu").item(), Init.calculateGain("selu"));
        assertEquals(TORCH.tensor("gain/conv2d").item(), Init.calculateGain("conv2d"));
        assertEquals(TORCH.tensor("gain/sigmoid").item(), Init.calculateGain("sigmoid"));
        assertEquals("Unsupported nonlinearity softmax", assertThrows(IllegalArgumentException.class,
                () -> Init.calculateGain("softmax")).getMessage());
    }

    @Test
    void initialisesParametersOutsideTheGraph() {
        Tensor p = Tensor.zeros(3, 4).requiresGrad(true);
        Init.kaimingUniform_(p);
        Init.ones_(p);
        assertNull(p.grad());
        assertNull(p.gradFn());
        assertEquals(12.0, p.sum().item());
    }

    @Test
    void errors() {
        assertEquals("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions",
                assertThrows(IllegalArgumentException.class, () -> Init.xavierUniform_(Tensor.zeros(3))).getMessage());
        assertEquals("Mode fan_avg not supported, please use one of fan_in, fan_out",
                assertThrows(IllegalArgumentException.class,
                        () -> Init.kaimingNormal_(Tensor.zeros(2, 2), 0, "fan_avg", "relu")).getMessage());
        assertEquals("Only tensors with 2 dimensions are supported",
                assertThrows(IllegalArgumentException.class, () -> Init.eye_(Tensor.zeros(2, 2, 2))).getMessage());
        assertEquals("Only tensors with 2 or more dimensions are supported",
                assertThrows(IllegalArgumentException.class, () -> Init.orthogonal_(Tensor.zeros(2))).getMessage());
    }
}
