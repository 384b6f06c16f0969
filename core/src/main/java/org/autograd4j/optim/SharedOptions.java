package org.autograd4j.optim;

/**
 * The options several optimizers have, one interface per option, so that each optimizer's
 * {@code Options} names the ones it has ({@code implements WeightDecay<Options>, ...}) and the
 * setters are written once. Each records the value under PyTorch's name.
 */
public final class SharedOptions {
    private SharedOptions() {
    }

    /** Records an option by PyTorch's name; {@link OptimizerOptions} implements it. */
    public interface Settable<O> {
        O set(String name, Object value);
    }

    /** Has {@code weight_decay}. */
    public interface WeightDecay<O> extends Settable<O> {
        /** The L2 penalty ({@code weight_decay}; AdamW's is decoupled). */
        default O weightDecay(double weightDecay) {
            return set("weight_decay", weightDecay);
        }
    }

    /** Has {@code eps}. */
    public interface Eps<O> extends Settable<O> {
        /** The term added to denominators for numerical stability ({@code eps}). */
        default O eps(double eps) {
            return set("eps", eps);
        }
    }

    /** Has {@code momentum}. */
    public interface Momentum<O> extends Settable<O> {
        /** The momentum factor ({@code momentum}). */
        default O momentum(double momentum) {
            return set("momentum", momentum);
        }
    }

    /** Has {@code maximize}. */
    public interface Maximize<O> extends Settable<O> {
        /** Maximizes the objective instead of minimizing it ({@code maximize}). */
        default O maximize(boolean maximize) {
            return set("maximize", maximize);
        }
    }
}
