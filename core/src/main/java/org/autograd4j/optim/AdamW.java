package org.autograd4j.optim;

import java.util.List;
import org.autograd4j.Tensor;

/** Adam with decoupled weight decay, as {@code torch.optim.AdamW} (default weight decay 0.01). */
public final class AdamW extends Adam {
    public AdamW(List<Tensor> params, double lr) {
        this(params, lr, 0.9, 0.999, 1e-8, 0.01, false);
    }

    public AdamW(List<Tensor> params, double lr, double beta1, double beta2, double eps, double weightDecay,
                 boolean amsgrad) {
        super(params, lr, beta1, beta2, eps, weightDecay, amsgrad, true);
    }
}
