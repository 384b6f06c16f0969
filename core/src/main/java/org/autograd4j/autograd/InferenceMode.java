package org.autograd4j.autograd;

import static org.autograd4j.internal.TensorAccess.versionCounter;

import org.autograd4j.Tensor;
import org.autograd4j.tensor.InferenceState;

/**
 * PyTorch's {@code torch.inference_mode}: grad mode off, and every tensor made inside is an
 * inference tensor, which outside the mode may not be saved for backward, modified in place, or
 * made to require grad (PyTorch's messages). Per thread; scopes nest.
 */
public final class InferenceMode {
    private InferenceMode() {
    }

    /** Enters ({@code true}) or leaves ({@code false}, which turns grad mode back on) inference mode. */
    public static Scope enter(boolean mode) {
        return new Scope(GradMode.set(!mode), InferenceState.set(mode));
    }

    public static boolean isEnabled() {
        return InferenceState.isEnabled();
    }

    /** Whether {@code t} was made in inference mode, or is a view of a tensor that was. */
    public static boolean isInference(Tensor t) {
        return versionCounter(t).isInference();
    }

    /** Refuses to save an inference tensor for backward outside inference mode. */
    public static void checkSavable(Tensor t) {
        if (isInference(t) && !isEnabled()) {
            throw new IllegalStateException("Inference tensors cannot be saved for backward. To work around you can "
                    + "make a clone to get a normal tensor and use it in autograd.");
        }
    }

    /** Refuses an in-place update of an inference tensor outside inference mode. */
    public static void checkInPlace(Tensor t) {
        if (isInference(t) && !isEnabled()) {
            throw new IllegalStateException("Inplace update to inference tensor outside InferenceMode is not allowed."
                    + "You can make a clone to get a normal tensor before doing inplace update."
                    + "See https://github.com/pytorch/rfcs/pull/17 for more details.");
        }
    }

    /** Refuses {@code requiresGrad(true)} on an inference tensor outside inference mode. */
    public static void checkRequiresGrad(Tensor t, boolean requiresGrad) {
        if (requiresGrad && isInference(t) && !isEnabled()) {
            throw new IllegalStateException("Setting requires_grad=True on inference tensor outside InferenceMode is "
                    + "not allowed.");
        }
    }

    /** Restores grad mode and inference mode when closed. */
    public static final class Scope implements AutoCloseable {
        private final GradMode.Guard grad;
        private final InferenceState.Guard inference;

        private Scope(GradMode.Guard grad, InferenceState.Guard inference) {
            this.grad = grad;
            this.inference = inference;
        }

        @Override
        public void close() {
            inference.close();
            grad.close();
        }
    }
}
