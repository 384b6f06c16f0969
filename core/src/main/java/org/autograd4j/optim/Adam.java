package org.autograd4j.optim;

import static org.autograd4j.internal.TensorAccess.storage;
import static org.autograd4j.internal.TensorAccess.versionCounter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;

/**
 * Adam, as {@code torch.optim.Adam} (and, with decoupled weight decay, {@code AdamW}):
 * <pre>
 * g = grad + weightDecay * p            (Adam; AdamW instead does p *= 1 - lr * weightDecay)
 * m = beta1 * m + (1 - beta1) * g
 * v = beta2 * v + (1 - beta2) * g²       (amsgrad: vMax = max(vMax, v), used below instead of v)
 * p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 * One fused loop per parameter; state is kept in the parameter's dtype.
 */
public class Adam extends Optimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean amsgrad;
    private final boolean decoupledWeightDecay;
    private final Map<Tensor, State> states = new IdentityHashMap<>();

    /** Per-parameter moments and step count. */
    private static final class State {
        final Tensor expAvg;
        final Tensor expAvgSq;
        final Tensor maxExpAvgSq;
        long step;

        State(Tensor p, boolean amsgrad) {
            expAvg = zerosLike(p);
            expAvgSq = zerosLike(p);
            maxExpAvgSq = amsgrad ? zerosLike(p) : null;
        }
    }

    public Adam(List<Tensor> params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0, false);
    }

    /** All of PyTorch's parameters, in its order ({@code betas} as two numbers). */
    public Adam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay,
                boolean amsgrad) {
        this(params, lr, beta1, beta2, eps, weightDecay, amsgrad, false);
    }

    Adam(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad,
         boolean decoupledWeightDecay) {
        super(params);
        requireNonNegative(lr, "learning rate");
        requireNonNegative(eps, "epsilon value");
        if (beta1 < 0 || beta1 >= 1) {
            throw new IllegalArgumentException("Invalid beta parameter at index 0: " + beta1);
        }
        if (beta2 < 0 || beta2 >= 1) {
            throw new IllegalArgumentException("Invalid beta parameter at index 1: " + beta2);
        }
        requireNonNegative(weightDecay, "weight_decay value");
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
        this.decoupledWeightDecay = decoupledWeightDecay;
    }

    @Override
    public void step() {
        for (Tensor p : params) {
            Tensor g = p.grad();
            if (g == null) {
                continue;
            }
            if (!flat(p)) {
                throw new IllegalStateException("Adam needs contiguous parameters");
            }
            State s = states.computeIfAbsent(p, key -> new State(key, amsgrad));
            s.step++;
            update(p, g.contiguous(), s);
            versionCounter(p).bump();
        }
    }

    private void update(Tensor p, Tensor grad, State s) {
        double stepSize = lr / (1 - Math.pow(beta1, s.step));
        double correction2Sqrt = Math.sqrt(1 - Math.pow(beta2, s.step));
        double decay = decoupledWeightDecay ? 1 - lr * weightDecay : 1;
        double l2 = decoupledWeightDecay ? 0 : weightDecay;
        int n = p.numel();
        int po = p.storageOffset();
        int go = grad.storageOffset();
        if (isFloat(p)) {
            float[] pa = storage(p).floats();
            float[] ga = storage(grad).floats();
            float[] m = storage(s.expAvg).floats();
            float[] v = storage(s.expAvgSq).floats();
            float[] vMax = s.maxExpAvgSq == null ? null : storage(s.maxExpAvgSq).floats();
            for (int i = 0; i < n; i++) {
                double param = pa[po + i] * decay;
                double gi = ga[go + i] + l2 * pa[po + i];
                m[i] = (float) (beta1 * m[i] + (1 - beta1) * gi);
                v[i] = (float) (beta2 * v[i] + (1 - beta2) * gi * gi);
                double second = v[i];
                if (vMax != null) {
                    vMax[i] = Math.max(vMax[i], v[i]);
                    second = vMax[i];
                }
                pa[po + i] = (float) (param - stepSize * m[i] / (Math.sqrt(second) / correction2Sqrt + eps));
            }
        } else {
            double[] pa = storage(p).doubles();
            double[] ga = storage(grad).doubles();
            double[] m = storage(s.expAvg).doubles();
            double[] v = storage(s.expAvgSq).doubles();
            double[] vMax = s.maxExpAvgSq == null ? null : storage(s.maxExpAvgSq).doubles();
            for (int i = 0; i < n; i++) {
                double param = pa[po + i] * decay;
                double gi = ga[go + i] + l2 * pa[po + i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                double second = v[i];
                if (vMax != null) {
                    vMax[i] = Math.max(vMax[i], v[i]);
                    second = vMax[i];
                }
                pa[po + i] = param - stepSize * m[i] / (Math.sqrt(second) / correction2Sqrt + eps);
            }
        }
    }
}
