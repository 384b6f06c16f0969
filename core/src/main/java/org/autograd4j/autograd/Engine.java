package org.autograd4j.autograd;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.autograd4j.Tensor;
import org.autograd4j.tensor.Shapes;

/**
 * Runs the backward pass: a dependency-counted walk of the graph in reverse topological order.
 *
 * <p>First the reachable graph is discovered and every node counts how many needed nodes send it a
 * gradient. A node runs once all of them have (latest-created first among the ready ones, as in
 * PyTorch); gradients arriving at the same input are summed. Each gradient is checked against the
 * metadata of the forward tensor it belongs to, and a broadcast gradient is summed back to that
 * tensor's shape here, in one place, so no op's formula has to un-broadcast.
 */
public final class Engine {
    private final boolean keepGraph;
    private final boolean createGraph;
    private final Map<Node, Integer> dependencies = new IdentityHashMap<>();
    private final Map<Node, Tensor[]> buffers = new IdentityHashMap<>();
    /** Nodes that must run: all reachable ones when accumulating, else those leading to a captured input. */
    private final Map<Node, Boolean> needed = new IdentityHashMap<>();
    /** Captured gradient slots (for autograd.grad and backward(inputs=...)): node -> input index -> slot. */
    private final Map<Node, int[]> captureSlots = new IdentityHashMap<>();
    private Tensor[] captured;

    private Engine(boolean keepGraph, boolean createGraph) {
        this.keepGraph = keepGraph;
        this.createGraph = createGraph;
    }

    /**
     * Backpropagates {@code grads} from {@code roots}.
     *
     * @param inputs if null, every reachable leaf accumulates into its {@code grad}; otherwise only
     *     the gradients of these tensors are computed
     * @param accumulate with {@code inputs}: add them into the inputs' {@code grad} (backward with
     *     inputs) or only return them (autograd.grad)
     * @return with {@code inputs}, their gradients (null where unreached); otherwise null
     */
    public static Tensor[] run(Tensor[] roots, Tensor[] grads, boolean keepGraph, boolean createGraph,
                               Tensor[] inputs, boolean accumulate) {
        Engine engine = new Engine(keepGraph, createGraph);
        Tensor[] rootGrads = validateRoots(roots, grads);
        Edge[] rootEdges = new Edge[roots.length];
        for (int i = 0; i < roots.length; i++) {
            rootEdges[i] = Graph.edgeOf(roots[i]);
        }
        engine.discover(rootEdges, inputs);
        engine.execute(rootEdges, rootGrads);
        if (inputs != null && accumulate) {
            for (int i = 0; i < inputs.length; i++) {
                if (engine.captured[i] != null) {
                    try (GradMode.Guard g = GradMode.set(createGraph)) {
                        AccumulateGrad.accumulate(inputs[i], engine.captured[i]);
                    }
                }
            }
        }
        return engine.captured;
    }

    private static Tensor[] validateRoots(Tensor[] roots, Tensor[] grads) {
        Tensor[] out = new Tensor[roots.length];
        for (int i = 0; i < roots.length; i++) {
            Tensor root = roots[i];
            if (!root.requiresGrad()) {
                throw new IllegalStateException("element " + i + " of tensors does not require grad and does not have a grad_fn");
            }
            Tensor g = grads == null ? null : grads[i];
            if (g == null) {
                if (root.numel() != 1) {
                    throw new IllegalStateException("grad can be implicitly created only for scalar outputs");
                }
                g = Tensor.onesLike(root);
            } else if (!Arrays.equals(g.shape(), root.shape())) {
                throw new IllegalArgumentException("Mismatch in shape: grad_output[" + i + "] has a shape of "
                        + "torch.Size(" + Shapes.str(g.shape()) + ") and output[" + i + "] has a shape of torch.Size("
                        + Shapes.str(root.shape()) + ").");
            }
            out[i] = g;
        }
        return out;
    }

    /** Counts dependencies among the nodes that must run, and sets up capture slots. */
    private void discover(Edge[] rootEdges, Tensor[] inputs) {
        if (inputs != null) {
            captured = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                if (!inputs[i].requiresGrad()) {
                    throw new IllegalArgumentException("One of the differentiated Tensors does not require grad");
                }
                Edge e = Graph.edgeOf(inputs[i]);
                int[] slots = captureSlots.computeIfAbsent(e.node(), n -> newSlots(Math.max(1, n.outputCount())));
                slots[e.inputNr()] = i;
            }
        }
        // Iterative post-order DFS: a node is needed when it accumulates (no inputs given) or leads to a capture.
        Map<Node, Boolean> visited = new IdentityHashMap<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        ArrayDeque<Integer> cursor = new ArrayDeque<>();
        for (Edge root : rootEdges) {
            if (!root.isValid() || visited.containsKey(root.node())) {
                continue;
            }
            visited.put(root.node(), Boolean.TRUE);
            stack.push(root.node());
            cursor.push(0);
            while (!stack.isEmpty()) {
                Node node = stack.peek();
                int i = cursor.pop();
                if (i < node.edgeCount()) {
                    cursor.push(i + 1);
                    Node child = node.edge(i).node();
                    if (child != null && !visited.containsKey(child)) {
                        visited.put(child, Boolean.TRUE);
                        stack.push(child);
                        cursor.push(0);
                    }
                    continue;
                }
                stack.pop();
                if (isNeeded(node, inputs)) {
                    needed.put(node, Boolean.TRUE);
                }
            }
        }
        for (Node node : needed.keySet()) {
            for (int i = 0; i < node.edgeCount(); i++) {
                Node child = node.edge(i).node();
                if (child != null && needed.containsKey(child)) {
                    dependencies.merge(child, 1, Integer::sum);
                }
            }
        }
    }

    private boolean isNeeded(Node node, Tensor[] inputs) {
        if (inputs == null || captureSlots.containsKey(node)) {
            return true;
        }
        for (int i = 0; i < node.edgeCount(); i++) {
            Node child = node.edge(i).node();
            if (child != null && needed.containsKey(child)) {
                return true;
            }
        }
        return false;
    }

    private static int[] newSlots(int n) {
        int[] slots = new int[n];
        Arrays.fill(slots, -1);
        return slots;
    }

    private void execute(Edge[] rootEdges, Tensor[] rootGrads) {
        PriorityQueue<Node> ready = new PriorityQueue<>((x, y) -> Long.compare(y.sequenceNr(), x.sequenceNr()));
        for (int i = 0; i < rootEdges.length; i++) {
            Edge e = rootEdges[i];
            if (needed.containsKey(e.node())) {
                addToBuffer(e, rootGrads[i]);
            }
        }
        for (Node node : buffers.keySet()) {
            if (dependencies.getOrDefault(node, 0) == 0) {
                ready.add(node);
            }
        }
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            Tensor[] grads = buffers.remove(node);
            run(node, grads == null ? new Tensor[Math.max(1, node.outputCount())] : grads, ready);
        }
    }

    private void run(Node node, Tensor[] grads, PriorityQueue<Node> ready) {
        Tensor[] inputGrads;
        try (GradMode.Guard g = GradMode.set(createGraph)) {
            fillMissing(node, grads);
            node.runPreHooks(grads);
            int[] slots = captureSlots.get(node);
            if (slots != null) {
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] >= 0) {
                        captured[slots[i]] = grads[i];
                    }
                }
                if (node instanceof AccumulateGrad) {
                    return; // captured instead of accumulated
                }
            }
            inputGrads = node.apply(grads);
            if (!keepGraph) {
                node.releaseSaved();
            }
            for (int i = 0; i < node.edgeCount(); i++) {
                Edge e = node.edge(i);
                if (!e.isValid() || !needed.containsKey(e.node())) {
                    continue;
                }
                if (inputGrads[i] != null) {
                    addToBuffer(e, conform(node, i, inputGrads[i], e));
                }
                if (dependencies.merge(e.node(), -1, Integer::sum) == 0) {
                    ready.add(e.node());
                }
            }
        }
    }

    /** Missing gradients (an output that did not reach the loss) become zeros of the right shape. */
    private static void fillMissing(Node node, Tensor[] grads) {
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null && i < node.outputCount()) {
                grads[i] = Tensor.zeros(node.outputShape(i), node.outputDtype(i));
            }
        }
    }

    /** Checks a produced gradient against the tensor it is for; sums broadcast dimensions away. */
    private static Tensor conform(Node producer, int index, Tensor grad, Edge e) {
        int[] expected = e.node().outputShape(e.inputNr());
        Tensor g = grad;
        if (!Arrays.equals(g.shape(), expected)) {
            if (!isExpandableTo(expected, g.shape())) {
                throw new IllegalStateException("Function " + producer.name() + " returned an invalid gradient at index "
                        + index + " - got " + Shapes.str(g.shape()) + " but expected shape compatible with "
                        + Shapes.str(expected));
            }
            g = g.sumToSize(expected);
        }
        if (g.dtype() != e.node().outputDtype(e.inputNr())) {
            g = g.to(e.node().outputDtype(e.inputNr()));
        }
        return g;
    }

    private static boolean isExpandableTo(int[] shape, int[] target) {
        if (shape.length > target.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            int s = shape[shape.length - 1 - i];
            int t = target[target.length - 1 - i];
            if (s != t && s != 1) {
                return false;
            }
        }
        return true;
    }

    private void addToBuffer(Edge e, Tensor grad) {
        Tensor[] buf = buffers.computeIfAbsent(e.node(), n -> new Tensor[Math.max(1, n.outputCount())]);
        Tensor old = buf[e.inputNr()];
        buf[e.inputNr()] = old == null ? grad : old.add(grad);
    }
}
