package org.autograd4j.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.GradMode;
import org.autograd4j.internal.Args;

/**
 * L-BFGS, as {@code torch.optim.LBFGS} (after minFunc), ported step for step: each
 * {@link #step(Supplier)} runs up to {@code max_iter} iterations, each building a search direction
 * from the last {@code history_size} gradient differences and taking a fixed step of {@code lr} or,
 * with {@code lineSearchFn("strong_wolfe")}, the step a strong-Wolfe line search accepts. The
 * closure re-evaluates the model: it clears the gradients, computes the loss, calls backward and
 * returns the loss. One parameter group only; the state is kept under the first parameter.
 */
public final class LBFGS extends Optimizer {
    private static final Map<String, Object> DEFAULTS = OptimizerOptions.table("lr", 1.0, "max_iter", 20,
            "max_eval", null, "tolerance_grad", 1e-7, "tolerance_change", 1e-9, "history_size", 100,
            "line_search_fn", null);

    /** L-BFGS's options by PyTorch's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options> {
        /** Iterations per {@code step} at most ({@code max_iter}, default 20). */
        public Options maxIter(int maxIter) {
            return set("max_iter", maxIter);
        }

        /** Function evaluations per step at most (default {@code maxIter * 5 / 4}). */
        public Options maxEval(int maxEval) {
            return set("max_eval", maxEval);
        }

        /** Stop when no gradient element is larger ({@code tolerance_grad}). */
        public Options toleranceGrad(double toleranceGrad) {
            return set("tolerance_grad", toleranceGrad);
        }

        /** Stop when the loss or the parameters change less ({@code tolerance_change}). */
        public Options toleranceChange(double toleranceChange) {
            return set("tolerance_change", toleranceChange);
        }

        /** How many past updates approximate the Hessian ({@code history_size}, default 100). */
        public Options historySize(int historySize) {
            return set("history_size", historySize);
        }

        /** {@code "strong_wolfe"}, or null for fixed steps. */
        public Options lineSearchFn(String lineSearchFn) {
            return set("line_search_fn", lineSearchFn);
        }
    }

    /** Empty options: every value is PyTorch's default until set. */
    public static Options options() {
        return new Options();
    }

    /** {@code torch.optim.LBFGS(params)}. */
    public LBFGS(List<Tensor> params) {
        this(params, options());
    }

    /** {@code torch.optim.LBFGS(params, ...)}. */
    public LBFGS(List<Tensor> params, Options options) {
        super(DEFAULTS, Args.nonNull(options, "options"), List.of(ParamGroup.of(params)));
        ParamGroup group = paramGroups().get(0);
        if (group.get("max_eval") == null) {
            group.set("max_eval", integer(group, "max_iter") * 5 / 4);
        }
    }

    @Override
    public void addParamGroup(ParamGroup group) {
        if (!paramGroups().isEmpty()) {
            throw new IllegalArgumentException("LBFGS doesn't support per-parameter options (parameter groups)");
        }
        super.addParamGroup(group);
    }

    @Override
    protected void validate(ParamGroup group) {
        Object lineSearch = group.get("line_search_fn");
        if (lineSearch != null && !lineSearch.equals("strong_wolfe")) {
            throw new IllegalArgumentException("only 'strong_wolfe' is supported");
        }
        Checks.atLeastZero(group, "lr", "learning rate");
        if (integer(group, "history_size") < 1 || integer(group, "max_iter") < 1) {
            throw new IllegalArgumentException("LBFGS needs history_size and max_iter of at least 1, got "
                    + group.get("history_size") + " and " + group.get("max_iter"));
        }
    }

    private static int integer(ParamGroup group, String name) {
        return (int) group.getDouble(name);
    }

    /** The state holds flat vectors and numbers, not tensors shaped like a parameter. */
    @Override
    protected boolean stateShapedLikeParam(String key) {
        return false;
    }

    /** L-BFGS re-evaluates the model several times per step: use {@link #step(Supplier)}. */
    @Override
    public void step() {
        throw new IllegalStateException("LBFGS needs a closure that reevaluates the model and returns the loss: "
                + "call step(closure)");
    }

    @Override
    protected void update(ParamGroup group, Tensor param, Tensor grad, Map<String, Object> state) {
        throw new AssertionError("LBFGS updates all parameters at once in step(closure)");
    }

    /** Runs up to {@code max_iter} iterations; returns the loss from the first evaluation, as PyTorch does. */
    @Override
    public Tensor step(Supplier<Tensor> closure) {
        Args.nonNull(closure, "closure");
        Tensor origLoss = evaluate(closure);
        try (GradMode.Guard ignored = Autograd.noGrad()) {
            new LBFGSRun(paramGroups().get(0), history(), closure, origLoss).iterate();
        }
        return origLoss;
    }

    static Tensor evaluate(Supplier<Tensor> closure) {
        try (GradMode.Guard ignored = Autograd.enableGrad()) {
            return closure.get();
        }
    }

    /** The state kept between steps, under the first parameter, by PyTorch's names. */
    private Map<String, Object> history() {
        return state(paramGroups().get(0).params().get(0));
    }

    /** Parameters as one flat vector: gradients gathered, updates scattered back. */
    static Tensor flatGrad(List<Tensor> params) {
        List<Tensor> views = new ArrayList<>();
        for (Tensor p : params) {
            views.add(p.grad() == null ? Tensor.zeros(new int[] {p.numel()}, p.dtype()) : p.grad().reshape(-1));
        }
        return Tensor.cat(views, 0);
    }

    /** {@code p += step * update}, the flat update cut back into the parameters' shapes. */
    static void addGrad(List<Tensor> params, double step, Tensor update) {
        int offset = 0;
        for (Tensor p : params) {
            p.add_(update.narrow(0, offset, p.numel()).view(p.shape()), step);
            offset += p.numel();
        }
    }

    static List<Tensor> cloneParams(List<Tensor> params) {
        return params.stream().map(Tensor::clone).toList();
    }

    static void setParams(List<Tensor> params, List<Tensor> values) {
        for (int i = 0; i < params.size(); i++) {
            params.get(i).copy_(values.get(i));
        }
    }
}
