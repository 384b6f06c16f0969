package org.autograd4j.optim;

import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.optim.SharedOptions.Eps;
import org.autograd4j.optim.SharedOptions.Maximize;
import org.autograd4j.optim.SharedOptions.Momentum;
import org.autograd4j.optim.SharedOptions.WeightDecay;

/**
 * RMSprop, as {@code torch.optim.RMSprop}:
 * <pre>
 * g = (maximize ? -grad : grad) + weightDecay * p
 * sq = alpha * sq + (1 - alpha) * g²
 * avg = sqrt(sq - ga²) + eps, with ga = alpha * ga + (1 - alpha) * g   (centered; else sqrt(sq) + eps)
 * buf = momentum * buf + g / avg; p -= lr * buf                        (momentum &gt; 0; else p -= lr * g / avg)
 * </pre>
 * State: {@code step} (an integer), {@code square_avg}, {@code momentum_buffer}, {@code grad_avg}.
 */
public final class RMSprop extends Optimizer {
    private static final Map<String, Object> DEFAULTS = OptimizerOptions.table("lr", 1e-2, "momentum", 0.0,
            "alpha", 0.99, "eps", 1e-8, "centered", false, "weight_decay", 0.0, "maximize", false);

    /** RMSprop's options by PyTorch's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options>
            implements WeightDecay<Options>, Eps<Options>, Momentum<Options>, Maximize<Options> {
        /** Smoothing constant of the squared-gradient average ({@code alpha}, default 0.99). */
        public Options alpha(double alpha) {
            return set("alpha", alpha);
        }

        /** Normalise by the estimated variance instead of the second moment ({@code centered}). */
        public Options centered(boolean centered) {
            return set("centered", centered);
        }
    }

    /** Empty options: every value is PyTorch's default until set. */
    public static Options options() {
        return new Options();
    }

    /** {@code torch.optim.RMSprop(params, ...)}. */
    public RMSprop(List<Tensor> params, Options options) {
        this(Args.nonNull(options, "options"), List.of(ParamGroup.of(params)));
    }

    /** Several parameter groups; {@code defaults} serve the options a group does not set. */
    public RMSprop(Options defaults, List<ParamGroup> groups) {
        super(DEFAULTS, Args.nonNull(defaults, "defaults"), Args.nonNullElements(groups, "groups"));
    }

    @Override
    protected void validate(ParamGroup group) {
        Checks.atLeastZero(group, "lr", "learning rate");
        Checks.atLeastZero(group, "eps", "epsilon value");
        Checks.atLeastZero(group, "momentum", "momentum value");
        Checks.atLeastZero(group, "weight_decay", "weight_decay value");
        Checks.atLeastZero(group, "alpha", "alpha value");
    }

    @Override
    protected void update(ParamGroup group, Tensor p, Tensor grad, Map<String, Object> state) {
        double alpha = group.getDouble("alpha");
        double momentum = group.getDouble("momentum");
        Updates.countStep(state);
        Tensor squareAvg = Updates.stateLike(state, "square_avg", p);
        Tensor g = Updates.direction(group, p, grad);
        Updates.addcmul(squareAvg.mul_(alpha), g, g, 1 - alpha);
        Tensor avg;
        if (group.getBoolean("centered")) {
            Tensor gradAvg = Updates.stateLike(state, "grad_avg", p).mul_(alpha).add_(g, 1 - alpha);
            avg = squareAvg.addcmul(gradAvg, gradAvg, -1).sqrt_();
        } else {
            avg = squareAvg.sqrt();
        }
        avg.add_(group.getDouble("eps"));
        if (momentum > 0) {
            Tensor buf = Updates.addcdiv(Updates.stateLike(state, "momentum_buffer", p).mul_(momentum), g, avg, 1);
            p.add_(buf, -group.lr());
        } else {
            Updates.addcdiv(p, g, avg, -group.lr());
        }
    }
}
