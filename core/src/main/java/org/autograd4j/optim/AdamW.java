package org.autograd4j.optim;

import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** Adam with decoupled weight decay, as {@code torch.optim.AdamW} (default weight decay 0.01). */
public final class AdamW extends Adam {
    private static final Map<String, Object> DEFAULTS = OptimizerOptions.table("lr", 1e-3,
            "betas", List.of(0.9, 0.999), "eps", 1e-8, "weight_decay", 1e-2, "amsgrad", false, "maximize", false);

    // Java does not inherit constructors: these three mirror Adam's, with AdamW's defaults.

    /** {@code torch.optim.AdamW(params, lr=lr)}. */
    public AdamW(List<Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** {@code torch.optim.AdamW(params, ...)}, with {@link Adam#options()}. */
    public AdamW(List<Tensor> params, Options options) {
        this(Args.nonNull(options, "options"), List.of(ParamGroup.of(params)));
    }

    /** Several parameter groups; {@code defaults} serve the options a group does not set. */
    public AdamW(Options defaults, List<ParamGroup> groups) {
        super(DEFAULTS, Args.nonNull(defaults, "defaults"), Args.nonNullElements(groups, "groups"), true);
    }
}
