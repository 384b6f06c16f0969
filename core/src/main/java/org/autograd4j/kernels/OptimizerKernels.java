package org.autograd4j.kernels;

/**
 * Fused optimizer updates for float32 parameters: one pass over the parameter, its gradient and
 * its state, with no temporaries. Each formula follows the order of PyTorch's own tensor ops
 * (float arithmetic, scalars rounded to float first) so that results stay within float rounding of
 * PyTorch's; the SIMD provider computes the very same operations, so the two agree bit for bit.
 *
 * <p>State arrays are read from {@code stateOff} onwards, in the parameter's element order.
 */
public interface OptimizerKernels {

    /**
     * One SGD step's scalars: {@code d = sign*g (+ weightDecay*p); buf = first ? d : momentum*buf + keep*d;
     * d = nesterov ? d + momentum*buf : buf; p += negLr * d}, where {@code keep = 1 - dampening}.
     */
    record SgdStep(float negLr, float sign, float weightDecay, float momentum, float keep, boolean nesterov,
                   boolean first) {
    }

    /**
     * One Adam(W) step's scalars: {@code g = sign*g (+ l2*p); p *= decay; m = beta1*m + (1-beta1)*g;
     * v = beta2*v + (1-beta2)*g*g; p += negStepSize*m / (sqrt(v or vMax) / biasCorrection2Sqrt + eps)}.
     */
    record AdamStep(float sign, float l2, float decay, float beta1, float oneMinusBeta1, float beta2,
                    float oneMinusBeta2, float negStepSize, float biasCorrection2Sqrt, float eps) {
    }

    /** SGD; {@code momentumBuffer} is null without momentum. */
    void sgd(SgdStep step, int n, float[] param, int paramOff, float[] grad, int gradOff, float[] momentumBuffer,
             int stateOff);

    /** Adam and AdamW; {@code maxExpAvgSq} is null without amsgrad. */
    void adam(AdamStep step, int n, float[] param, int paramOff, float[] grad, int gradOff, float[] expAvg,
              float[] expAvgSq, float[] maxExpAvgSq, int stateOff);

    /** The provider in use: SIMD when {@link Kernels} chose SIMD, scalar otherwise; long runs split over threads. */
    static OptimizerKernels chosen() {
        return OptimizerKernelChoice.CHOSEN;
    }
}
