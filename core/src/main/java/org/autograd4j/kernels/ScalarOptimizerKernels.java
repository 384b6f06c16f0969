package org.autograd4j.kernels;

/**
 * The optimizer updates as plain loops, always available. Amsgrad's running maximum is kept by the
 * same loop: without amsgrad the maximum is taken over {@code v} itself, just written, so it is v.
 *
 * <p>Each loop indexes every operand with one index, the form C2 vectorises (3x faster, see
 * {@link AlignedBlocks}); operands at different offsets reach it through {@link AlignedBlocks}.
 */
final class ScalarOptimizerKernels implements OptimizerKernels {

    @Override
    public void sgd(SgdStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] buf, int sOff) {
        if (gOff == pOff && (buf == null || sOff == pOff)) {
            sgd(h, pOff, pOff + n, p, g, buf);
        } else {
            AlignedBlocks.run(n, new float[][] {p, buf, g}, new int[] {pOff, sOff, gOff}, 2,
                    (length, o) -> sgd(h, 0, length, o[0], o[2], o[1]));
        }
    }

    /** SGD over indices [from, to) of all three arrays. */
    private static void sgd(SgdStep h, int from, int to, float[] p, float[] g, float[] buf) {
        float negLr = h.negLr();
        float sign = h.sign();
        float decay = h.weightDecay();
        float momentum = h.momentum();
        float keep = h.keep();
        for (int i = from; i < to; i++) {
            float d = sign * g[i];
            if (decay != 0) {
                d = d + decay * p[i];
            }
            if (buf != null) {
                float b = h.first() ? d : buf[i] * momentum + keep * d;
                buf[i] = b;
                d = h.nesterov() ? d + momentum * b : b;
            }
            p[i] = p[i] + negLr * d;
        }
    }

    @Override
    public void adam(AdamStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] m, float[] v,
                     float[] vMax, int sOff) {
        if (gOff == pOff && sOff == pOff) {
            adam(h, pOff, pOff + n, p, g, m, v, vMax);
        } else {
            AlignedBlocks.run(n, new float[][] {p, m, v, vMax, g}, new int[] {pOff, sOff, sOff, sOff, gOff}, 4,
                    (length, o) -> adam(h, 0, length, o[0], o[4], o[1], o[2], o[3]));
        }
    }

    /** Adam over indices [from, to) of all arrays. */
    private static void adam(AdamStep h, int from, int to, float[] p, float[] g, float[] m, float[] v, float[] vMax) {
        float[] max = vMax == null ? v : vMax;
        for (int i = from; i < to; i++) {
            float grad = h.sign() * g[i];
            if (h.l2() != 0) {
                grad = grad + h.l2() * p[i];
            }
            float param = p[i] * h.decay();
            float mi = m[i] * h.beta1() + h.oneMinusBeta1() * grad;
            float vi = v[i] * h.beta2() + h.oneMinusBeta2() * grad * grad;
            m[i] = mi;
            v[i] = vi;
            float second = Math.max(max[i], vi);
            max[i] = second;
            float denom = (float) Math.sqrt(second) / h.biasCorrection2Sqrt() + h.eps();
            p[i] = param + h.negStepSize() * mi / denom;
        }
    }
}
