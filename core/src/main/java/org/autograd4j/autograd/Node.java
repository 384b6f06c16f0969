package org.autograd4j.autograd;

import static org.autograd4j.internal.TensorAccess.rawShape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.AutogradAccess;
import org.autograd4j.autograd.engine.HandOver;

/**
 * A node of the backward graph: what PyTorch calls a {@code grad_fn}. It receives the gradients of
 * the forward outputs it produced and returns the gradients of the forward inputs, which the
 * engine sends along {@link #nextFunctions()}.
 *
 * <p>A node remembers the shape and dtype of each forward output it produced, so the engine can
 * check incoming gradients and sum broadcast gradients back to the right shape in one place.
 */
public abstract class Node {
    static {
        AutogradAccess.install(new EngineAccess());
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final int[][] NO_SHAPES = new int[0][];
    private static final DType[] NO_DTYPES = new DType[0];

    private final long sequenceNr;
    private final Edge[] next;
    private int[][] outputShapes = NO_SHAPES;
    private DType[] outputDtypes = NO_DTYPES;
    private List<Function<Tensor, Tensor>>[] preHooks;
    private List<PreHook> nodePreHooks;
    private List<PostHook> postHooks;
    /** The forward call that created this node, kept only in anomaly mode ({@link AnomalyMode}). */
    private final StackTraceElement[] forwardTrace;

    protected Node(Edge[] next) {
        this(next, SEQUENCE.getAndIncrement());
    }

    protected Node(Edge[] next, long sequenceNr) {
        this.next = next;
        this.sequenceNr = sequenceNr;
        this.forwardTrace = AnomalyMode.isEnabled() ? AnomalyMode.captureForwardTrace() : null;
    }

    /**
     * The stack trace of the forward call that created this node, from the op that recorded it down
     * to {@code main}; empty unless the node was created in anomaly mode (PyTorch's
     * {@code grad_fn.metadata["traceback_"]}).
     */
    public StackTraceElement[] forwardStackTrace() {
        return forwardTrace == null ? new StackTraceElement[0] : forwardTrace.clone();
    }

    /** PyTorch's class name for this node, e.g. {@code AddBackward0}. */
    public abstract String name();

    /**
     * Computes the gradients of the forward inputs from the gradients of the forward outputs.
     * {@code gradOutputs[i]} is never null: missing gradients arrive as zeros (except for a custom
     * Function that asked for them unmaterialized). An entry of the
     * result may be null where the input needs no gradient.
     */
    protected abstract Tensor[] apply(Tensor[] gradOutputs);

    /** Drops what was saved for backward; called after the node ran unless the graph is retained. */
    protected void releaseSaved() {
    }

    /** The (node, input index) pairs this node's gradients flow to, one per forward input. */
    public List<Edge> nextFunctions() {
        return Collections.unmodifiableList(Arrays.asList(next));
    }

    Edge edge(int i) {
        return next[i];
    }

    int edgeCount() {
        return next.length;
    }

    long sequenceNr() {
        return sequenceNr;
    }

    /** How many forward outputs this node produced. */
    public int outputCount() {
        return outputShapes.length;
    }

    /**
     * Records forward output {@code index}'s metadata; called when the output is attached. The
     * shape array is kept, not copied: tensors never modify their shape arrays.
     */
    void setOutputMetadata(int index, int[] shape, DType dtype) {
        if (index >= outputShapes.length) {
            outputShapes = Arrays.copyOf(outputShapes, index + 1);
            outputDtypes = Arrays.copyOf(outputDtypes, index + 1);
        }
        outputShapes[index] = shape;
        outputDtypes[index] = dtype;
    }

    int[] outputShape(int index) {
        return outputShapes[index];
    }

    DType outputDtype(int index) {
        return outputDtypes[index];
    }

    /**
     * A saved tensor or attribute of this node by PyTorch's name: {@code saved("self")} is
     * {@code grad_fn._saved_self}. A tensor comes back checked, as backward reads it (an error once
     * freed, or after an in-place change); an attribute is its value (a {@code Double}, an
     * {@code int[]}...).
     */
    public Object saved(String name) {
        throw new IllegalArgumentException("'" + name() + "' object has no attribute '_saved_" + name + "'");
    }

    /** The names {@link #saved} answers to, in the order they were saved. */
    public Set<String> savedNames() {
        return Set.of();
    }

    /** PyTorch's {@code Node.register_prehook}: sees the gradients of the outputs, may return replacements (or null). */
    @FunctionalInterface
    public interface PreHook {
        Tensor[] apply(Tensor[] gradOutputs);
    }

    /**
     * PyTorch's {@code Node.register_hook}: runs after the node, sees the gradients it computed for its
     * inputs (null where none) and those of its outputs, may return replacements for the first (or null).
     */
    @FunctionalInterface
    public interface PostHook {
        Tensor[] apply(Tensor[] gradInputs, Tensor[] gradOutputs);
    }

    /** Registers {@code hook} to run before this node; running the returned action removes it. */
    public synchronized Runnable registerPrehook(PreHook hook) {
        if (nodePreHooks == null) {
            nodePreHooks = new ArrayList<>(1);
        }
        nodePreHooks.add(hook);
        return () -> unregister(nodePreHooks, hook);
    }

    /** Registers {@code hook} to run after this node; running the returned action removes it. */
    public synchronized Runnable registerHook(PostHook hook) {
        if (postHooks == null) {
            postHooks = new ArrayList<>(1);
        }
        postHooks.add(hook);
        return () -> unregister(postHooks, hook);
    }

    private synchronized void unregister(List<?> hooks, Object hook) {
        hooks.remove(hook);
    }

    /** Adds a hook that sees (and may replace) the gradient of forward output {@code index}. */
    @SuppressWarnings("unchecked")
    public synchronized Runnable addPreHook(int index, Function<Tensor, Tensor> hook) {
        if (preHooks == null) {
            preHooks = new List[Math.max(outputCount(), index + 1)];
        } else if (index >= preHooks.length) {
            preHooks = Arrays.copyOf(preHooks, index + 1);
        }
        if (preHooks[index] == null) {
            preHooks[index] = new ArrayList<>();
        }
        List<Function<Tensor, Tensor>> list = preHooks[index];
        list.add(hook);
        return () -> removePreHook(list, hook);
    }

    private synchronized void removePreHook(List<Function<Tensor, Tensor>> list, Function<Tensor, Tensor> hook) {
        list.remove(hook);
    }

    /** The hooks of output {@code index} at this moment (hooks may be added while backward runs on another thread). */
    private synchronized List<Function<Tensor, Tensor>> preHooks(int index) {
        return preHooks == null || index >= preHooks.length || preHooks[index] == null ? List.of() : List.copyOf(preHooks[index]);
    }

    /**
     * Runs the pre-hooks on the gradients arriving for this node's outputs. A hook may keep what it
     * sees or returns, so those gradients are disowned: no leaf keeps them without a copy.
     */
    Tensor[] runPreHooks(Tensor[] grads) {
        runTensorHooks(grads);
        if (nodePreHooks == null) {
            return grads;
        }
        Tensor[] current = grads;
        for (PreHook hook : snapshot(nodePreHooks)) {
            HandOver.disownAll(current);
            current = replace(current, hook.apply(current.clone()), "pre-hook");
        }
        return current;
    }

    /** Whether any hook (tensor hook, retain_grad, pre-hook or hook) was ever registered on the node: user code may see its gradients. */
    synchronized boolean hasHooks() {
        return preHooks != null || nodePreHooks != null || postHooks != null;
    }

    /** Runs the hooks registered with {@link #registerHook} on the gradients this node computed. */
    Tensor[] runPostHooks(Tensor[] gradInputs, Tensor[] gradOutputs) {
        if (postHooks == null) {
            return gradInputs;
        }
        Tensor[] current = gradInputs;
        for (PostHook hook : snapshot(postHooks)) {
            HandOver.disownAll(current);
            current = replace(current, hook.apply(current.clone(), gradOutputs.clone()), "hook");
        }
        return current;
    }

    private synchronized <T> List<T> snapshot(List<T> hooks) {
        return List.copyOf(hooks);
    }

    /** A hook's replacement gradients, checked for count and shapes; null keeps the current ones. */
    private Tensor[] replace(Tensor[] current, Tensor[] returned, String kind) {
        if (returned == null) {
            return current;
        }
        if (returned.length != current.length) {
            throw new IllegalStateException(kind + " of " + name() + " returned " + returned.length
                    + " gradients, but " + current.length + " were expected");
        }
        for (int i = 0; i < returned.length; i++) {
            if (returned[i] != null && current[i] != null) {
                checkHookResult(current[i], returned[i]);
            }
        }
        HandOver.disownAll(returned);
        return returned;
    }

    private void runTensorHooks(Tensor[] grads) {
        if (preHooks == null) {
            return;
        }
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null) {
                continue; // an unmaterialized missing gradient: as in PyTorch, the tensor's hooks do not run
            }
            for (Function<Tensor, Tensor> hook : preHooks(i)) {
                HandOver.disown(grads[i]);
                Tensor replaced = hook.apply(grads[i]);
                if (replaced != null) {
                    checkHookResult(grads[i], replaced);
                    HandOver.disown(replaced);
                    grads[i] = replaced;
                }
            }
        }
    }

    /** PyTorch's check on a hook's replacement gradient: same size and type as the one it replaces. */
    private static void checkHookResult(Tensor value, Tensor result) {
        if (!Arrays.equals(rawShape(value), rawShape(result))) {
            throw new IllegalStateException("hook 'hook' has changed the size of value");
        }
        if (value.dtype() != result.dtype()) {
            throw new IllegalStateException("hook 'hook' has changed the type of value (was " + value.dtype()
                    + " got " + result.dtype() + ")");
        }
    }

    @Override
    public String toString() {
        return "<" + name() + ">";
    }

    /** The package's internals for the engine, handed to {@code engine.AutogradAccess}. */
    private static final class EngineAccess implements AutogradAccess.Internals {
        @Override
        public boolean hasHooks(Node node) {
            return node.hasHooks();
        }

        @Override
        public int edgeCount(Node node) {
            return node.edgeCount();
        }

        @Override
        public Edge edge(Node node, int i) {
            return node.edge(i);
        }

        @Override
        public long sequenceNr(Node node) {
            return node.sequenceNr();
        }

        @Override
        public int[] outputShape(Node node, int index) {
            return node.outputShape(index);
        }

        @Override
        public DType outputDtype(Node node, int index) {
            return node.outputDtype(index);
        }

        @Override
        public void setOutputMetadata(Node node, int index, int[] shape, DType dtype) {
            node.setOutputMetadata(index, shape, dtype);
        }

        @Override
        public Tensor[] runPreHooks(Node node, Tensor[] grads) {
            return node.runPreHooks(grads);
        }

        @Override
        public Tensor[] apply(Node node, Tensor[] grads) {
            return AnomalyMode.isEnabled() ? AnomalyMode.apply(node, grads) : node.apply(grads);
        }

        @Override
        public Tensor[] runPostHooks(Node node, Tensor[] gradInputs, Tensor[] gradOutputs) {
            return node.runPostHooks(gradInputs, gradOutputs);
        }

        @Override
        public void releaseSaved(Node node) {
            node.releaseSaved();
        }

        @Override
        public AccumulateGrad newAccumulator(Tensor leaf) {
            return new AccumulateGrad(leaf);
        }

        @Override
        public void accumulate(Tensor leaf, Tensor grad) {
            AccumulateGrad.accumulate(leaf, grad);
        }
    }
}
