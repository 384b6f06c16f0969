package org.autograd4j;

import static org.autograd4j.internal.TensorAccess.rawShape;


/**
 * One entry of a basic-indexing expression, for {@link Tensor#get(Index...)} and
 * {@link Tensor#set(Tensor, Index...)}: PyTorch's {@code x[0, 1:3, None, ..., ::2]} is
 * {@code x.get(Index.at(0), Index.slice(1, 3), Index.NEW_AXIS, Index.ellipsis(), Index.slice(null, null, 2))}.
 *
 * <p>Integers select (removing the dimension), slices keep it, {@code NEW_AXIS} inserts a size-1
 * dimension and the ellipsis stands for as many full slices as needed; the result is then a view.
 * An int64 or bool {@link #tensor(Tensor)} entry is advanced indexing (as {@link Tensor#index}),
 * applied after the basic entries as PyTorch does; the result is then a copy.
 */
public final class Index {
    /** The kinds of index entries. */
    public enum Kind { INT, SLICE, NEW_AXIS, ELLIPSIS, TENSOR }

    /** {@code None} / {@code np.newaxis}: a new size-1 dimension. */
    public static final Index NEW_AXIS = new Index(Kind.NEW_AXIS, 0, null, null, 1);
    /** {@code :}, the full slice. */
    public static final Index ALL = new Index(Kind.SLICE, 0, null, null, 1);
    /** {@code ...}. */
    public static final Index ELLIPSIS = new Index(Kind.ELLIPSIS, 0, null, null, 1);

    private final Kind kind;
    private final int index;
    private final Integer start;
    private final Integer stop;
    private final int step;
    private final Tensor tensor;

    private Index(Kind kind, int index, Integer start, Integer stop, int step) {
        this(kind, index, start, stop, step, null);
    }

    private Index(Kind kind, int index, Integer start, Integer stop, int step, Tensor tensor) {
        this.tensor = tensor;
        this.kind = kind;
        this.index = index;
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** An integer index (negative counts from the end): selects and removes the dimension. */
    public static Index at(int index) {
        return new Index(Kind.INT, index, null, null, 1);
    }

    /** {@code start:stop}; null stands for an omitted bound. Bounds are clamped as in Python. */
    public static Index slice(Integer start, Integer stop) {
        return slice(start, stop, 1);
    }

    /** {@code start:stop:step}; null stands for an omitted bound; step must be positive, as in PyTorch. */
    public static Index slice(Integer start, Integer stop, int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be greater than zero");
        }
        return new Index(Kind.SLICE, 0, start, stop, step);
    }

    /** {@code start:}. */
    public static Index from(int start) {
        return slice(start, null, 1);
    }

    /** {@code :stop}. */
    public static Index to(int stop) {
        return slice(null, stop, 1);
    }

    /** An int64 or bool index tensor, PyTorch's {@code x[idx]} / {@code x[mask]} inside a larger expression. */
    public static Index tensor(Tensor index) {
        return new Index(Kind.TENSOR, 0, null, null, 1, index);
    }

    /** {@code ...}, the same as {@link #ELLIPSIS}. */
    public static Index ellipsis() {
        return ELLIPSIS;
    }

    public Kind kind() {
        return kind;
    }

    /** The integer of an {@code at} entry. */
    public int index() {
        return index;
    }

    /** The start of a slice, or null when omitted. */
    public Integer start() {
        return start;
    }

    /** The stop of a slice, or null when omitted. */
    public Integer stop() {
        return stop;
    }

    public int step() {
        return step;
    }

    /** The index tensor of a {@code tensor} entry. */
    public Tensor tensor() {
        return tensor;
    }

    /** How many dimensions of the indexed tensor this entry consumes (a bool mask: its rank). */
    public int consumedDims() {
        switch (kind) {
            case INT:
            case SLICE:
                return 1;
            case TENSOR:
                return tensor.dtype() == DType.BOOL ? tensor.dim() : 1;
            default:
                return 0;
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case INT: return Integer.toString(index);
            case NEW_AXIS: return "None";
            case ELLIPSIS: return "...";
            case TENSOR: return "tensor" + org.autograd4j.tensor.Shapes.str(rawShape(tensor));
            default:
                return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == 1 ? "" : ":" + step);
        }
    }
}
