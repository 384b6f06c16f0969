package org.autograd4j.autograd.engine;

import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.Tensor;

/**
 * Whether a leaf may keep an arriving gradient as its {@code grad} without copying it: PyTorch's
 * rule, "only when nothing else can reach it", made explicit.
 *
 * <p>PyTorch counts references; Java cannot, so ownership travels with the storage instead. A
 * storage starts unclaimed when it is allocated (nobody else has its array yet; see
 * {@link org.autograd4j.tensor.Storage#claim()}), and the first claim wins. A leaf keeps a gradient
 * only if the gradient is the whole of its storage and the leaf's claim succeeds; every way another
 * holder could appear disowns the gradient first:
 * <ul>
 *   <li>user code sees it: hook arguments and results, a custom function's gradients in and out,
 *       gradients passed to {@code backward} or returned by {@code Autograd.grad};</li>
 *   <li>it goes to more than one place: one node's outputs sharing a storage.</li>
 * </ul>
 * What is left is sound because built-in backward formulas are pure: they keep nothing, modify no
 * argument, and return either tensors they allocated or their gradient arguments (and views of them).
 */
public final class HandOver {
    private HandOver() {
    }

    /** Makes sure no leaf ever keeps {@code grad}'s storage without copying it. */
    public static void disown(Tensor grad) {
        if (grad != null) {
            storage(grad).claim();
        }
    }

    public static void disownAll(Tensor[] grads) {
        for (Tensor g : grads) {
            disown(g);
        }
    }

    /** Disowns every gradient that shares its storage with another one of {@code grads}. */
    static void disownShared(Tensor[] grads) {
        for (int i = 0; i < grads.length; i++) {
            for (int j = i + 1; j < grads.length; j++) {
                if (grads[i] != null && grads[j] != null && storage(grads[i]) == storage(grads[j])) {
                    disown(grads[i]);
                }
            }
        }
    }

    /**
     * True if the caller now owns {@code grad} alone and may keep it: it covers a whole storage, in
     * row-major order, that nobody else claimed. It may be a view of a formula's temporary, as
     * {@code (gᵀ·x)ᵀ} transposed back is; ownership is the storage's, not the view's.
     */
    public static boolean claim(Tensor grad) {
        return grad.storageOffset() == 0 && grad.isContiguous() && grad.numel() == storage(grad).length()
                && storage(grad).claim();
    }
}
