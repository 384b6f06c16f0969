package org.autograd4j.nn.init;

import java.util.ArrayList;
import java.util.List;
import org.autograd4j.DType;
import org.autograd4j.Tensor;

/**
 * The Q of a thin QR decomposition with R's diagonal positive, by Gram–Schmidt in float64 with one
 * re-orthogonalisation pass per column (which keeps Q orthogonal to rounding).
 */
final class Orthonormal {
    private Orthonormal() {
    }

    /** Orthonormalises the columns of a tall matrix (rows >= cols), left to right. */
    static Tensor columns(Tensor matrix) {
        Tensor a = matrix.to(DType.FLOAT64);
        List<Tensor> basis = new ArrayList<>();
        for (int j = 0; j < a.size(1); j++) {
            Tensor v = a.select(1, j);
            if (!basis.isEmpty()) {
                Tensor q = Tensor.stack(basis, 1);
                v = v.sub(q.mv(q.t().mv(v)));
                v = v.sub(q.mv(q.t().mv(v)));
            }
            basis.add(v.div(v.norm()));
        }
        return Tensor.stack(basis, 1).to(matrix.dtype());
    }
}
