package org.autograd4j.optim;

import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.SharedOptions.Eps;
import org.autograd4j.optim.SharedOptions.Maximize;
import org.autograd4j.optim.SharedOptions.WeightDecay;

/**
 * Adadelta, as {@code torch.optim.Adadelta}:
 * <pre>
 * g = (maximize ? -grad : grad) + weightDecay * p
 * sq = rho * sq + (1 - rho) * g²
 * delta = sqrt(acc + eps) / sqrt(sq + eps) * g
 * acc = rho * acc + (1 - rho) * delta²
 * p -= lr * delta
 * </pre>
 * State: {@code step} (an integer), {@code square_avg} and {@code acc_delta}.
 */
public final class Adadelta extends Optimizer {
    private static final Map<String, Object> DEFAULTS = OptimizerOptions.table("lr", 1.0, "rho", 0.9,
            "eps", 1e-6, "weight_decay", 0.0, "maximize", false);

    /** Adadelta's options by PyTorch's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options>
            implements WeightDecay<Options>, Eps<Options>, Maximize<Options> {
        /** Decay of the running averages ({@code rho}, default 0.9). */
        public Options rho(double rho) {
            return set("rho", rho);
        }
    }

    /** Empty options: every value is PyTorch's default until set. */
    public static Options options() {
        return new Options();
    }

    /** {@code torch.optim.Adadelta(params, ...)}. */
    public Adadelta(List<Tensor> params, Options options) {
        this(Args.nonNull(options, "options"), List.of(ParamGroup.of(params)));
    }

    /** Several parameter groups; {@code defaults} serve the options a group does not set. */
    public Adadelta(Options defaults, List<ParamGroup> groups) {
        super(DEFAULTS, Args.nonNull(defaults, "defaults"), Args.nonNullElements(groups, "groups"));
    }

    @Override
    protected void validate(ParamGroup group) {
        Checks.atLeastZero(group, "lr", "learning rate");
        Checks.fraction(group.getDouble("rho"), true, "rho value");
        Checks.atLeastZero(group, "eps", "epsilon value");
        Checks.atLeastZero(group, "weight_decay", "weight_decay value");
    }

    @Override
    protected void update(ParamGroup group, Tensor p, Tensor grad, Map<String, Object> state) {
        double rho = group.getDouble("rho");
        double eps = group.getDouble("eps");
        Updates.countStep(state);
        Tensor squareAvg = Updates.stateLike(state, "square_avg", p);
        Tensor accDelta = Updates.stateLike(state, "acc_delta", p);
        Tensor g = Updates.direction(group, p, grad);
        Updates.addcmul(squareAvg.mul_(rho), g, g, 1 - rho);
        Tensor std = squareAvg.add(eps).sqrt_();
        Tensor delta = accDelta.add(eps).sqrt_().div_(std).mul_(g);
        Updates.addcmul(accDelta.mul_(rho), delta, delta, 1 - rho);
        p.add_(delta, -group.lr());
    }
}
