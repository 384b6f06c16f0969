package org.autograd4j.kernels;

/**
 * A linear map along one axis, from {@code inSize} input positions to {@code outSize} output
 * positions: output position {@code o} is the weighted sum of the input positions
 * {@code index[k]} with weights {@code weight[k]} for {@code k} in {@code [start[o], start[o + 1])}.
 * Interpolation (nearest, linear, cubic) and adaptive averaging are each such a map per axis, and
 * applying one map per spatial axis in turn gives their 2-D and 3-D forms.
 */
public final class AxisTaps {
    final int inSize;
    final int outSize;
    final int[] start;
    final int[] index;
    final double[] weight;

    /** Taps as built by a {@link Builder}; the arrays are owned by the new instance. */
    private AxisTaps(int inSize, int outSize, int[] start, int[] index, double[] weight) {
        this.inSize = inSize;
        this.outSize = outSize;
        this.start = start;
        this.index = index;
        this.weight = weight;
    }

    public int inSize() {
        return inSize;
    }

    public int outSize() {
        return outSize;
    }

    /** Collects the taps of output positions 0, 1, ... in order: {@link #tap} for each input, {@link #next} after each output. */
    public static final class Builder {
        private final int inSize;
        private final int outSize;
        private final int[] start;
        private int[] index;
        private double[] weight;
        private int outputs;
        private int taps;

        public Builder(int inSize, int outSize, int tapsPerOutput) {
            this.inSize = inSize;
            this.outSize = outSize;
            this.start = new int[outSize + 1];
            this.index = new int[Math.max(1, outSize * tapsPerOutput)];
            this.weight = new double[index.length];
        }

        /** Adds {@code w} times input position {@code i} to the current output position. */
        public Builder tap(int i, double w) {
            if (taps == index.length) {
                index = java.util.Arrays.copyOf(index, 2 * taps);
                weight = java.util.Arrays.copyOf(weight, 2 * taps);
            }
            index[taps] = i;
            weight[taps++] = w;
            return this;
        }

        /** Ends the current output position. */
        public Builder next() {
            start[++outputs] = taps;
            return this;
        }

        public AxisTaps build() {
            if (outputs != outSize) {
                throw new IllegalStateException(outputs + " of " + outSize + " output positions given");
            }
            return new AxisTaps(inSize, outSize, start, index, weight);
        }
    }
}
