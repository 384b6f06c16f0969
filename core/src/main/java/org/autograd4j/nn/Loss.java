package org.autograd4j.nn;

import org.autograd4j.Tensor;

/**
 * Base of the loss modules ({@code torch.nn.modules.loss._Loss}): a loss is called on
 * {@code (input, target)} and reduces by "mean" (the default), "sum" or "none" (checked when
 * called, as PyTorch does).
 */
public abstract class Loss extends Module {
    private final String reduction;

    protected Loss(String reduction) {
        this.reduction = reduction;
    }

    public String reduction() {
        return reduction;
    }

    @Override
    public abstract Tensor forward(Tensor input, Tensor target);
}
