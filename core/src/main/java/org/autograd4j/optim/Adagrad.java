package org.autograd4j.optim;

import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.SharedOptions.Eps;
import org.autograd4j.optim.SharedOptions.Maximize;
import org.autograd4j.optim.SharedOptions.WeightDecay;

/**
 * Adagrad, as {@code torch.optim.Adagrad}:
 * <pre>
 * g = (maximize ? -grad : grad) + weightDecay * p
 * sum += g²        (starting at initialAccumulatorValue)
 * p -= lr / (1 + (t - 1) * lrDecay) * g / (sqrt(sum) + eps)
 * </pre>
 * State: {@code step} (a float32 scalar tensor) and {@code sum}.
 */
public final class Adagrad extends Optimizer {
    private static final Map<String, Object> DEFAULTS = OptimizerOptions.table("lr", 1e-2, "lr_decay", 0.0,
            "eps", 1e-10, "weight_decay", 0.0, "initial_accumulator_value", 0.0, "maximize", false);

    /** Adagrad's options by PyTorch's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options>
            implements WeightDecay<Options>, Eps<Options>, Maximize<Options> {
        /** Learning-rate decay per step ({@code lr_decay}). */
        public Options lrDecay(double lrDecay) {
            return set("lr_decay", lrDecay);
        }

        /** Starting value of the sum of squared gradients ({@code initial_accumulator_value}). */
        public Options initialAccumulatorValue(double value) {
            return set("initial_accumulator_value", value);
        }
    }

    /** Empty options: every value is PyTorch's default until set. */
    public static Options options() {
        return new Options();
    }

    /** {@code torch.optim.Adagrad(params, ...)}. */
    public Adagrad(List<Tensor> params, Options options) {
        this(Args.nonNull(options, "options"), List.of(ParamGroup.of(params)));
    }

    /** Several parameter groups; {@code defaults} serve the options a group does not set. */
    public Adagrad(Options defaults, List<ParamGroup> groups) {
        super(DEFAULTS, Args.nonNull(defaults, "defaults"), Args.nonNullElements(groups, "groups"));
    }

    @Override
    protected void validate(ParamGroup group) {
        Checks.atLeastZero(group, "lr", "learning rate");
        Checks.atLeastZero(group, "lr_decay", "lr_decay value");
        Checks.atLeastZero(group, "weight_decay", "weight_decay value");
        Checks.atLeastZero(group, "initial_accumulator_value", "initial_accumulator_value value");
        Checks.atLeastZero(group, "eps", "epsilon value");
    }

    @Override
    protected void update(ParamGroup group, Tensor p, Tensor grad, Map<String, Object> state) {
        if (state.isEmpty()) {
            state.put("step", Tensor.scalar(0f));
            state.put("sum", Tensor.fullLike(p, group.getDouble("initial_accumulator_value")));
        }
        double step = ((Tensor) state.get("step")).add_(1).item();
        Tensor g = Updates.direction(group, p, grad);
        double clr = group.lr() / (1 + (step - 1) * group.getDouble("lr_decay"));
        Tensor sum = Updates.addcmul((Tensor) state.get("sum"), g, g, 1);
        Updates.addcdiv(p, g, sum.sqrt().add_(group.getDouble("eps")), -clr);
    }
}
