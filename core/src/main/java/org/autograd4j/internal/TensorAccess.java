package org.autograd4j.internal;

import org.autograd4j.Tensor;
import org.autograd4j.autograd.AccumulateGrad;
import org.autograd4j.autograd.Node;
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
    private static volatile Internals internals;

    private TensorAccess() {
    }

    /** What {@code Tensor} implements for the library's own packages. */
    public interface Internals {
        Tensor create(Storage storage, int[] shape, int[] strides, int offset, VersionCounter version);

        Storage storage(Tensor t);

        VersionCounter versionCounter(Tensor t);

        void setGradFn(Tensor t, Node node, int outputNr);

        AccumulateGrad gradAccumulator(Tensor t);

        void setBase(Tensor t, Tensor base);
    }

    /** Called once, by {@code Tensor}'s static initialiser. */
    public static void install(Internals impl) {
        if (internals != null) {
            throw new IllegalStateException("Tensor internals are installed already");
        }
        internals = impl;
    }

    private static Internals internals() {
        Internals impl = internals;
        return impl != null ? impl : initialiseTensor();
    }

    /** Tensor installs the implementation when it is initialised, which no tensor may exist before. */
    private static Internals initialiseTensor() {
        try {
            Class.forName(Tensor.class.getName(), true, Tensor.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return internals;
    }

    /** A tensor over {@code storage} with the given layout. */
    public static Tensor create(Storage storage, int[] shape, int[] strides, int offset, VersionCounter version) {
        return internals().create(storage, shape, strides, offset, version);
    }

    /** A fresh contiguous tensor over {@code storage}. */
    public static Tensor create(Storage storage, int[] shape) {
        return create(storage, shape, Shapes.contiguousStrides(shape), 0, new VersionCounter());
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
}
