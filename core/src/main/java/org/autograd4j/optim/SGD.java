package org.autograd4j.optim;

import java.util.List;
import java.util.Map;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;
import org.autograd4j.kernels.OptimizerKernels.SgdStep;
import org.autograd4j.optim.SharedOptions.Maximize;
import org.autograd4j.optim.SharedOptions.Momentum;
import org.autograd4j.optim.SharedOptions.WeightDecay;

/**
 * Stochastic gradient descent with optional momentum, dampening, Nesterov momentum, weight decay
 * and maximizing, exactly as {@code torch.optim.SGD}:
 * <pre>
 * d = (maximize ? -grad : grad) + weightDecay * p
 * buf = first step ? d : momentum * buf + (1 - dampening) * d
 * d = nesterov ? d + momentum * buf : buf
 * p -= lr * d
 * </pre>
 * Float32 parameters are updated by one fused loop; others by PyTorch's sequence of tensor ops.
 */
public final class SGD extends Optimizer {
    private static final Map<String, Object> DEFAULTS = OptimizerOptions.table("lr", null, "momentum", 0.0,
            "dampening", 0.0, "weight_decay", 0.0, "nesterov", false, "maximize", false);

    /** SGD's options by PyTorch's keyword arguments; {@code lr} is required. */
    public static final class Options extends OptimizerOptions<Options>
            implements WeightDecay<Options>, Momentum<Options>, Maximize<Options> {
        /** Dampening of the momentum ({@code dampening}). */
        public Options dampening(double dampening) {
            return set("dampening", dampening);
        }

        /** Nesterov momentum ({@code nesterov}). */
        public Options nesterov(boolean nesterov) {
            return set("nesterov", nesterov);
        }
    }

    /** Empty options: set at least {@code lr}. */
    public static Options options() {
        return new Options();
    }

    /** {@code torch.optim.SGD(params, lr=lr)}. */
    public SGD(List<Tensor> params, double lr) {
        this(params, options().lr(lr));
    }

    /** {@code torch.optim.SGD(params, lr=lr, momentum=momentum)}. */
    public SGD(List<Tensor> params, double lr, double momentum) {
        this(params, options().lr(lr).momentum(momentum));
    }

    /** {@code torch.optim.SGD(params, ...)}. */
    public SGD(List<Tensor> params, Options options) {
        this(Args.nonNull(options, "options"), List.of(ParamGroup.of(params)));
    }

    /** Several parameter groups; {@code defaults} serve the options a group does not set. */
    public SGD(Options defaults, List<ParamGroup> groups) {
        super(DEFAULTS, Args.nonNull(defaults, "defaults"), Args.nonNullElements(groups, "groups"));
    }

    @Override
    protected void validate(ParamGroup group) {
        Checks.required(group, "lr");
        Checks.atLeastZero(group, "lr", "learning rate");
        Checks.atLeastZero(group, "momentum", "momentum value");
        Checks.atLeastZero(group, "weight_decay", "weight_decay value");
        if (group.getBoolean("nesterov") && (group.getDouble("momentum") <= 0 || group.getDouble("dampening") != 0)) {
            throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening");
        }
    }

    @Override
    protected void update(ParamGroup group, Tensor p, Tensor grad, Map<String, Object> state) {
        double momentum = group.getDouble("momentum");
        Tensor buf = (Tensor) state.get("momentum_buffer");
        if (Fused.applies(p, buf)) {
            updateFused(group, p, grad.contiguous(), momentum == 0 ? null : state);
            return;
        }
        Tensor d = Updates.direction(group, p, grad);
        if (momentum != 0) {
            if (buf == null) {
                buf = d.clone();
                state.put("momentum_buffer", buf);
            } else {
                buf.mul_(momentum).add_(d, 1 - group.getDouble("dampening"));
            }
            d = group.getBoolean("nesterov") ? d.add(buf, momentum) : buf;
        }
        p.add_(d, -group.lr());
    }

    /** The same step in one loop; {@code state} is null without momentum. */
    private static void updateFused(ParamGroup group, Tensor p, Tensor grad, Map<String, Object> state) {
        Tensor buf = state == null ? null : (Tensor) state.get("momentum_buffer");
        boolean first = state != null && buf == null;
        if (first) {
            buf = Tensor.zerosLike(p);
            state.put("momentum_buffer", buf);
        }
        SgdStep step = new SgdStep((float) -group.lr(), group.getBoolean("maximize") ? -1f : 1f,
                (float) group.getDouble("weight_decay"), (float) group.getDouble("momentum"),
                (float) (1 - group.getDouble("dampening")), group.getBoolean("nesterov"), first);
        Fused.KERNELS.sgd(step, p.numel(), Fused.floats(p), p.storageOffset(), Fused.floats(grad),
                grad.storageOffset(), Fused.floats(buf), 0);
        Fused.changed(p);
    }
}
