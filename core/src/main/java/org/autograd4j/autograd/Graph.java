package org.autograd4j.autograd;

import static org.autograd4j.internal.TensorAccess.rawShape;

import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;

/**
 * How an op records itself: it computes its output first, then calls {@code record} with the
 * inputs and a factory for its backward formula. The factory runs only when grad mode is on and
 * some input requires grad, so ops on plain tensors pay one flag check and nothing else.
 *
 * <pre>{@code
 * Tensor out = ...forward...;
 * return Graph.record("ExpBackward0", out, x, ctx -> {
 *     SavedTensor result = ctx.save(out);
 *     return g -> new Tensor[] {g.mul(result.get())};
 * });
 * }</pre>
 *
 * Backward formulas are written with differentiable tensor ops, so running them with
 * {@code createGraph} records a graph of the backward pass and higher derivatives come for free.
 */
public final class Graph {
    private Graph() {
    }

    /** Builds the backward formula of a single-output op once it is known to be needed. */
    @FunctionalInterface
    public interface Factory {
        BackwardFn create(OpContext ctx);
    }

    /** Builds the backward formula of a multi-output op. */
    @FunctionalInterface
    public interface MultiFactory {
        MultiBackwardFn create(OpContext ctx);
    }

    /** Whether an op with this input would record a node. */
    public static boolean isRecording(Tensor a) {
        return a.requiresGrad() && GradMode.isEnabled();
    }

    public static boolean isRecording(Tensor a, Tensor b) {
        return (a.requiresGrad() || b.requiresGrad()) && GradMode.isEnabled();
    }

    public static boolean isRecording(Tensor[] inputs) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    public static Tensor record(String name, Tensor out, Tensor a, Factory factory) {
        return isRecording(a) ? attach(name, out, new Tensor[] {a}, factory) : out;
    }

    public static Tensor record(String name, Tensor out, Tensor a, Tensor b, Factory factory) {
        return isRecording(a, b) ? attach(name, out, new Tensor[] {a, b}, factory) : out;
    }

    public static Tensor record(String name, Tensor out, Tensor[] inputs, Factory factory) {
        return isRecording(inputs) ? attach(name, out, inputs, factory) : out;
    }

    /** The backward formula of a two-input op that reads both inputs, handed back from their saved copies. */
    @FunctionalInterface
    public interface PairBackward {
        Tensor[] apply(OpContext ctx, Tensor grad, Tensor a, Tensor b);
    }

    /**
     * Records a two-input op whose backward reads both inputs: they are saved (version-checked and
     * released after backward, as PyTorch saves them) and passed to {@code backward} with the gradient.
     */
    public static Tensor recordSavingInputs(String name, Tensor out, Tensor a, Tensor b, PairBackward backward) {
        return record(name, out, a, b, ctx -> {
            SavedTensor sa = ctx.save("self", a);
            SavedTensor sb = ctx.save("other", b);
            return g -> backward.apply(ctx, g, sa.get(), sb.get());
        });
    }

    /** Records one node for several outputs (e.g. {@code split}, {@code max} with indices). */
    public static Tensor[] recordMulti(String name, Tensor[] outs, Tensor[] inputs, MultiFactory factory) {
        if (!isRecording(inputs)) {
            return outs;
        }
        Edge[] edges = edgesOf(inputs);
        FunctionNode node = new FunctionNode(name, edges);
        OpContext ctx = new OpContext(edges);
        node.bind(factory.create(ctx), ctx);
        for (int i = 0; i < outs.length; i++) {
            if (outs[i].dtype().isFloatingPoint()) {
                connect(outs[i], node, i);
            }
        }
        node.sealSaved();
        return outs;
    }

    private static Tensor attach(String name, Tensor out, Tensor[] inputs, Factory factory) {
        Edge[] edges = edgesOf(inputs);
        FunctionNode node = new FunctionNode(name, edges);
        OpContext ctx = new OpContext(edges);
        node.bind(factory.create(ctx), ctx);
        connect(out, node, 0);
        node.sealSaved();
        return out;
    }

    /** Makes {@code out} the {@code index}-th output of {@code node}. */
    public static void connect(Tensor out, Node node, int index) {
        TensorAccess.setGradFn(out, node, index);
        node.setOutputMetadata(index, rawShape(out), out.dtype());
    }

    static Edge[] edgesOf(Tensor[] inputs) {
        Edge[] edges = new Edge[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            edges[i] = inputs[i] == null ? Edge.NONE : edgeOf(inputs[i]);
        }
        return edges;
    }

    /** Where a gradient for {@code t} must be sent: its grad_fn, its accumulator, or nowhere. */
    public static Edge edgeOf(Tensor t) {
        if (!t.requiresGrad()) {
            return Edge.NONE;
        }
        Node fn = t.gradFn();
        return fn != null ? new Edge(fn, t.outputNr()) : new Edge(TensorAccess.gradAccumulator(t), 0);
    }
}
