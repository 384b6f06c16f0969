package org.autograd4j.nn;

import java.util.Arrays;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/**
 * Base of the padding layers ({@code _ConstantPadNd}, {@code _ReflectionPadNd},
 * {@code _ReplicationPadNd}): {@link F#pad} of the last {@code dims} dims. The padding is one value
 * for every side, or (left, right[, top, bottom[, front, back]]) as F.pad's.
 */
public abstract class PadNd extends Module {
    private final int[] padding;
    private final String mode;
    private final double value;

    protected PadNd(int dims, int[] padding, String mode, double value) {
        Args.nonNull(padding, "padding");
        if (padding.length != 1 && padding.length != 2 * dims) {
            throw new IllegalArgumentException("padding must be an int or a tuple of " + 2 * dims + " ints, but got "
                    + padding.length + " ints");
        }
        this.padding = padding.length == 1 ? filled(2 * dims, padding[0]) : padding.clone();
        this.mode = mode;
        this.value = value;
    }

    private static int[] filled(int n, int v) {
        int[] out = new int[n];
        Arrays.fill(out, v);
        return out;
    }

    @Override
    public Tensor forward(Tensor input) {
        return F.pad(input, padding, mode, value);
    }

    /** The padding as PyTorch prints it, {@code (1, 1, 2, 2)}. */
    protected final String paddingRepr() {
        return PyRepr.tuple(padding);
    }

    /** The constant layers print {@code padding=(...), value=v}; the others only the tuple. */
    @Override
    public String extraRepr() {
        return mode.equals("constant") ? "padding=" + paddingRepr() + ", value=" + PyRepr.num(value) : paddingRepr();
    }
}
