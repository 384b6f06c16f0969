package org.autograd4j.optim;

import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.kernels.OptimizerKernels.AdamStep;
import org.autograd4j.optim.SharedOptions.Eps;
import org.autograd4j.optim.SharedOptions.Maximize;
import org.autograd4j.optim.SharedOptions.WeightDecay;

/**
 * Adam, as {@code torch.optim.Adam} (and, with decoupled weight decay, {@link AdamW}):
 * <pre>
 * g = (maximize ? -grad : grad) + weightDecay * p      (AdamW instead: p *= 1 - lr * weightDecay)
 * m = beta1 * m + (1 - beta1) * g
 * v = beta2 * v + (1 - beta2) * g²       (amsgrad: vMax = max(vMax, v), used below instead of v)
 * p -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 * State as PyTorch names it: {@code step} (a float32 scalar tensor), {@code exp_avg},
 * {@code exp_avg_sq}, {@code max_exp_avg_sq}. Float32 parameters are updated by one fused loop;
 * others by PyTorch's sequence of tensor ops.
 */
public class Adam extends Optimizer {
    private static final Map<String, Object> DEFAULTS = OptimizerOptions.table("lr", 1e-3, "betas", List.of(0.9, 0.999),
            "eps", 1e-8, "weight_decay", 0.0, "amsgrad", false, "maximize", false);

    private final boolean decoupledWeightDecay;

    /** Adam's (and AdamW's) options by PyTorch's keyword arguments. */
    public static final class Options extends OptimizerOptions<Options>
            implements WeightDecay<Options>, Eps<Options>, Maximize<Options> {
        /** Decay of the first and second moment averages ({@code betas}, default (0.9, 0.999)). */
        public Options betas(double beta1, double beta2) {
            return set("betas", List.of(beta1, beta2));
        }

        /** Use the maximum of past second moments ({@code amsgrad}). */
        public Options amsgrad(boolean amsgrad) {
            return set("amsgrad", amsgrad);
        }
    }

    /** Empty options: every value is PyTorch's default until set. */
    public static Options options() {
        return new Options();
    }

    /** {@code torch.optim.Adam(params, lr=lr)}. */
    public Adam(List<Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** {@code torch.optim.Adam(params, ...)}. */
    public Adam(List<Tensor> params, Options options) {
        this(Args.nonNull(options, "options"), List.of(ParamGroup.of(params)));
    }

    /** Several parameter groups; {@code defaults} serve the options a group does not set. */
    public Adam(Options defaults, List<ParamGroup> groups) {
        this(DEFAULTS, Args.nonNull(defaults, "defaults"), Args.nonNullElements(groups, "groups"), false);
    }

    Adam(Map<String, Object> builtIn, Options defaults, List<ParamGroup> groups, boolean decoupledWeightDecay) {
        super(builtIn, defaults, groups);
        this.decoupledWeightDecay = decoupledWeightDecay;
    }

    @Override
    protected void validate(ParamGroup group) {
        Checks.atLeastZero(group, "lr", "learning rate");
        Checks.atLeastZero(group, "eps", "epsilon value");
        Checks.fraction(beta(group, 0), false, "beta parameter at index 0");
        Checks.fraction(beta(group, 1), false, "beta parameter at index 1");
        Checks.atLeastZero(group, "weight_decay", "weight_decay value");
    }

    private static double beta(ParamGroup group, int index) {
        if (!(group.get("betas") instanceof List<?> betas && betas.size() == 2
                && betas.get(index) instanceof Number beta)) {
            throw new IllegalArgumentException("option 'betas' must be two numbers, got " + group.get("betas"));
        }
        return beta.doubleValue();
    }

    @Override
    protected void update(ParamGroup group, Tensor p, Tensor grad, Map<String, Object> state) {
        boolean amsgrad = group.getBoolean("amsgrad");
        if (state.isEmpty()) {
            state.put("step", Tensor.scalar(0f));
            state.put("exp_avg", Tensor.zerosLike(p));
            state.put("exp_avg_sq", Tensor.zerosLike(p));
        }
        if (amsgrad) {
            state.computeIfAbsent("max_exp_avg_sq", key -> Tensor.zerosLike(p));
        }
        Tensor step = ((Tensor) state.get("step")).add_(1);
        Moments moments = new Moments(group, step.item(), decoupledWeightDecay);
        Tensor m = (Tensor) state.get("exp_avg");
        Tensor v = (Tensor) state.get("exp_avg_sq");
        Tensor vMax = amsgrad ? (Tensor) state.get("max_exp_avg_sq") : null;
        if (Fused.applies(p, m, v, vMax)) {
            Tensor g = grad.contiguous();
            Fused.KERNELS.adam(moments.fused(), p.numel(), Fused.floats(p), p.storageOffset(), Fused.floats(g),
                    g.storageOffset(), Fused.floats(m), Fused.floats(v), Fused.floats(vMax), 0);
            Fused.changed(p);
        } else {
            moments.apply(p, grad, m, v, vMax);
        }
    }

    /** One step's scalars, computed in double as PyTorch computes them in Python. */
    private record Moments(double lr, double beta1, double beta2, double eps, double weightDecay, boolean maximize,
                           boolean decoupled, double stepSize, double biasCorrection2Sqrt) {
        Moments(ParamGroup group, double step, boolean decoupled) {
            this(group.lr(), beta(group, 0), beta(group, 1), group.getDouble("eps"), group.getDouble("weight_decay"),
                    group.getBoolean("maximize"), decoupled, group.lr() / (1 - Math.pow(beta(group, 0), step)),
                    Math.sqrt(1 - Math.pow(beta(group, 1), step)));
        }

        /** PyTorch's single-tensor step, op for op. */
        void apply(Tensor p, Tensor grad, Tensor m, Tensor v, Tensor vMax) {
            Tensor g = maximize ? grad.neg() : grad;
            if (decoupled) {
                p.mul_(1 - lr * weightDecay);
            } else if (weightDecay != 0) {
                g = g.add(p, weightDecay);
            }
            m.mul_(beta1).add_(g, 1 - beta1);
            Updates.addcmul(v.mul_(beta2), g, g, 1 - beta2);
            Tensor second = v;
            if (vMax != null) {
                second = vMax.copy_(vMax.maximum(v));
            }
            Updates.addcdiv(p, m, second.sqrt().div(biasCorrection2Sqrt).add_(eps), -stepSize);
        }

        /** The scalars rounded to float, as PyTorch's kernels round them for float32 tensors. */
        AdamStep fused() {
            return new AdamStep(maximize ? -1f : 1f, decoupled ? 0f : (float) weightDecay,
                    decoupled ? (float) (1 - lr * weightDecay) : 1f, (float) beta1, (float) (1 - beta1),
                    (float) beta2, (float) (1 - beta2), (float) -stepSize, (float) biasCorrection2Sqrt, (float) eps);
        }
    }
}
