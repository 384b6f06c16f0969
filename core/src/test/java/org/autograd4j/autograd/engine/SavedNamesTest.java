package org.autograd4j.autograd.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.autograd4j.Autograd;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.Node;
import org.autograd4j.linalg.Linalg;
import org.autograd4j.nn.F;
import org.junit.jupiter.api.Test;

/**
 * Every tensor a node saves has PyTorch 1.13's name for it ({@code grad_fn._saved_<name>}): for each
 * row, every saved tensor of the node is named, the name is one PyTorch's node has (PyTorch saves some
 * tensors autograd4j recomputes, such as {@code LU} and {@code pivots}), and {@code saved(name)}
 * returns it. PyTorch's names come from {@code saved_names.py} (its output {@code saved_names.txt}
 * is beside it in the test resources).
 */
class SavedNamesTest {
    private static final Map<String, Set<String>> TORCH = load();
    private static final Generator GEN = new Generator(3);

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> names = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SavedNamesTest.class.getResourceAsStream("saved_names.txt"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> parts = Arrays.asList(line.trim().split(" "));
                names.put(parts.get(0), new HashSet<>(parts.subList(1, parts.size())));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static Tensor r(int... shape) {
        return Tensor.randn(shape, DType.FLOAT64, GEN).requiresGrad(true);
    }

    /** A symmetric positive definite 3x3 matrix that requires grad. */
    private static Tensor spd() {
        Tensor a = Tensor.randn(new int[] {3, 3}, DType.FLOAT64, GEN);
        return a.mm(a.t()).add(Tensor.eye(3, 3, DType.FLOAT64).mul(3)).requiresGrad(true);
    }

    private static Tensor probabilities() {
        return Tensor.rand(new int[] {3}, DType.FLOAT64, GEN).mul(0.8).add(0.1).requiresGrad(true);
    }

    private static Tensor index(long... values) {
        return Tensor.of(values);
    }

    private static Map<String, Supplier<Tensor>> rows() {
        Map<String, Supplier<Tensor>> rows = new LinkedHashMap<>();
        rows.put("ThresholdBackwardBackward0", () -> {
            Tensor x = r(3);
            return Autograd.grad(List.of(x.relu()), List.of(x), List.of(r(3)), true, true, false).get(0);
        });
        rows.put("PreluBackward0", () -> F.prelu(r(2, 3), r(3)));
        rows.put("GluBackward0", () -> F.glu(r(4)));
        rows.put("PowBackward2", () -> r(3).rpow(2.0));
        rows.put("MaximumBackward0", () -> r(3).maximum(r(3)));
        rows.put("MinimumBackward0", () -> r(3).minimum(r(3)));
        rows.put("RemainderBackward1", () -> r(3).remainder(r(3)));
        rows.put("FmodBackward1", () -> r(3).fmod(r(3)));
        rows.put("LerpBackward1", () -> r(3).lerp(r(3), r(3)));
        rows.put("AddcmulBackward0", () -> r(3).addcmul(r(3), r(3)));
        rows.put("AddcdivBackward0", () -> r(3).addcdiv(r(3), r(3)));
        rows.put("Atan2Backward0", () -> r(3).atan2(r(3)));
        rows.put("HypotBackward0", () -> r(3).hypot(r(3)));
        rows.put("LogaddexpBackward0", () -> r(3).logaddexp(r(3)));
        rows.put("Logaddexp2Backward0", () -> r(3).logaddexp2(r(3)));
        rows.put("XlogyBackward0", () -> r(3).xlogy(r(3)));
        rows.put("XlogyBackward2", () -> r(3).xlogy(2.0));
        rows.put("CopysignBackward0", () -> r(3).copysign(r(3)));
        rows.put("CopysignBackward1", () -> r(3).copysign(2.0));
        rows.put("ClampBackward0", () -> r(3).clamp(r(3), r(3)));
        rows.put("ClampMinBackward1", () -> r(3).clampMin(r(3)));
        rows.put("ClampMaxBackward1", () -> r(3).clampMax(r(3)));
        rows.put("ConvolutionBackward0", () -> F.conv2d(r(1, 2, 4, 4), r(3, 2, 2, 2), r(3)));
        rows.put("CtcLossBackward0", () -> F.ctcLoss(r(5, 1, 4).logSoftmax(2), index(1, 2).view(1, 2), index(5),
                index(2)));
        rows.put("LinalgDetBackward0", () -> Linalg.det(spd()));
        rows.put("LinalgSlogdetBackward0", () -> Linalg.slogdet(spd()).logabsdet());
        rows.put("EmbeddingBagBackward0", () -> F.embeddingBag(index(0, 1, 2), r(4, 3), index(0, 2), "sum", r(3),
                false, null));
        rows.put("AmaxBackward0", () -> r(3, 3).amax(0));
        rows.put("AminBackward0", () -> r(3, 3).amin(0));
        rows.put("MaxBackward1", () -> r(3, 3).max());
        rows.put("MinBackward1", () -> r(3, 3).min());
        rows.put("LinalgCholeskyExBackward0", () -> Linalg.cholesky(spd()));
        rows.put("LinalgLuFactorExBackward0", () -> Linalg.luFactor(spd()).lu());
        rows.put("LinalgLuBackward0", () -> Linalg.lu(spd()).l());
        rows.put("LinalgQrBackward0", () -> Linalg.qr(spd()).q());
        rows.put("LinalgEighBackward0", () -> Linalg.eigh(spd()).eigenvalues());
        rows.put("LinalgSvdBackward0", () -> Linalg.svd(spd()).s());
        rows.put("GridSampler2DBackward0", () -> F.gridSample(r(1, 1, 3, 3), r(1, 2, 2, 2)));
        rows.put("LinalgPinvBackward0", () -> Linalg.pinv(spd()));
        rows.put("LinalgLstsqBackward0", () -> Linalg.lstsq(spd(), r(3, 2)).solution());
        rows.put("LinalgSolveTriangularBackward0", () -> Linalg.solveTriangular(spd(), r(3, 2), true));
        rows.put("CholeskySolveBackward0", () -> Linalg.choleskySolve(r(3, 2), Linalg.cholesky(spd())));
        rows.put("LinalgLuSolveBackward0", () -> {
            var lu = Linalg.luFactor(spd().detach());
            return Linalg.luSolve(lu.lu(), lu.pivots(), r(3, 2));
        });
        rows.put("LinalgSolveExBackward0", () -> Linalg.solve(spd(), r(3, 2)));
        rows.put("LinalgInvExBackward0", () -> Linalg.inv(spd()));
        rows.put("NllLossBackward0", () -> F.nllLoss(r(2, 3), index(0, 2)));
        rows.put("NllLoss2DBackward0", () -> F.nllLoss(r(1, 3, 2, 2), index(0, 1, 2, 0).view(1, 2, 2)));
        rows.put("MseLossBackward0", () -> F.mseLoss(r(3), r(3)));
        rows.put("HuberLossBackward0", () -> F.huberLoss(r(3), r(3)));
        rows.put("SmoothL1LossBackward0", () -> F.smoothL1Loss(r(3), r(3)));
        rows.put("BinaryCrossEntropyBackward0", () -> F.binaryCrossEntropy(probabilities(), probabilities()));
        rows.put("BinaryCrossEntropyWithLogitsBackward0", () -> F.binaryCrossEntropyWithLogits(r(3),
                probabilities()));
        rows.put("LinalgMatrixExpBackward0", () -> Linalg.matrixExp(r(3, 3)));
        rows.put("AddmmBackward0", () -> r(2, 2).addmm(r(2, 3), r(3, 2)));
        rows.put("BaddbmmBackward0", () -> r(1, 2, 2).baddbmm(r(1, 2, 3), r(1, 3, 2)));
        rows.put("NativeLayerNormBackward0", () -> F.layerNorm(r(2, 3), new int[] {3}, r(3), r(3)));
        rows.put("NativeBatchNormBackward0", () -> F.batchNorm(r(2, 3), null, null, r(3), r(3), true));
        rows.put("NativeGroupNormBackward0", () -> F.groupNorm(r(2, 4), 2, r(4), r(4), 1e-5));
        rows.put("NormBackward1", () -> r(3, 3).norm(2, 0));
        rows.put("LinalgVectorNormBackward0", () -> Linalg.vectorNorm(r(3)));
        rows.put("CdistBackward0", () -> Linalg.cdist(r(1, 2, 3), r(1, 2, 3), 2));
        rows.put("ProdBackward0", () -> r(3).prod());
        rows.put("ProdBackward1", () -> r(3, 3).prod(0));
        rows.put("LogcumsumexpBackward0", () -> r(3).logcumsumexp(0));
        rows.put("CumprodBackward0", () -> r(3).cumprod(0));
        rows.put("ScatterReduceBackward0", () -> r(3).scatterReduce(0, index(0, 0), r(2), "prod"));
        rows.put("IndexReduceBackward0", () -> r(3).indexReduce(0, index(0, 0), r(2), "prod", true));
        rows.put("SoftmaxBackward0", () -> r(3).softmax(0));
        rows.put("LogSoftmaxBackward0", () -> r(3).logSoftmax(0));
        rows.put("MedianBackward0", () -> r(3).median());
        rows.put("NanmedianBackward0", () -> r(3).nanmedian());
        rows.put("VarBackward0", () -> r(3).var());
        rows.put("StdBackward0", () -> r(3).std());
        rows.put("LogsumexpBackward0", () -> r(3).logsumexp(0));
        rows.put("LinalgCrossBackward0", () -> Linalg.cross(r(3), r(3)));
        return rows;
    }

    @Test
    void everySavedTensorHasPyTorchsName() {
        Map<String, Supplier<Tensor>> rows = rows();
        assertEquals(TORCH.keySet(), rows.keySet(), "a row per node of saved_names.py");
        rows.forEach((name, op) -> {
            FunctionNode node = find(op.get(), name);
            assertNotNull(node, name + " is recorded");
            List<SavedTensor> saved = node.savedTensors() == null ? List.of() : node.savedTensors();
            assertFalse(saved.isEmpty(), name + " saves tensors");
            for (SavedTensor s : saved) {
                assertNotNull(s.name(), name + " names all its saved tensors");
                assertTrue(TORCH.get(name).contains(s.name()), name + " saves '" + s.name() + "', PyTorch's "
                        + TORCH.get(name));
                assertInstanceOf(Tensor.class, node.saved(s.name()), name + "." + s.name());
            }
        });
    }

    /** The node named {@code name} in the graph of {@code out} (composite ops record other nodes on top). */
    private static FunctionNode find(Tensor out, String name) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>(List.of(out.gradFn()));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node.name().equals(name) && node instanceof FunctionNode fn) {
                return fn;
            }
            if (seen.add(node)) {
                node.nextFunctions().stream().map(Edge::node).filter(n -> n != null).forEach(todo::push);
            }
        }
        return null;
    }
}
