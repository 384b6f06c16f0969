package org.autograd4j.nn;

import static org.autograd4j.nn.ModuleParityTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.nn.utils.ClipGrad;
import org.autograd4j.nn.utils.ParameterVector;
import org.junit.jupiter.api.Test;

/** {@code nn.utils} against PyTorch 1.13 (modules.txt). */
class UtilsTest {
    private static final TorchValues TORCH = ModuleParityTest.TORCH;

    /** Two float64 parameters holding PyTorch's gradients. */
    private static List<Tensor> parametersWithGrads() {
        List<Tensor> params = List.of(Tensor.zeros(new int[] {2, 3}, DType.FLOAT64).requiresGrad(true),
                Tensor.zeros(new int[] {4}, DType.FLOAT64).requiresGrad(true));
        params.get(0).setGrad(TORCH.tensor("clip/grad0").clone());
        params.get(1).setGrad(TORCH.tensor("clip/grad1").clone());
        return params;
    }

    private static Tensor joinedGrads(List<Tensor> params) {
        return ParameterVector.gradientsToVector(params);
    }

    @Test
    void clipGradNormMatchesPyTorch() {
        String[] labels = {"l2", "inf", "l1", "big"};
        double[] maxNorms = {0.5, 0.3, 1.0, 100.0};
        double[] normTypes = {2.0, Double.POSITIVE_INFINITY, 1.0, 2.0};
        for (int i = 0; i < labels.length; i++) {
            List<Tensor> params = parametersWithGrads();
            Tensor total = ClipGrad.clipGradNorm_(params, maxNorms[i], normTypes[i], false);
            assertClose(TORCH.tensor("clip/" + labels[i] + "/total"), total, labels[i] + " total");
            assertClose(TORCH.tensor("clip/" + labels[i] + "/grads"), joinedGrads(params), labels[i] + " grads");
        }
    }

    @Test
    void clipGradValueMatchesPyTorch() {
        List<Tensor> params = parametersWithGrads();
        ClipGrad.clipGradValue_(params, 0.4);
        assertClose(TORCH.tensor("clip/value/grads"), joinedGrads(params), "clamped");
    }

    @Test
    void nonFiniteNormIsAnErrorWhenAsked() {
        Tensor p = Tensor.zeros(2).requiresGrad(true);
        p.setGrad(Tensor.of(1f, Float.NaN));
        assertThrows(IllegalStateException.class, () -> ClipGrad.clipGradNorm_(List.of(p), 1.0, 2.0, true));
        assertEquals(0.0, ClipGrad.clipGradNorm_(List.of(Tensor.zeros(2).requiresGrad(true)), 1.0).item());
    }

    @Test
    void vectorsRoundTrip() {
        Linear a = new Linear(3, 2);
        Linear b = new Linear(3, 2);
        Tensor v = ParameterVector.parametersToVector(a.parameters());
        assertEquals(8, v.numel());
        assertEquals("CatBackward0", v.gradFn().name());
        ParameterVector.vectorToParameters(v.detach(), b.parameters());
        assertArrayEquals(a.weight().toFloatArray(), b.weight().toFloatArray());
        assertArrayEquals(a.bias().toFloatArray(), b.bias().toFloatArray());
        assertNull(b.weight().gradFn());

        ParameterVector.vectorToGradients(Tensor.arange(8).toFloat(), b.parameters());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5}, b.weight().grad().toFloatArray());
        assertArrayEquals(new float[] {6, 7}, b.bias().grad().toFloatArray());
        assertArrayEquals(Tensor.arange(8).toFloat().toFloatArray(),
                ParameterVector.gradientsToVector(b.parameters()).toFloatArray());
        assertEquals("expected a 1-D vector of 8 elements for the parameters, got shape [7]",
                assertThrows(IllegalArgumentException.class,
                        () -> ParameterVector.vectorToParameters(Tensor.zeros(7), b.parameters())).getMessage());
    }
}
