package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.rawShape;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.AccumulateGrad;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.Node;
import org.autograd4j.tensor.Shapes;

/**
 * Runs the backward pass: a dependency-counted walk of the graph in reverse topological order.
 *
 * <p>First the reachable graph is discovered and every node counts how many needed nodes send it a
 * gradient. A node runs once all of them have (latest-created first among the ready ones, as in
 * PyTorch); gradients arriving at the same input are summed. Each gradient is checked against the
 * metadata of the forward tensor it belongs to, and a broadcast gradient is summed back to that
 * tensor's shape here, in one place, so no op's formula has to un-broadcast.
 *
 * <p>A leaf keeps an arriving gradient without a copy only when nothing else can reach it; the
 * engine disowns every gradient that user code sees or that goes to several places (see
 * {@link HandOver}), and {@link AccumulateGrad} claims the rest.
 *
 * <p>All bookkeeping of one run lives in a {@link Task} per node, held by this engine instance, so
 * concurrent backward passes over shared graph parts do not interfere.
 */
public final class Engine {
    private final boolean keepGraph;
    /** Whether the caller reads only the tangents of the captured gradients, not their values. */
    private final boolean tangentsOnly;
    private final Map<Node, Task> tasks = new IdentityHashMap<>();
    private Tensor[] captured;

    /** The per-run state of one node. */
    private static final class Task {
        /** Whether the node must run: always when accumulating, else only if it leads to a captured input. */
        boolean needed;
        int dependencies;
        Tensor[] buffer;
        /** For each forward output of the node, the index of the captured input it is, or -1. */
        int[] captureSlots;
        /** In a tangents-only pass: whether nothing reads the values of the gradients arriving here. */
        boolean valueUnread;
    }

    private Engine(boolean keepGraph, boolean tangentsOnly) {
        this.keepGraph = keepGraph;
        this.tangentsOnly = tangentsOnly;
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
        if (inputs != null && inputs.length == 0) {
            throw new IllegalArgumentException(accumulate ? "'inputs' argument to backward() cannot be empty."
                    : "grad requires non-empty inputs.");
        }
        return new Engine(keepGraph, false).backward(roots, grads, createGraph, inputs, accumulate);
    }

    /**
     * The gradients of {@code roots} (one-element tensors) with respect to {@code inputs}, as
     * {@code autograd.grad} without keeping or creating the graph, for a caller that reads only their
     * tangents at the open dual level (forward-over-reverse {@code hvp}). Where nothing else can read a
     * gradient's value (it reaches the caller through formulas that read only the gradient, and no node
     * on the way has hooks), a formula may skip computing the value and give zeros with the right
     * tangent ({@link OpContext#readsGradValue}); the returned gradients' values are then not theirs.
     */
    public static Tensor[] gradientTangents(Tensor[] roots, Tensor[] inputs) {
        return new Engine(false, true).backward(roots, null, false, inputs, false);
    }

    private Tensor[] backward(Tensor[] roots, Tensor[] grads, boolean createGraph, Tensor[] inputs,
                              boolean accumulate) {
        Tensor[] rootGrads = validateRoots(roots, grads);
        Edge[] rootEdges = new Edge[roots.length];
        for (int i = 0; i < roots.length; i++) {
            rootEdges[i] = Graph.edgeOf(roots[i]);
        }
        try (GradMode.Guard g = GradMode.set(createGraph)) {
            discover(rootEdges, inputs);
            execute(rootEdges, rootGrads);
            if (inputs != null && accumulate) {
                for (int i = 0; i < inputs.length; i++) {
                    if (captured[i] != null) {
                        AutogradAccess.accumulate(inputs[i], captured[i]);
                    }
                }
            }
        }
        return captured;
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
            } else if (!Arrays.equals(rawShape(g), rawShape(root))) {
                throw new IllegalArgumentException("Mismatch in shape: grad_output[" + i + "] has a shape of "
                        + "torch.Size(" + Shapes.str(rawShape(g)) + ") and output[" + i + "] has a shape of torch.Size("
                        + Shapes.str(rawShape(root)) + ").");
            } else {
                HandOver.disown(g); // the caller keeps it
            }
            out[i] = g;
        }
        return out;
    }

    private Task task(Node node) {
        Task t = tasks.get(node);
        if (t == null) {
            t = new Task();
            tasks.put(node, t);
        }
        return t;
    }

    /** Finds the nodes that must run and counts, for each, the needed nodes that feed it. */
    private void discover(Edge[] rootEdges, Tensor[] inputs) {
        if (inputs != null) {
            captured = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                if (!inputs[i].requiresGrad()) {
                    throw new IllegalArgumentException("One of the differentiated Tensors does not require grad");
                }
                Edge e = Graph.edgeOf(inputs[i]);
                Task t = task(e.node());
                if (t.captureSlots == null) {
                    t.captureSlots = new int[Math.max(1, e.node().outputCount())];
                    Arrays.fill(t.captureSlots, -1);
                }
                t.captureSlots[e.inputNr()] = i;
            }
        }
        // Iterative post-order DFS: a node is needed once it is known whether any child is.
        Node[] stack = new Node[64];
        int[] cursor = new int[64];
        Map<Node, Boolean> visited = new IdentityHashMap<>();
        for (Edge root : rootEdges) {
            if (!root.isValid() || visited.put(root.node(), Boolean.TRUE) != null) {
                continue;
            }
            int top = 0;
            stack[0] = root.node();
            cursor[0] = 0;
            while (top >= 0) {
                Node node = stack[top];
                int i = cursor[top];
                if (i < AutogradAccess.edgeCount(node)) {
                    cursor[top] = i + 1;
                    Node child = AutogradAccess.edge(node, i).node();
                    if (child != null && visited.put(child, Boolean.TRUE) == null) {
                        if (++top == stack.length) {
                            stack = Arrays.copyOf(stack, top * 2);
                            cursor = Arrays.copyOf(cursor, top * 2);
                        }
                        stack[top] = child;
                        cursor[top] = 0;
                    }
                    continue;
                }
                top--;
                if (inputs == null || leadsToCapture(node)) {
                    Task t = task(node);
                    t.needed = true;
                    t.valueUnread = tangentsOnly && readsOnlyTangents(node);
                }
            }
        }
        for (Map.Entry<Node, Task> entry : tasks.entrySet()) {
            if (!entry.getValue().needed) {
                continue;
            }
            Node node = entry.getKey();
            for (int i = 0; i < AutogradAccess.edgeCount(node); i++) {
                Task child = neededTask(AutogradAccess.edge(node, i).node());
                if (child != null) {
                    child.dependencies++;
                }
            }
        }
    }

    /**
     * In a tangents-only pass, whether nothing reads the values of the gradients arriving at the node:
     * it is a captured leaf, or a formula that reads only the gradient and sends it only where nothing
     * reads the values either; and no user hook sees them. Its children are decided already (post-order).
     */
    private boolean readsOnlyTangents(Node node) {
        if (AutogradAccess.hasHooks(node)) {
            return false;
        }
        Task own = tasks.get(node);
        if (own != null && own.captureSlots != null) {
            return node instanceof AccumulateGrad;
        }
        if (!(node instanceof FunctionNode function) || !function.isGradientOnly()) {
            return false;
        }
        for (int i = 0; i < AutogradAccess.edgeCount(node); i++) {
            Task child = neededTask(AutogradAccess.edge(node, i).node());
            if (child != null && !child.valueUnread) {
                return false;
            }
        }
        return true;
    }

    private boolean leadsToCapture(Node node) {
        Task own = tasks.get(node);
        if (own != null && own.captureSlots != null) {
            return true;
        }
        for (int i = 0; i < AutogradAccess.edgeCount(node); i++) {
            if (neededTask(AutogradAccess.edge(node, i).node()) != null) {
                return true;
            }
        }
        return false;
    }

    private Task neededTask(Node node) {
        if (node == null) {
            return null;
        }
        Task t = tasks.get(node);
        return t != null && t.needed ? t : null;
    }

    private void execute(Edge[] rootEdges, Tensor[] rootGrads) {
        PriorityQueue<Node> ready = new PriorityQueue<>((x, y) -> Long.compare(AutogradAccess.sequenceNr(y), AutogradAccess.sequenceNr(x)));
        for (int i = 0; i < rootEdges.length; i++) {
            Task t = neededTask(rootEdges[i].node());
            if (t != null) {
                addToBuffer(t, rootEdges[i], rootGrads[i]);
            }
        }
        for (int i = 0; i < rootEdges.length; i++) {
            Task t = neededTask(rootEdges[i].node());
            if (t != null && t.dependencies == 0 && !ready.contains(rootEdges[i].node())) {
                ready.add(rootEdges[i].node());
            }
        }
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            runNode(node, tasks.get(node), ready);
        }
    }

    private void runNode(Node node, Task task, PriorityQueue<Node> ready) {
        Tensor[] grads = task.buffer == null ? new Tensor[Math.max(1, node.outputCount())] : task.buffer;
        task.buffer = null;
        fillMissing(node, grads);
        grads = AutogradAccess.runPreHooks(node, grads);
        if (task.captureSlots != null) {
            for (int i = 0; i < task.captureSlots.length; i++) {
                if (task.captureSlots[i] >= 0) {
                    captured[task.captureSlots[i]] = grads[i];
                    HandOver.disown(grads[i]); // returned to the caller
                }
            }
            if (node instanceof AccumulateGrad) {
                return; // captured instead of accumulated
            }
        }
        Tensor[] inputGrads = applyFormula(node, grads);
        inputGrads = AutogradAccess.runPostHooks(node, inputGrads, grads);
        if (!keepGraph) {
            AutogradAccess.releaseSaved(node);
        }
        if (!(node instanceof FunctionNode)) {
            HandOver.disownAll(inputGrads); // a user's Node subclass may keep what it returns
        }
        HandOver.disownShared(inputGrads);
        for (int i = 0; i < AutogradAccess.edgeCount(node); i++) {
            Edge e = AutogradAccess.edge(node, i);
            Task next = neededTask(e.node());
            if (next == null) {
                continue;
            }
            if (inputGrads[i] != null) {
                Tensor g = conform(node, i, inputGrads[i], e);
                addToBuffer(next, e, g);
            }
            if (--next.dependencies == 0) {
                ready.add(e.node());
            }
        }
    }

    /** Runs the node's formula, telling it which of its gradients' values nothing reads (tangents-only passes). */
    private Tensor[] applyFormula(Node node, Tensor[] grads) {
        boolean[] unread = tangentsOnly ? unreadValues(node) : null;
        if (unread == null) {
            return AutogradAccess.apply(node, grads);
        }
        return ((FunctionNode) node).withUnreadValues(unread, () -> AutogradAccess.apply(node, grads));
    }

    /** Per edge of a recorded op's node, whether nothing reads the value of the gradient sent there; null if all are read. */
    private boolean[] unreadValues(Node node) {
        if (!(node instanceof FunctionNode)) {
            return null;
        }
        boolean[] unread = null;
        for (int i = 0; i < AutogradAccess.edgeCount(node); i++) {
            Task child = neededTask(AutogradAccess.edge(node, i).node());
            if (child != null && child.valueUnread) {
                if (unread == null) {
                    unread = new boolean[AutogradAccess.edgeCount(node)];
                }
                unread[i] = true;
            }
        }
        return unread;
    }

    /** Missing gradients (an output that did not reach the loss) become zeros of the right shape, if the node wants. */
    private static void fillMissing(Node node, Tensor[] grads) {
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null && i < node.outputCount() && materializes(node)) {
                grads[i] = Tensor.zeros(AutogradAccess.outputShape(node, i), AutogradAccess.outputDtype(node, i));
            }
        }
    }

    /** Whether the node wants zeros for missing gradients: all but a custom Function that asked for null. */
    private static boolean materializes(Node node) {
        return !(node instanceof FunctionNode function) || function.materializesGrads();
    }

    /** Checks a produced gradient against the tensor it is for; sums broadcast dimensions away. */
    private static Tensor conform(Node producer, int index, Tensor grad, Edge e) {
        int[] expected = AutogradAccess.outputShape(e.node(), e.inputNr());
        Tensor g = grad;
        if (!Arrays.equals(rawShape(g), expected)) {
            if (!isExpandableTo(expected, rawShape(g))) {
                throw new IllegalStateException("Function " + producer.name() + " returned an invalid gradient at index "
                        + index + " - got " + Shapes.str(rawShape(g)) + " but expected shape compatible with "
                        + Shapes.str(expected));
            }
            g = g.sumToSize(expected);
        }
        if (g.dtype() != AutogradAccess.outputDtype(e.node(), e.inputNr())) {
            g = g.to(AutogradAccess.outputDtype(e.node(), e.inputNr()));
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

    private static void addToBuffer(Task task, Edge e, Tensor grad) {
        if (task.buffer == null) {
            task.buffer = new Tensor[Math.max(1, e.node().outputCount())];
        }
        int slot = e.inputNr();
        Tensor old = task.buffer[slot];
        task.buffer[slot] = old == null ? grad : old.add(grad);
    }
}
