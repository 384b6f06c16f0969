package org.autograd4j.optim;

import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;

/**
 * Base of the optimizers, as {@code torch.optim.Optimizer}: holds the parameters, clears their
 * gradients, and updates them in {@link #step()} without recording (parameters are leaves that
 * require grad, which in-place ops in grad mode would refuse).
 */
public abstract class Optimizer {
    protected final List<Tensor> params;

    protected Optimizer(List<Tensor> params) {
        for (Tensor p : params) {
            if (!p.isLeaf()) {
                throw new IllegalArgumentException("can't optimize a non-leaf Tensor");
            }
            if (!p.dtype().isFloatingPoint()) {
                throw new IllegalArgumentException("optimizer parameters must be floating point tensors, got "
                        + p.dtype());
            }
        }
        this.params = List.copyOf(params);
    }

    /** The parameters, in the order given. */
    public List<Tensor> parameters() {
        return params;
    }

    /** Sets every parameter's gradient to null (PyTorch 2's default, {@code set_to_none=True}). */
    public void zeroGrad() {
        zeroGrad(true);
    }

    /** Clears gradients: to null, or to zeros in place (keeping the buffers). */
    public void zeroGrad(boolean setToNone) {
        for (Tensor p : params) {
            Tensor g = p.grad();
            if (g == null) {
                continue;
            }
            if (setToNone) {
                p.setGrad(null);
            } else {
                g.detach_();
                g.zero_();
            }
        }
    }

    /** Applies one update to every parameter that has a gradient. */
    public abstract void step();

    /** Rejects a negative hyperparameter with PyTorch's message, e.g. "Invalid learning rate: -1.0". */
    static void requireNonNegative(double value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException("Invalid " + what + ": " + value);
        }
    }

    /** State buffers share the parameter's shape and dtype and are contiguous. */
    static Tensor zerosLike(Tensor p) {
        return Tensor.zeros(p.shape(), p.dtype());
    }

    /** Fused updates read flat arrays: parameter, gradient and state must be contiguous. */
    static boolean flat(Tensor... tensors) {
        for (Tensor t : tensors) {
            if (!t.isContiguous()) {
                return false;
            }
        }
        return true;
    }

    static boolean isFloat(Tensor p) {
        return p.dtype() == DType.FLOAT32;
    }
}
