package org.autograd4j.nn.functional;

import org.autograd4j.Tensor;
import org.autograd4j.nn.F;

/** {@code F.local_response_norm}: each element divided by (k + alpha * mean of squares over nearby channels) ^ beta. */
public final class LocalResponseNorm {
    private LocalResponseNorm() {
    }

    /** {@code F.local_response_norm(input, size, alpha, beta, k)} on [N, C, ...], composed as PyTorch 1.13. */
    public static Tensor localResponseNorm(Tensor input, int size, double alpha, double beta, double k) {
        int dim = input.dim();
        if (dim < 3) {
            // PyTorch's message keeps the indentation of its source line continuation
            throw new IllegalArgumentException("Expected 3D or higher dimensionality" + " ".repeat(26) + "input (got "
                    + dim + " dimensions)");
        }
        if (input.numel() == 0) {
            return input;
        }
        // the squares as one [N, 1, C, rest] image, averaged over windows of `size` channels
        int[] shape = input.shape();
        int n = shape[0];
        int c = shape[1];
        Tensor div = input.mul(input).reshape(n, 1, c, -1);
        div = F.pad(div, 0, 0, size / 2, (size - 1) / 2);
        div = F.avgPool2d(div, new int[] {size, 1}, new int[] {1}, new int[] {0}, false, true, null).reshape(shape);
        div = div.mul(alpha).add(k).pow(beta);
        return input.div(div);
    }
}
