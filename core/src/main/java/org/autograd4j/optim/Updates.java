package org.autograd4j.optim;

import java.util.Map;
import org.autograd4j.Tensor;

/** Pieces that PyTorch's optimizers share in their single-tensor steps. */
final class Updates {
    private Updates() {
    }

    /** The gradient to descend: negated to maximize, plus L2 weight decay ({@code grad.add(param, alpha=wd)}). */
    static Tensor direction(ParamGroup group, Tensor p, Tensor grad) {
        Tensor g = group.getBoolean("maximize") ? grad.neg() : grad;
        double weightDecay = group.getDouble("weight_decay");
        return weightDecay == 0 ? g : g.add(p, weightDecay);
    }

    /** A state tensor of the parameter's shape, zeros when first asked for. */
    static Tensor stateLike(Map<String, Object> state, String name, Tensor p) {
        return (Tensor) state.computeIfAbsent(name, key -> Tensor.zerosLike(p));
    }

    /**
     * {@code target += value * t1 * t2} in place, rounded as PyTorch's {@code addcmul_} kernel rounds it
     * ({@code (value * t1) * t2}); float32 training amplifies a difference of one rounding.
     */
    static Tensor addcmul(Tensor target, Tensor t1, Tensor t2, double value) {
        return target.add_(t1.mul(value).mul(t2));
    }

    /** {@code target += value * t1 / t2} in place, rounded as PyTorch's {@code addcdiv_}: {@code (value * t1) / t2}. */
    static Tensor addcdiv(Tensor target, Tensor t1, Tensor t2, double value) {
        return target.add_(t1.mul(value).div(t2));
    }

    /** Counts a step in an integer {@code "step"} entry (RMSprop, Adadelta). */
    static void countStep(Map<String, Object> state) {
        state.merge("step", 1, (step, one) -> ((Number) step).intValue() + 1);
    }
}
