package org.autograd4j.nn.utils;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.Autograd;
import org.autograd4j.Tensor;
import org.autograd4j.internal.Args;

/** {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_}: rescale or clamp gradients in place. */
public final class ClipGrad {
    private ClipGrad() {
    }

    /**
     * Scales the gradients so their joint {@code normType}-norm (as if concatenated) is at most
     * {@code maxNorm}; returns that norm before clipping. Parameters without a gradient are skipped.
     * {@code normType} may be {@code Double.POSITIVE_INFINITY}.
     */
    public static Tensor clipGradNorm_(List<Tensor> parameters, double maxNorm, double normType,
            boolean errorIfNonfinite) {
        Args.nonNullElements(parameters, "parameters");
        List<Tensor> grads = gradients(parameters);
        if (grads.isEmpty()) {
            return Tensor.scalar(0f);
        }
        try (var guard = Autograd.noGrad()) {
            Tensor total = totalNorm(grads, normType);
            if (errorIfNonfinite && !Double.isFinite(total.item())) {
                throw new IllegalStateException("The total norm of order " + normType + " for gradients from "
                        + "`parameters` is non-finite, so it cannot be clipped. To disable this error and scale the "
                        + "gradients by the non-finite norm anyway, set `error_if_nonfinite=False`");
            }
            Tensor clipCoef = total.add(1e-6).rdiv(maxNorm).clampMax(1.0);
            for (Tensor g : grads) {
                g.mul_(clipCoef.to(g.dtype()));
            }
            return total;
        }
    }

    /** The 2-norm, without the non-finite check (PyTorch's defaults). */
    public static Tensor clipGradNorm_(List<Tensor> parameters, double maxNorm) {
        return clipGradNorm_(parameters, maxNorm, 2.0, false);
    }

    private static Tensor totalNorm(List<Tensor> grads, double normType) {
        List<Tensor> norms = new ArrayList<>();
        for (Tensor g : grads) {
            norms.add(normType == Double.POSITIVE_INFINITY ? g.abs().max() : g.norm(normType));
        }
        Tensor stacked = Tensor.stack(norms, 0);
        return normType == Double.POSITIVE_INFINITY ? stacked.max() : stacked.norm(normType);
    }

    /** Clamps every gradient element to {@code [-clipValue, clipValue]}. */
    public static void clipGradValue_(List<Tensor> parameters, double clipValue) {
        Args.nonNullElements(parameters, "parameters");
        try (var guard = Autograd.noGrad()) {
            for (Tensor g : gradients(parameters)) {
                g.clamp_(-clipValue, clipValue);
            }
        }
    }

    private static List<Tensor> gradients(List<Tensor> parameters) {
        List<Tensor> grads = new ArrayList<>();
        for (Tensor p : parameters) {
            if (p.grad() != null) {
                grads.add(p.grad());
            }
        }
        return grads;
    }
}
