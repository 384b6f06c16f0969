package org.autograd4j.internal;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.AccumulateGrad;
import org.autograd4j.autograd.Node;
import org.autograd4j.autograd.engine.ForwardLevel;
import org.autograd4j.tensor.Shapes;
import org.autograd4j.tensor.Storage;
import org.autograd4j.tensor.VersionCounter;

/**
 * The parts of {@link Tensor} that only the library itself may use: its storage, version counter,
 * producing node and accumulator, and making a tensor over a storage. They are not methods of
 * {@code Tensor}, so they are not public API, and this package is not exported by the module.
 * {@code Tensor} installs the one implementation when its class is initialised.
 */
public final class TensorAccess {
    private static Internals installed;

    private TensorAccess() {
    }

    /** What {@code Tensor} implements for the library's own packages. */
    public interface Internals {
        Tensor create(Storage storage, int[] shape, int[] strides, int offset, VersionCounter version);

        Tensor wrap(double value);

        Tensor wrap(long value);

        int[] rawShape(Tensor t);

        int[] rawStrides(Tensor t);

        boolean isWrappedNumber(Tensor t);

        Storage storage(Tensor t);

        VersionCounter versionCounter(Tensor t);

        void setGradFn(Tensor t, Node node, int outputNr);

        AccumulateGrad gradAccumulator(Tensor t);

        void setBase(Tensor t, Tensor base);

        Tensor tangent(Tensor t, ForwardLevel level);

        void setTangent(Tensor t, ForwardLevel level, Tensor tangent);
    }

    /** Called once, first thing in {@code Tensor}'s static initialiser. */
    public static synchronized void install(Internals impl) {
        if (installed != null) {
            throw new IllegalStateException("Tensor internals are installed already");
        }
        installed = impl;
    }

    /**
     * The implementation, as a constant the JIT folds into each call site (so these accessors cost
     * what a field read costs). Loading it initialises {@code Tensor}, which installs it.
     */
    private static final class Holder {
        static final Internals INTERNALS = load();

        private static Internals load() {
            try {
                Class.forName(Tensor.class.getName(), true, Tensor.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            synchronized (TensorAccess.class) {
                return installed;
            }
        }
    }

    private static Internals internals() {
        return Holder.INTERNALS;
    }

    /** A tensor over {@code storage} with the given layout. */
    public static Tensor create(Storage storage, int[] shape, int[] strides, int offset, VersionCounter version) {
        return internals().create(storage, shape, strides, offset, version);
    }

    /** A fresh contiguous tensor over {@code storage}. */
    public static Tensor create(Storage storage, int[] shape) {
        return create(storage, shape, Shapes.contiguousStrides(shape), 0, new VersionCounter());
    }

    /** A Java number as a 0-d "wrapped number" tensor: it promotes like a Python scalar. */
    public static Tensor wrap(double value) {
        return internals().wrap(value);
    }

    /** A Java integer as a wrapped number, which keeps integer tensors integral ({@code ints.add(2)}). */
    public static Tensor wrap(long value) {
        return internals().wrap(value);
    }

    /** The tensor's shape array itself, without the copy {@code shape()} makes. Never modify it. */
    public static int[] rawShape(Tensor t) {
        return internals().rawShape(t);
    }

    /** The tensor's strides array itself. Never modify it. */
    public static int[] rawStrides(Tensor t) {
        return internals().rawStrides(t);
    }

    /** Whether the tensor is a Java number wrapped for an arithmetic call. */
    public static boolean isWrappedNumber(Tensor t) {
        return internals().isWrappedNumber(t);
    }

    /** The storage the tensor views. */
    public static Storage storage(Tensor t) {
        return internals().storage(t);
    }

    /** The in-place modification counter the tensor shares with its views. */
    public static VersionCounter versionCounter(Tensor t) {
        return internals().versionCounter(t);
    }

    /** Makes {@code node} the tensor's producing node, as output {@code outputNr}; it then requires grad. */
    public static void setGradFn(Tensor t, Node node, int outputNr) {
        internals().setGradFn(t, node, outputNr);
    }

    /** The leaf's accumulator node, created once and shared by every edge to the leaf. */
    public static AccumulateGrad gradAccumulator(Tensor t) {
        return internals().gradAccumulator(t);
    }

    /** Makes the tensor a view of {@code base} (or of base's own base), for in-place tracking. */
    public static void setBase(Tensor t, Tensor base) {
        internals().setBase(t, base);
    }

    /** The tensor's tangent at {@code level}, or null if it has none there. */
    public static Tensor tangent(Tensor t, ForwardLevel level) {
        return internals().tangent(t, level);
    }

    /** Gives the tensor a tangent at {@code level} (null removes it); the caller has checked its shape. */
    public static void setTangent(Tensor t, ForwardLevel level, Tensor tangent) {
        internals().setTangent(t, level, tangent);
    }
}
