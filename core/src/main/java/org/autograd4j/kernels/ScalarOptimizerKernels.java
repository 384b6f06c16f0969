package org.autograd4j.kernels;

/**
 * The optimizer updates as plain loops, always available. Amsgrad's running maximum is kept by the
 * same loop: without amsgrad the maximum is taken over {@code v} itself, just written, so it is v.
 */
final class ScalarOptimizerKernels implements OptimizerKernels {

    @Override
    public void sgd(SgdStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] buf, int sOff) {
        float negLr = h.negLr();
        float sign = h.sign();
        float decay = h.weightDecay();
        float momentum = h.momentum();
        float keep = h.keep();
        for (int i = 0; i < n; i++) {
            float d = sign * g[gOff + i];
            if (decay != 0) {
                d = d + decay * p[pOff + i];
            }
            if (buf != null) {
                float b = h.first() ? d : buf[sOff + i] * momentum + keep * d;
                buf[sOff + i] = b;
                d = h.nesterov() ? d + momentum * b : b;
            }
            p[pOff + i] = p[pOff + i] + negLr * d;
        }
    }

    @Override
    public void adam(AdamStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] m, float[] v,
                     float[] vMax, int sOff) {
        float[] max = vMax == null ? v : vMax;
        for (int i = 0; i < n; i++) {
            float grad = h.sign() * g[gOff + i];
            if (h.l2() != 0) {
                grad = grad + h.l2() * p[pOff + i];
            }
            float param = p[pOff + i] * h.decay();
            float mi = m[sOff + i] * h.beta1() + h.oneMinusBeta1() * grad;
            float vi = v[sOff + i] * h.beta2() + h.oneMinusBeta2() * grad * grad;
            m[sOff + i] = mi;
            v[sOff + i] = vi;
            float second = Math.max(max[sOff + i], vi);
            max[sOff + i] = second;
            float denom = (float) Math.sqrt(second) / h.biasCorrection2Sqrt() + h.eps();
            p[pOff + i] = param + h.negStepSize() * mi / denom;
        }
    }
}
