package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.rawShape;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.Node;
import org.autograd4j.internal.TensorAccess;

/**
 * How an op records itself: it computes its output first, then calls {@code record} with the
 * inputs and a factory for its backward formula. The factory runs only when grad mode is on and
 * some input requires grad, so ops on plain tensors pay one flag check and nothing else.
 *
 * <pre>{@code
 * Tensor out = ...forward...;
 * return Graph.record("ExpBackward0", out, x, ctx -> {
 *     ctx.forward(t -> t[0].mul(out));               // forward mode: the output's tangent
 *     SavedTensor result = ctx.save("result", out);
 *     return g -> new Tensor[] {g.mul(result.get())};
 * });
 * }</pre>
 *
 * Backward formulas are written with differentiable tensor ops, so running them with
 * {@code createGraph} records a graph of the backward pass and higher derivatives come for free.
 * The factory also runs when an input carries a tangent at the open {@link ForwardLevel}; the
 * forward formula it declares then gives the output's tangent.
 */
public final class Graph {
    /** The edge of an input that needs no gradient. */
    private static final Edge NO_EDGE = new Edge(null, 0);

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
        boolean recording = isRecording(a);
        return recording || ForwardLevel.isActive() ? attach(name, out, new Tensor[] {a}, factory, recording) : out;
    }

    public static Tensor record(String name, Tensor out, Tensor a, Tensor b, Factory factory) {
        boolean recording = isRecording(a, b);
        return recording || ForwardLevel.isActive() ? attach(name, out, new Tensor[] {a, b}, factory, recording) : out;
    }

    public static Tensor record(String name, Tensor out, Tensor[] inputs, Factory factory) {
        boolean recording = isRecording(inputs);
        return recording || ForwardLevel.isActive() ? attach(name, out, inputs, factory, recording) : out;
    }

    /**
     * For an op that records no node and that PyTorch 1.13 gives no forward formula (named
     * {@code atenOp} as ATen names it): refuses an input carrying a tangent, with PyTorch's message.
     */
    public static void refuseTangent(String atenOp, Tensor input) {
        if (ForwardPropagation.tangentsOf(new Tensor[] {input}) != null) {
            throw ForwardPropagation.unsupportedOp(atenOp);
        }
    }

    /** The backward formula of a two-input op that reads both inputs, handed back from their saved copies. */
    @FunctionalInterface
    public interface PairBackward {
        Tensor[] apply(OpContext ctx, Tensor grad, Tensor a, Tensor b);
    }

    /**
     * Records a two-input op whose backward reads both inputs: they are saved (version-checked and
     * released after backward, as PyTorch saves them) and passed to {@code backward} with the gradient;
     * {@code forward} is its forward-mode formula.
     */
    public static Tensor recordSavingInputs(String name, Tensor out, Tensor a, Tensor b, JvpFn forward,
                                            PairBackward backward) {
        return record(name, out, a, b, ctx -> {
            ctx.forward(forward);
            SavedTensor sa = ctx.save("self", a);
            SavedTensor sb = ctx.save("other", b);
            return g -> backward.apply(ctx, g, sa.get(), sb.get());
        });
    }

    /** Records one node for several outputs (e.g. {@code split}, {@code max} with indices). */
    public static Tensor[] recordMulti(String name, Tensor[] outs, Tensor[] inputs, MultiFactory factory) {
        OpContext ctx = contextFor(inputs, isRecording(inputs));
        if (ctx == null) {
            return outs;
        }
        MultiBackwardFn backward = factory.create(ctx);
        FunctionNode node = null;
        if (ctx.recordsNode()) {
            node = new FunctionNode(name, ctx.edges());
            node.bind(backward, ctx);
            for (int i = 0; i < outs.length; i++) {
                if (outs[i].dtype().isFloatingPoint()) {
                    connect(outs[i], node, i);
                }
            }
        }
        if (ctx.computesTangents()) {
            ForwardPropagation.setAll(outs, ForwardPropagation.compute(() -> ctx.tangentsOf(name)));
        }
        seal(node);
        return outs;
    }

    /**
     * Records the node of a single-output op when grad mode needs it, and computes its output's
     * tangent when forward mode needs it: the factory runs once for both.
     */
    private static Tensor attach(String name, Tensor out, Tensor[] inputs, Factory factory, boolean recording) {
        OpContext ctx = contextFor(inputs, recording);
        if (ctx == null) {
            return out;
        }
        BackwardFn backward = factory.create(ctx);
        FunctionNode node = null;
        if (ctx.recordsNode()) {
            node = new FunctionNode(name, ctx.edges());
            node.bind(backward, ctx);
            connect(out, node, 0);
        }
        if (ctx.computesTangents()) {
            ForwardPropagation.set(out, ForwardPropagation.compute(() -> ctx.tangentOf(name, backward)));
        }
        seal(node);
        return out;
    }

    /**
     * Packs the node's saved tensors under saved-tensors hooks once its outputs are attached; after
     * the tangents, so the forward formula reads them without unpacking.
     */
    private static void seal(FunctionNode node) {
        if (node != null) {
            node.sealSaved();
        }
    }

    /**
     * The context an op's factory fills: with the inputs' edges when a node must be recorded, with
     * their tangents when the output's tangent must be computed; null when neither is wanted.
     */
    private static OpContext contextFor(Tensor[] inputs, boolean recording) {
        Tensor[] tangents = ForwardPropagation.tangentsOf(inputs);
        if (!recording && tangents == null) {
            return null;
        }
        return new OpContext(recording ? edgesOf(inputs) : null, tangents);
    }

    /** Makes {@code out} the {@code index}-th output of {@code node}. */
    public static void connect(Tensor out, Node node, int index) {
        TensorAccess.setGradFn(out, node, index);
        AutogradAccess.setOutputMetadata(node, index, rawShape(out), out.dtype());
    }

    static Edge[] edgesOf(Tensor[] inputs) {
        Edge[] edges = new Edge[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            edges[i] = inputs[i] == null ? NO_EDGE : edgeOf(inputs[i]);
        }
        return edges;
    }

    /** Where a gradient for {@code t} must be sent: its grad_fn, its accumulator, or nowhere. */
    public static Edge edgeOf(Tensor t) {
        if (!t.requiresGrad()) {
            return NO_EDGE;
        }
        Node fn = t.gradFn();
        return fn != null ? new Edge(fn, t.outputNr()) : new Edge(TensorAccess.gradAccumulator(t), 0);
    }
}
