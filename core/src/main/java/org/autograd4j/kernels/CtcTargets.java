package org.autograd4j.kernels;

import java.util.Arrays;

/**
 * A batch's CTC targets cut into one label sequence per sample: padded targets [N, S] hold sample
 * b's labels at the start of row b, concatenated (1-D) ones hold them one sample after another.
 * The lengths are non-negative (the caller checks them first).
 */
public final class CtcTargets {
    private CtcTargets() {
    }

    /** Where each sample's labels start in concatenated targets: after all the earlier samples' labels. */
    public static long[] concatenatedStarts(long[] lengths) {
        long[] starts = new long[lengths.length];
        for (int b = 1; b < lengths.length; b++) {
            starts[b] = starts[b - 1] + lengths[b - 1];
        }
        return starts;
    }

    /** Each sample's labels, {@code flat[starts[b], starts[b] + lengths[b])}, all of which the caller checked are there. */
    public static long[][] cut(long[] flat, long[] starts, long[] lengths) {
        long[][] labels = new long[lengths.length][];
        for (int b = 0; b < lengths.length; b++) {
            labels[b] = Arrays.copyOfRange(flat, (int) starts[b], (int) (starts[b] + lengths[b]));
        }
        return labels;
    }
}
