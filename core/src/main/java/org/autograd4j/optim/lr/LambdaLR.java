package org.autograd4j.optim.lr;

import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.Optimizer;
import org.autograd4j.optim.ParamGroup;

/** Sets each group's learning rate to its base times {@code lambda(epoch)} ({@code torch.optim.lr_scheduler.LambdaLR}). */
public final class LambdaLR extends LRScheduler {
    private final List<IntToDoubleFunction> lambdas;

    /** One function for every group. */
    public LambdaLR(Optimizer optimizer, IntToDoubleFunction lambda) {
        this(optimizer, java.util.Collections.nCopies(Args.nonNull(optimizer, "optimizer").paramGroups().size(),
                Args.nonNull(lambda, "lambda")));
    }

    /** One function per group, in group order. */
    public LambdaLR(Optimizer optimizer, List<IntToDoubleFunction> lambdas) {
        super(optimizer);
        Args.nonNullElements(lambdas, "lambdas");
        if (lambdas.size() != optimizer.paramGroups().size()) {
            throw new IllegalArgumentException("Expected " + optimizer.paramGroups().size() + " lr_lambdas, but got "
                    + lambdas.size());
        }
        this.lambdas = List.copyOf(lambdas);
        start();
    }

    @Override
    protected double nextLr(ParamGroup group, double baseLr) {
        return baseLr * lambdas.get(optimizer.paramGroups().indexOf(group)).applyAsDouble(lastEpoch);
    }

    /** Functions cannot be saved; PyTorch stores None for them too. */
    @Override
    protected void describe(Map<String, Object> dict) {
        dict.put("lr_lambdas", java.util.Collections.nCopies(lambdas.size(), null));
    }
}
