package org.autograd4j.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * The optimizer updates on {@code jdk.incubator.vector}, the same operations as
 * {@link ScalarOptimizerKernels} in the same order, so the results are equal bit for bit. Options
 * are applied with all-true or all-false masks rather than branches, because C2 only keeps vectors
 * in registers when no vector value flows through a merge point (see {@link SimdKernels}). The
 * tail shorter than a vector goes through the scalar loops.
 *
 * <p>Loaded reflectively; never reference this class from code that must run without the module.
 */
final class SimdOptimizerKernels implements OptimizerKernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED.withShape(SimdShape.SHAPE);

    private final ScalarOptimizerKernels scalar = new ScalarOptimizerKernels();

    @Override
    public void sgd(SgdStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] buf, int sOff) {
        int done = F.loopBound(n);
        VectorMask<Float> decays = F.maskAll(h.weightDecay() != 0);
        VectorMask<Float> first = F.maskAll(h.first());
        VectorMask<Float> nesterov = F.maskAll(h.nesterov());
        if (buf == null) {
            for (int i = 0; i < done; i += F.length()) {
                FloatVector param = FloatVector.fromArray(F, p, pOff + i);
                FloatVector d = direction(FloatVector.fromArray(F, g, gOff + i), param, h, decays);
                param.add(d.mul(h.negLr())).intoArray(p, pOff + i);
            }
        } else {
            for (int i = 0; i < done; i += F.length()) {
                FloatVector param = FloatVector.fromArray(F, p, pOff + i);
                FloatVector d = direction(FloatVector.fromArray(F, g, gOff + i), param, h, decays);
                FloatVector b = FloatVector.fromArray(F, buf, sOff + i).mul(h.momentum()).add(d.mul(h.keep()))
                        .blend(d, first);
                b.intoArray(buf, sOff + i);
                param.add(b.blend(d.add(b.mul(h.momentum())), nesterov).mul(h.negLr())).intoArray(p, pOff + i);
            }
        }
        scalar.sgd(h, n - done, p, pOff + done, g, gOff + done, buf, sOff + done);
    }

    /** The gradient, negated to maximize, plus weight decay when there is some. */
    private static FloatVector direction(FloatVector grad, FloatVector param, SgdStep h, VectorMask<Float> decays) {
        return grad.mul(h.sign()).add(param.mul(h.weightDecay()), decays);
    }

    @Override
    public void adam(AdamStep h, int n, float[] p, int pOff, float[] g, int gOff, float[] m, float[] v,
                     float[] vMax, int sOff) {
        int done = F.loopBound(n);
        float[] max = vMax == null ? v : vMax;
        VectorMask<Float> l2 = F.maskAll(h.l2() != 0);
        for (int i = 0; i < done; i += F.length()) {
            FloatVector param = FloatVector.fromArray(F, p, pOff + i);
            FloatVector grad = FloatVector.fromArray(F, g, gOff + i).mul(h.sign()).add(param.mul(h.l2()), l2);
            FloatVector mi = FloatVector.fromArray(F, m, sOff + i).mul(h.beta1()).add(grad.mul(h.oneMinusBeta1()));
            FloatVector vi = FloatVector.fromArray(F, v, sOff + i).mul(h.beta2())
                    .add(grad.mul(h.oneMinusBeta2()).mul(grad));
            mi.intoArray(m, sOff + i);
            vi.intoArray(v, sOff + i);
            FloatVector second = FloatVector.fromArray(F, max, sOff + i).max(vi);
            second.intoArray(max, sOff + i);
            FloatVector denom = second.sqrt().div(h.biasCorrection2Sqrt()).add(h.eps());
            param.mul(h.decay()).add(mi.mul(h.negStepSize()).div(denom)).intoArray(p, pOff + i);
        }
        scalar.adam(h, n - done, p, pOff + done, g, gOff + done, m, v, vMax, sOff + done);
    }
}
