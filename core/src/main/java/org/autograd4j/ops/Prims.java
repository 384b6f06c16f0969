package org.autograd4j.ops;

import java.util.function.Supplier;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.autograd.engine.ForwardLevel;

/**
 * Small helpers shared by the nn operators: running a forward computation unrecorded, the
 * reduction argument of losses, and per-channel views.
 */
final class Prims {
    private Prims() {
    }

    /**
     * Runs {@code f} with grad mode off and no tangents computed: the forward computations of
     * recorded ops, whose node and forward formula the op gives itself.
     */
    static Tensor noGrad(Supplier<Tensor> f) {
        try (GradMode.Guard g = GradMode.set(false); ForwardLevel.Suspension s = ForwardLevel.suspend()) {
            return f.get();
        }
    }

    /** Rejects anything but "none", "mean" and "sum", with PyTorch's message. */
    static void checkReduction(String reduction) {
        if (!"none".equals(reduction) && !"mean".equals(reduction) && !"sum".equals(reduction)) {
            throw new IllegalArgumentException(reduction + " is not a valid value for reduction");
        }
    }

    /** Applies a checked reduction to per-element losses. */
    static Tensor reduce(Tensor elems, String reduction) {
        checkReduction(reduction);
        switch (reduction) {
            case "mean": return elems.mean();
            case "sum": return elems.sum();
            default: return elems;
        }
    }

    /** PyTorch's {@code torch.Size([2, 3])} spelling of a shape, for error messages. */
    static String torchSize(int[] shape) {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append("])").toString();
    }

    /** A 1-D per-channel tensor viewed to broadcast against a tensor of rank {@code rank} along {@code dim}. */
    static Tensor channelView(Tensor t, int rank, int dim) {
        int[] shape = new int[rank];
        java.util.Arrays.fill(shape, 1);
        shape[dim] = t.numel();
        return t.reshape(shape);
    }

    /** All dims of a rank-{@code rank} tensor except {@code keep}. */
    static int[] allDimsBut(int rank, int keep) {
        int[] dims = new int[rank - 1];
        for (int d = 0, k = 0; d < rank; d++) {
            if (d != keep) {
                dims[k++] = d;
            }
        }
        return dims;
    }
}
