package org.autograd4j.autograd.engine;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.AccumulateGrad;
import org.autograd4j.autograd.Edge;
import org.autograd4j.autograd.Node;

/**
 * The parts of the exported autograd classes ({@link Node}, {@code AccumulateGrad},
 * {@code AnomalyMode}) that only the engine may use. They are not public
 * methods of those classes, so they are not API, and this package is not exported by the module.
 * {@code Node} installs the one implementation when its class is initialised, as {@code Tensor}
 * does for {@code internal.TensorAccess}.
 */
public final class AutogradAccess {
    private static Internals installed;

    private AutogradAccess() {
    }

    /** What the {@code autograd} package implements for the engine. */
    public interface Internals {
        boolean hasHooks(Node node);

        int edgeCount(Node node);

        Edge edge(Node node, int i);

        long sequenceNr(Node node);

        int[] outputShape(Node node, int index);

        DType outputDtype(Node node, int index);

        void setOutputMetadata(Node node, int index, int[] shape, DType dtype);

        Tensor[] runPreHooks(Node node, Tensor[] grads);

        Tensor[] apply(Node node, Tensor[] grads);

        Tensor[] runPostHooks(Node node, Tensor[] gradInputs, Tensor[] gradOutputs);

        void releaseSaved(Node node);

        AccumulateGrad newAccumulator(Tensor leaf);

        void accumulate(Tensor leaf, Tensor grad);
    }

    /** Called once, first thing in {@code Node}'s static initialiser. */
    public static synchronized void install(Internals impl) {
        if (installed != null) {
            throw new IllegalStateException("autograd internals are installed already");
        }
        installed = impl;
    }

    /** The implementation, as a constant the JIT folds; loading it initialises {@code Node}, which installs it. */
    private static final class Holder {
        static final Internals INTERNALS = load();

        private static Internals load() {
            try {
                Class.forName(Node.class.getName(), true, Node.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            synchronized (AutogradAccess.class) {
                return installed;
            }
        }
    }

    static Internals internals() {
        return Holder.INTERNALS;
    }

    /** How many edges (forward inputs) the node has. */
    static int edgeCount(Node node) {
        return internals().edgeCount(node);
    }

    /** The node's edge for forward input {@code i}. */
    static Edge edge(Node node, int i) {
        return internals().edge(node, i);
    }

    /** The node's creation order: the engine runs the latest-created ready node first. */
    static long sequenceNr(Node node) {
        return internals().sequenceNr(node);
    }

    /** The shape of forward output {@code index}, which its gradient must have. */
    static int[] outputShape(Node node, int index) {
        return internals().outputShape(node, index);
    }

    /** The dtype of forward output {@code index}. */
    static DType outputDtype(Node node, int index) {
        return internals().outputDtype(node, index);
    }

    /** Records the shape and dtype of forward output {@code index}. */
    static void setOutputMetadata(Node node, int index, int[] shape, DType dtype) {
        internals().setOutputMetadata(node, index, shape, dtype);
    }

    /** Runs the node's pre-hooks (tensor hooks, retain_grad, registered pre-hooks) on its incoming gradients. */
    static Tensor[] runPreHooks(Node node, Tensor[] grads) {
        return internals().runPreHooks(node, grads);
    }

    /** Whether user code may see the node's gradients: it has hooks. */
    static boolean hasHooks(Node node) {
        return internals().hasHooks(node);
    }

    /** Runs the node's backward formula, through anomaly mode's blame when that is on. */
    static Tensor[] apply(Node node, Tensor[] grads) {
        return internals().apply(node, grads);
    }

    /** Runs the node's post-hooks, which may replace its input gradients. */
    static Tensor[] runPostHooks(Node node, Tensor[] gradInputs, Tensor[] gradOutputs) {
        return internals().runPostHooks(node, gradInputs, gradOutputs);
    }

    /** Frees what the node saved for backward. */
    static void releaseSaved(Node node) {
        internals().releaseSaved(node);
    }

    /** A leaf's accumulator node; {@code Tensor} makes one per leaf, on first use. */
    public static AccumulateGrad newAccumulator(Tensor leaf) {
        return internals().newAccumulator(leaf);
    }

    /** Adds {@code grad} into the leaf's {@code .grad}, as its AccumulateGrad node does. */
    static void accumulate(Tensor leaf, Tensor grad) {
        internals().accumulate(leaf, grad);
    }
}
