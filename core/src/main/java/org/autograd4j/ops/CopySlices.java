package org.autograd4j.ops;

import static org.autograd4j.internal.TensorAccess.rawShape;
import static org.autograd4j.internal.TensorAccess.rawStrides;
import static org.autograd4j.internal.TensorAccess.storage;

import org.autograd4j.DType;
import org.autograd4j.Tensor;
import org.autograd4j.autograd.engine.Graph;
import org.autograd4j.internal.TensorAccess;
import org.autograd4j.tensor.Shapes;

/**
 * Rewrites history after an in-place write into a view, as PyTorch's {@code CopySlices}: the base
 * gets a new node that routes the gradient of the written region to the new values and the rest
 * to the base's old history, and the view becomes a view of the new base
 * ({@code AsStridedBackward0}).
 */
final class CopySlices {
    private CopySlices() {
    }

    static void rebase(Tensor base, Tensor view, Tensor newValues) {
        int[] region = regionIndices(base, view);
        int[] baseShape = base.shape();
        int[] viewShape = view.shape();
        Tensor written = Tensor.zeros(baseShape, DType.BOOL);
        for (int i : region) {
            storage(written).bools()[i] = true;
        }
        Tensor oldBase = Views.alias(base, false);
        if (base.gradFn() != null) {
            TensorAccess.setGradFn(oldBase, base.gradFn(), base.outputNr());
        } else {
            oldBase.requiresGrad(base.requiresGrad());
        }
        Graph.record("CopySlices", base, oldBase, newValues, ctx -> {
            ctx.forward(t -> Tangents.sum(Tangents.map(t[0], old -> Masking.zeroWhere(old, written)),
                    Tangents.map(t[1], values -> Take.put(values.expand(viewShape), region, baseShape))));
            return g -> new Tensor[] {Masking.zeroWhere(g, written), Take.take(g, region, viewShape)};
        });
        Graph.record("AsStridedBackward0", view, base, ctx -> {
            ctx.forward(t -> Take.take(t[0], region, viewShape));
            return g -> new Tensor[] {Take.put(g, region, baseShape)};
        });
    }

    /** The row-major positions within {@code base} of each element of {@code view}. */
    private static int[] regionIndices(Tensor base, Tensor view) {
        int[] basePositions = Shapes.storagePositions(rawShape(base), rawStrides(base), base.storageOffset());
        int[] flatOf = new int[storage(base).length()];
        java.util.Arrays.fill(flatOf, -1);
        for (int i = 0; i < basePositions.length; i++) {
            flatOf[basePositions[i]] = i;
        }
        int[] viewPositions = Shapes.storagePositions(rawShape(view), rawStrides(view), view.storageOffset());
        int[] region = new int[viewPositions.length];
        for (int i = 0; i < region.length; i++) {
            region[i] = flatOf[viewPositions[i]];
        }
        return region;
    }
}
