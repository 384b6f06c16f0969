package org.autograd4j.optim;

import static org.autograd4j.internal.TensorAccess.storage;
import static org.autograd4j.internal.TensorAccess.versionCounter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.TensorAccess;

/**
 * Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and weight
 * decay, exactly as {@code torch.optim.SGD}:
 * <pre>
 * d = grad + weightDecay * p
 * buf = first step ? d : momentum * buf + (1 - dampening) * d
 * d = nesterov ? d + momentum * buf : buf
 * p -= lr * d
 * </pre>
 * The update is one fused loop per parameter over its flat arrays.
 */
public final class SGD extends Optimizer {
    private final double lr;
    private final double momentum;
    private final double dampening;
    private final double weightDecay;
    private final boolean nesterov;
    private final Map<Tensor, Tensor> momentumBuffers = new IdentityHashMap<>();

    public SGD(List<Tensor> params, double lr) {
        this(params, lr, 0, 0, 0, false);
    }

    public SGD(List<Tensor> params, double lr, double momentum) {
        this(params, lr, momentum, 0, 0, false);
    }

    /** All of PyTorch's parameters, in its order. */
    public SGD(List<Tensor> params, double lr, double momentum, double dampening, double weightDecay, boolean nesterov) {
        super(params);
        requireNonNegative(lr, "learning rate");
        requireNonNegative(momentum, "momentum value");
        requireNonNegative(weightDecay, "weight_decay value");
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening");
        }
        this.lr = lr;
        this.momentum = momentum;
        this.dampening = dampening;
        this.weightDecay = weightDecay;
        this.nesterov = nesterov;
    }

    @Override
    public void step() {
        for (Tensor p : params) {
            Tensor g = p.grad();
            if (g == null) {
                continue;
            }
            Tensor buf = null;
            boolean first = false;
            if (momentum != 0) {
                buf = momentumBuffers.get(p);
                if (buf == null) {
                    buf = zerosLike(p);
                    momentumBuffers.put(p, buf);
                    first = true;
                }
            }
            update(p, g, buf, first);
        }
    }

    /**
     * The float32 update in float arithmetic, as PyTorch computes it, with the loop-invariant
     * choices outside the loops so that each loop is a plain vectorisable sweep.
     */
    private void updateFloats(int n, float[] pa, int po, float[] ga, int go, float[] ba, boolean first) {
        float rate = (float) lr;
        float decay = (float) weightDecay;
        float mom = (float) momentum;
        float keep = (float) (1 - dampening);
        if (ba == null) {
            for (int i = 0; i < n; i++) {
                pa[po + i] -= rate * (ga[go + i] + decay * pa[po + i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            float d = ga[go + i] + decay * pa[po + i];
            float b = first ? d : mom * ba[i] + keep * d;
            ba[i] = b;
            pa[po + i] -= rate * (nesterov ? d + mom * b : b);
        }
    }

    private void update(Tensor p, Tensor g, Tensor buf, boolean first) {
        Tensor grad = g.contiguous();
        if (!flat(p) || (buf != null && !flat(buf))) {
            throw new IllegalStateException("SGD needs contiguous parameters");
        }
        int n = p.numel();
        if (isFloat(p)) {
            updateFloats(n, storage(p).floats(), p.storageOffset(), storage(grad).floats(), grad.storageOffset(),
                    buf == null ? null : storage(buf).floats(), first);
        } else {
            double[] pa = storage(p).doubles();
            double[] ga = storage(grad).doubles();
            double[] ba = buf == null ? null : storage(buf).doubles();
            int po = p.storageOffset();
            int go = grad.storageOffset();
            for (int i = 0; i < n; i++) {
                double d = ga[go + i] + weightDecay * pa[po + i];
                if (ba != null) {
                    double b = first ? d : momentum * ba[i] + (1 - dampening) * d;
                    ba[i] = b;
                    d = nesterov ? d + momentum * b : b;
                }
                pa[po + i] = pa[po + i] - lr * d;
            }
        }
        versionCounter(p).bump();
    }
}
