package org.autograd4j.nn;

import java.util.List;
import org.autograd4j.Tensor;

/** The convolutions' padding modes: F.pad's reflect and replicate, and circular (wrap-around) composed here. */
final class Pad {
    private Pad() {
    }

    /** {@code pad} holds (before, after) amounts from the last dim backwards, as F.pad's. */
    static Tensor apply(Tensor input, int[] pad, String mode) {
        if (!mode.equals("circular")) {
            return F.pad(input, pad, mode);
        }
        Tensor x = input;
        for (int i = 0; i < pad.length / 2; i++) {
            int dim = x.dim() - 1 - i;
            int size = x.size(dim);
            int before = pad[2 * i];
            int after = pad[2 * i + 1];
            if (before > size || after > size) {
                throw new IllegalArgumentException("Padding value causes wrapping around more than once.");
            }
            x = Tensor.cat(List.of(x.narrow(dim, size - before, before), x, x.narrow(dim, 0, after)), dim);
        }
        return x;
    }
}
