package org.autograd4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.autograd4j.DType;
import org.autograd4j.Generator;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.FunctionNode;
import org.autograd4j.autograd.engine.SavedTensor;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.nn.F;
import org.autograd4j.tensor.Storage;
import org.junit.jupiter.api.Test;

/**
 * Activation checkpointing: the same gradients as the plain run (parameters inside the blocks
 * included, dropout included thanks to the restored random state), PyTorch's node name, and the
 * memory the graph holds after forward falling from every activation to the blocks' inputs.
 */
class ActivationCheckpointTest {
    private static final int LAYERS = 16;
    private static final int BLOCK = 4;
    private static final int WIDTH = 64;
    private static final int BATCH = 32;

    /** A deep tanh MLP's weights, seeded. */
    private static Tensor[] weights() {
        Generator gen = new Generator(7);
        Tensor[] w = new Tensor[LAYERS];
        for (int i = 0; i < LAYERS; i++) {
            w[i] = Tensor.randn(new int[] {WIDTH, WIDTH}, DType.FLOAT64, gen).div(8).requiresGrad(true);
        }
        return w;
    }

    private static Tensor input() {
        return Tensor.randn(new int[] {BATCH, WIDTH}, DType.FLOAT64, new Generator(3)).requiresGrad(true);
    }

    /** Layers {@code from} (inclusive) to {@code to} (exclusive): tanh(h·W), with dropout when asked. */
    private static Tensor layers(Tensor h, Tensor[] w, int from, int to, boolean dropout) {
        Tensor out = h;
        for (int i = from; i < to; i++) {
            out = out.mm(w[i]).tanh();
            if (dropout) {
                out = F.dropout(out, 0.3, true);
            }
        }
        return out;
    }

    private static Tensor plain(Tensor x, Tensor[] w, boolean dropout) {
        return layers(x, w, 0, LAYERS, dropout).pow(2).sum();
    }

    private static Tensor checkpointed(Tensor x, Tensor[] w, boolean dropout, boolean preserveRng) {
        Tensor h = x;
        for (int start = 0; start < LAYERS; start += BLOCK) {
            int from = start;
            h = ActivationCheckpoint.checkpoint(in -> new Tensor[] {layers(in[0], w, from, from + BLOCK, dropout)},
                    preserveRng, h)[0];
        }
        return h.pow(2).sum();
    }

    /** Runs {@code loss} from a fixed seed and returns the gradients of x and of every weight. */
    private static double[][] gradients(BiFunction<Tensor, Tensor[], Tensor> loss) {
        Tensor x = input();
        Tensor[] w = weights();
        Tensor.manualSeed(11);
        loss.apply(x, w).backward();
        double[][] grads = new double[LAYERS + 1][];
        grads[0] = x.grad().toDoubleArray();
        for (int i = 0; i < LAYERS; i++) {
            grads[i + 1] = w[i].grad().toDoubleArray();
        }
        return grads;
    }

    private static void assertSameGradients(double[][] expected, double[][] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-12, "gradient " + i);
        }
    }

    @Test
    void gradientsEqualThePlainRun() {
        assertSameGradients(gradients((x, w) -> plain(x, w, false)), gradients((x, w) -> checkpointed(x, w, false, true)));
    }

    @Test
    void dropoutDrawsTheSameMaskInTheRerun() {
        double[][] expected = gradients((x, w) -> plain(x, w, true));
        assertSameGradients(expected, gradients((x, w) -> checkpointed(x, w, true, true)));
        double[][] unpreserved = gradients((x, w) -> checkpointed(x, w, true, false));
        assertFalse(Arrays.equals(expected[1], unpreserved[1]), "without the random state the rerun's masks differ");
    }

    @Test
    void recordsOneNodeAsPyTorchNamesIt() {
        Tensor x = input();
        Tensor y = ActivationCheckpoint.checkpoint(in -> in[0].exp(), x);
        assertEquals("CheckpointFunctionBackward", y.gradFn().name());
        assertEquals("AccumulateGrad", y.gradFn().nextFunctions().get(0).node().name());
    }

    @Test
    void theGraphHoldsOnlyTheBlocksInputs() {
        Tensor[] w = weights();
        Tensor x = input();
        long plainBytes = savedActivationBytes(plain(x, w, false));
        long checkpointBytes = savedActivationBytes(checkpointed(x, w, false, true));
        long activation = (long) BATCH * WIDTH * Double.BYTES;
        // Plain: every layer's tanh output, saved by the tanh and again (same storage) by the next mm or the square.
        assertEquals(LAYERS * activation, plainBytes);
        // Checkpointed: the inputs of blocks 2..4 and the final square's input; x is a leaf.
        assertEquals((LAYERS / BLOCK) * activation, checkpointBytes);
        assertTrue(checkpointBytes * 4 <= plainBytes);
    }

    /** Bytes of the distinct non-leaf storages saved by the nodes of {@code loss}'s graph. */
    private static long savedActivationBytes(Tensor loss) {
        Set<Storage> storages = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>(List.of(loss.gradFn()));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof FunctionNode fn) {
                for (SavedTensor s : fn.savedTensors()) {
                    Tensor t = s.peek();
                    if (t != null && !t.isLeaf()) {
                        storages.add(TensorAccess.storage(t));
                    }
                }
            }
            node.nextFunctions().stream().map(Edge::node).filter(n -> n != null).forEach(todo::push);
        }
        return storages.stream().mapToLong(s -> (long) s.length() * s.dtype().byteSize()).sum();
    }
}
